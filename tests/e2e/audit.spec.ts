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
