import { closeSync, mkdtempSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { AGENCY, expect, logIn, openArea, signedInAt, test } from './fixtures'

// 设置 → 备份与恢复 as an admin would use it: back up, change the retention, change the agency, back up again,
// restore the first backup, sign in again and find the earlier state plus the 恢复前 copy of the later one.

const NEW_ADDRESS = '清溪县城关镇解放路66号'

const openBackupTab = (page: Page) => page.getByRole('tab', { name: '备份与恢复' }).click()

/** Clicks 立即备份 and returns the new backup's file name, read from the success message. */
async function backUpNow(page: Page): Promise<string> {
  // An earlier backup's message still showing would be read as this one's.
  await expect(page.getByText(/^备份完成：/)).toHaveCount(0)
  await page.getByTestId('backup-now').click()
  const done = page.getByText(/^备份完成：/)
  await expect(done).toBeVisible({ timeout: 30_000 })
  const fileName = /^备份完成：(\S+?\.sqlite)/.exec((await done.textContent()) ?? '')![1]!
  await expect(page.getByTestId(`backup-row-${fileName}`)).toBeVisible()
  return fileName
}

test('back up now, change the retention, restore an earlier backup through the dialog and sign in again to the earlier data', async ({ page, host, request }) => {
  await signedInAt(page, host, request, '设置')
  await openBackupTab(page)
  await expect(page).toHaveURL(/#\/settings\/backup$/)
  await expect(page.getByTestId('backup-data-dir')).toContainText(host.dataDir)

  // A manual backup appears in the list as 手动.
  const first = await backUpNow(page)
  const firstRow = page.getByTestId(`backup-row-${first}`)
  await expect(firstRow).toContainText('手动')
  await expect(firstRow.getByRole('cell').nth(5)).toHaveText(/^[0-9a-f]{12}$/)
  await page.screenshot({ path: test.info().outputPath('backup-list.png'), fullPage: true })

  // Retention: keep 20 daily backups instead of 14; the change shows in 修改记录.
  const settings = page.getByTestId('backup-settings')
  await expect(settings.getByLabel('每日备份保留份数')).toHaveValue('14')
  await settings.getByLabel('每日备份保留份数').fill('20')
  await settings.getByRole('button', { name: '保存' }).click()
  await expect(page.getByText('备份设置已保存')).toBeVisible()
  await settings.getByRole('button', { name: '修改记录' }).click()
  await expect(page.getByTestId('record-history')).toContainText('每日备份保留份数')
  await expect(page.getByTestId('record-history')).toContainText('20')
  await page.screenshot({ path: test.info().outputPath('backup-settings-history.png') })
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('record-history')).toHaveCount(0)

  // The agency moves; a second backup holds the new address.
  await page.getByRole('tab', { name: '机关信息' }).click()
  await page.getByLabel('地址').fill(NEW_ADDRESS)
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page.getByText('机关信息已保存')).toBeVisible()
  await openBackupTab(page)
  const second = await backUpNow(page)
  expect(second).not.toBe(first)

  // Restore the first backup: the button wakes only once 确认恢复 is typed.
  await page.getByTestId(`backup-restore-${first}`).click()
  const dialog = page.getByTestId('restore-dialog')
  await expect(dialog).toContainText('恢复会用所选备份替换当前全部数据（含附件清单）；当前数据会先自动备份；恢复后所有人须重新登录。')
  await expect(dialog).toContainText(first)
  const submit = page.getByTestId('restore-submit')
  await expect(submit).toBeDisabled()
  await page.getByTestId('restore-confirm').fill('确认')
  await expect(submit).toBeDisabled()
  await page.getByTestId('restore-confirm').fill('确认恢复')
  await expect(submit).toBeEnabled()
  await submit.click({ trial: true }) // waits until the button stands still, for the screenshot
  await page.screenshot({ path: test.info().outputPath('restore-dialog.png') })
  await submit.click()

  const done = page.getByTestId('restore-done')
  await expect(done).toBeVisible({ timeout: 30_000 })
  await expect(done).toContainText(/已恢复到 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}:\d{2} 的备份。恢复前的数据已另存为 taizhang-.*-restore.*\.sqlite。请重新登录。/)
  const again = page.getByRole('button', { name: '重新登录' })
  await again.click({ trial: true }) // the modal has finished opening
  await page.screenshot({ path: test.info().outputPath('restore-done.png') })
  await again.click()

  // Every session ended: back at login, saying why.
  await expect(page.getByTestId('login-notice')).toContainText(/数据已恢复到 .* 的备份，请重新登录/)
  await expect(page.getByLabel('登录名')).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('login-after-restore.png') })
  expect(await host.api(page.request, 'backup.list', {})).toMatchObject({ status: 401 })

  await logIn(page)
  await openArea(page, '设置')
  await expect(page.getByLabel('地址')).toHaveValue(AGENCY.address)

  // The restored data has the earlier retention too; the list keeps every backup and adds the 恢复前 one.
  await openBackupTab(page)
  await expect(page.getByTestId('backup-settings').getByLabel('每日备份保留份数')).toHaveValue('14')
  const table = page.getByTestId('backup-table')
  await expect(page.getByTestId(`backup-row-${first}`)).toBeVisible()
  await expect(page.getByTestId(`backup-row-${second}`)).toBeVisible()
  await expect(table.getByRole('row').filter({ hasText: '恢复前' })).toHaveCount(1)
  await page.screenshot({ path: test.info().outputPath('backup-after-restore.png'), fullPage: true })
})

