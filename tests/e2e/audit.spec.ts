import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import readXlsxFile from 'read-excel-file/node'
import { ADMIN, AGENCY, expect, signedInAt, test } from './fixtures'

test('审计日志: filter by action, export to .xlsx, and 审计校验 finds the row edited behind the app’s back', async ({ page, host, request }) => {
  await signedInAt(page, host, request, '设置')

  // A change through the page: the phone number in 机关信息.
  await page.getByLabel('联系电话').fill('0598-5329999')
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page.getByText('机关信息已保存')).toBeVisible()
  await page.getByRole('button', { name: '修改记录' }).first().click()
  const history = page.getByTestId('record-history')
  await expect(history.locator('.history-entry').first().getByRole('row').filter({ hasText: '电话' })).toContainText(`${AGENCY.phone}0598-5329999`)
  await page.keyboard.press('Escape')

  await page.getByRole('tab', { name: '审计日志' }).click()
  const table = page.getByTestId('audit-table')
  await expect(table).toContainText('修改')
  await page.getByLabel('动作').click()
  await page.locator('.ant-select-dropdown:visible').getByTitle('修改', { exact: true }).click()
  await page.getByRole('button', { name: '查询' }).click()
  await expect(table.locator('tbody > tr.ant-table-row')).toHaveCount(1)
  await expect(table).toContainText('机关信息')
  await page.screenshot({ path: test.info().outputPath('audit-filtered.png'), fullPage: true })

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出 Excel' }).click()
  const download = await downloading
  // Times in the file are the office's local times in Chinese form, the same as on screen.
  const shownTime = await table.locator('tbody > tr.ant-table-row').first().locator('td').nth(2).innerText()
  expect(shownTime).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}:\d{2}$/)
  const [, y, m, d] = /^(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(shownTime)!
  expect(download.suggestedFilename()).toBe(`审计日志-${y}${m!.padStart(2, '0')}${d!.padStart(2, '0')}.xlsx`)
  const saved = test.info().outputPath(download.suggestedFilename())
  await download.saveAs(saved)
  const [sheet] = await readXlsxFile(saved)
  expect(sheet!.data).toHaveLength(2)
  expect(sheet!.data[1]![1]).toBe(shownTime)
  expect(sheet!.data[1]!.slice(2, 7)).toEqual([ADMIN.name, ADMIN.login, '修改机关信息', '修改', '机关信息'])
  expect(sheet!.data[1]![9]).toBe(`电话：${AGENCY.phone} → 0598-5329999`)

  await page.getByRole('button', { name: '审计校验' }).click()
  const verdict = page.getByTestId('audit-verify-result')
  await expect(verdict).toContainText('审计日志完整')

  // Someone with a SQLite tool rewrites the edit's old value while the app runs.
  const raw = new BetterSqlite3(join(host.dataDir, 'taizhang.sqlite'))
  const seq = raw.prepare("SELECT seq FROM audit_log WHERE operation = 'settings.update'").pluck().get() as number
  raw.exec('DROP TRIGGER audit_log_no_update')
  raw.prepare(`UPDATE audit_log SET changes = '{"phone":["0598-0000000","0598-5329999"]}' WHERE seq = ?`).run(seq)
  raw.close()

  await page.getByRole('button', { name: '审计校验' }).click()
  await expect(verdict).toContainText(`审计日志被改动：第 ${seq} 条 — 记录内容与其哈希不符（此条记录被改动）`)
  await page.screenshot({ path: test.info().outputPath('audit-broken.png'), fullPage: true })
})

test('审计校验 names a record edited and a role granted in their tables, with the log untouched', async ({ page, host, request }) => {
  await signedInAt(page, host, request, '设置')
  await page.getByRole('tab', { name: '审计日志' }).click()
  await page.getByRole('button', { name: '审计校验' }).click()
  const verdict = page.getByTestId('audit-verify-result')
  await expect(verdict).toContainText('审计日志完整')

  // A SQLite tool, while the app runs: the office's phone changed in its own table, a role added to the admin.
  const raw = new BetterSqlite3(join(host.dataDir, 'taizhang.sqlite'))
  raw.prepare("UPDATE agency_profile SET phone = '0598-0000000'").run()
  const adminId = raw.prepare('SELECT id FROM users WHERE login = ?').pluck().get(ADMIN.login) as string
  raw.prepare("INSERT INTO user_roles (user_id, role) VALUES (?, 'approver')").run(adminId)
  raw.close()

  await page.getByRole('button', { name: '审计校验' }).click()
  await expect(verdict).toContainText('数据或审计日志在程序之外被改动')
  const findings = page.getByTestId('audit-findings')
  await expect(findings).toContainText('签封核对发现 2 处不符')
  await expect(findings).toContainText('机关信息：内容与签封不符：在程序之外被改动')
  await expect(findings).toContainText(`账号角色（${ADMIN.login}，角色 approver）：没有签封：不是本程序写入的（在程序之外新增）`)
  await page.screenshot({ path: test.info().outputPath('audit-seals.png'), fullPage: true })
})