test('a second folder gets a copy of each backup; a missing one is a warning and the backup stands; a stale save is refused', async ({ page, host, request }) => {
  const usb = mkdtempSync(join(tmpdir(), 'taizhang-usb-'))
  try {
    await signedInAt(page, host, request, '设置')
    await openBackupTab(page)
    const settings = page.getByTestId('backup-settings')

    // A relative path is refused under its field.
    await settings.getByLabel('第二备份位置').fill('台账备份')
    await settings.getByRole('button', { name: '保存' }).click()
    await expect(settings.getByText('第二备份位置应为完整路径，例如 E:\\台账备份 或 \\\\服务器\\共享')).toBeVisible()
    await settings.screenshot({ path: test.info().outputPath('backup-second-folder-relative.png') })

    await settings.getByLabel('第二备份位置').fill(usb)
    await settings.getByRole('button', { name: '保存' }).click()
    await expect(page.getByText('备份设置已保存')).toBeVisible()
    const copied = await backUpNow(page)
    await expect(page.getByTestId(`backup-row-${copied}`)).toContainText(join(usb, 'taizhang-backups'))
    expect(readdirSync(join(usb, 'taizhang-backups'))).toContain(copied)

    // The drive is pulled out: the backup in the data folder still counts, the page says what went wrong.
    // The first save's toast must be gone first, or the second assertion could see it (or both at once).
    await expect(page.getByText('备份设置已保存')).toHaveCount(0)
    const gone = join(usb, '未插入的U盘')
    await settings.getByLabel('第二备份位置').fill(gone)
    await settings.getByRole('button', { name: '保存' }).click()
    await expect(page.getByText('备份设置已保存')).toBeVisible()
    const local = await backUpNow(page)
    await expect(page.getByTestId(`backup-row-${local}`).getByRole('cell').nth(4)).toHaveText('—')
    await expect(page.getByTestId('backup-last-error')).toContainText(`第二备份位置不存在或未连接：${gone}`)
    await page.screenshot({ path: test.info().outputPath('backup-second-folder-missing.png') })

    // Someone else saves first (here: a script through the API): this form's save is refused and shows theirs.
    const state = (await host.api(request, 'backup.list', {})).body as { data: { settings: { version: number } } }
    const theirs = await host.api(request, 'backup.settings.update', { secondFolder: '', keepDaily: 30, keepMonthly: 6, version: state.data.settings.version })
    expect(theirs.status).toBe(200)
    await settings.getByLabel('每月备份保留份数').fill('24')
    await settings.getByRole('button', { name: '保存' }).click()
    await expect(page.getByTestId('backup-settings-error')).toContainText('已载入最新设置，请核对后再保存')
    await expect(settings.getByLabel('每日备份保留份数')).toHaveValue('30')
    await expect(settings.getByLabel('每月备份保留份数')).toHaveValue('6')
    await expect(settings.getByLabel('第二备份位置')).toHaveValue('')
    await page.screenshot({ path: test.info().outputPath('backup-settings-conflict.png') })
  } finally {
    rmSync(usb, { recursive: true, force: true })
  }
})

test('校验全部备份 finds a backup damaged on disk after it was taken and says it cannot be used', async ({ page, host, request }) => {
  await signedInAt(page, host, request, '设置')
  await openBackupTab(page)
  const sound = await backUpNow(page)
  const damaged = await backUpNow(page)

  await page.getByTestId('backup-verify').click()
  await expect(page.getByTestId('backup-check-summary')).toContainText('校验了 2 份备份：全部完好')
  await expect(page.getByTestId(`backup-row-${sound}`)).toContainText('完好')

  // A bad sector in one copy: same size, other bytes.
  const fd = openSync(join(host.dataDir, 'backups', damaged), 'r+')
  writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, 8192)
  closeSync(fd)
  await page.getByTestId('backup-verify').click()
  await expect(page.getByTestId('backup-check-summary')).toContainText('1 份已损坏或缺失，不能用于恢复')
  await expect(page.getByTestId(`backup-check-${damaged}`)).toContainText('不可用')
  await expect(page.getByTestId('backup-check-summary')).toContainText('的备份：文件内容已被改动（SHA-256 与记录不符）')
  await expect(page.getByTestId(`backup-row-${sound}`)).toContainText('完好')
  await page.screenshot({ path: test.info().outputPath('backup-check-damaged.png'), fullPage: true })
  // The admin's 工作台 says so, and leads back here.
  await openArea(page, '工作台')
  await expect(page.getByTestId('workbench-backup')).toContainText('上次校验发现 1 个备份有问题')
  await page.getByTestId('workbench-backup').getByRole('link', { name: '备份与恢复' }).first().click()
  await expect(page.getByTestId('backup-verify')).toBeVisible()
})

test('the whole dataset exported as one package and imported back replaces later changes, after a safety copy', async ({ page, host, request }) => {
  await signedInAt(page, host, request, '设置')
  await openBackupTab(page)
  const downloading = page.waitForEvent('download')
  await page.getByTestId('package-export').click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^台账数据包_\d{4}-\d{2}-\d{2}\.zip$/)
  const file = test.info().outputPath('package.zip')
  await download.saveAs(file)

  // A later change that the import must undo.
  await page.getByRole('tab', { name: '机关信息' }).click()
  await page.getByLabel('地址').fill(NEW_ADDRESS)
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page.getByText('机关信息已保存')).toBeVisible()

  await openBackupTab(page)
  await page.getByTestId('package-file').setInputFiles(file)
  await expect(page.getByTestId('import-submit')).toBeDisabled()
  await page.getByTestId('import-confirm').fill('确认恢复')
  await page.screenshot({ path: test.info().outputPath('import-dialog.png') })
  await page.getByTestId('import-submit').click()
  await expect(page.getByTestId('import-done')).toBeVisible({ timeout: 30_000 })
  await page.getByRole('button', { name: '重新登录' }).click()
  await expect(page.getByTestId('login-notice')).toContainText('数据已从数据包导入')
  await logIn(page)
  await openArea(page, '设置')
  await expect(page.getByLabel('地址')).toHaveValue(AGENCY.address)
  await openBackupTab(page)
  await expect(page.getByTestId('backup-table')).toContainText('恢复前')
})
