import type { Page } from '@playwright/test'
import { ADMIN, AGENCY, expect, signedInAt, test } from './fixtures'

// The 文书 screens where the engine work left its marks: 模板 (placeholders at the cursor, the preview beside
// the editor, the office's own samples, 历史版本 read before restoring) and 生成文书 (kinds by area, the shared
// date and 文号 fields). Versions are saved through the API; the screens are the subject.

test.use({ viewport: { width: 1366, height: 768 } })

const openTab = async (page: Page, name: string) => {
  await page.getByRole('tab', { name }).click()
  return page.getByRole('tabpanel')
}

test('模板: a placeholder goes in at the cursor; the preview sits beside the editor with the office\'s own 文号代字', async ({ page, host, request }) => {
  await signedInAt(page, host, request, '文书')
  const panel = await openTab(page, '模板')
  const body = panel.getByLabel('正文')
  await expect(body).not.toHaveValue('')
  await body.fill('第一句。第二句。')
  // The cursor after "第一句。": the placeholder goes there, not to the end, and the cursor follows it.
  await body.press('Control+Home')
  for (let i = 0; i < 4; i++) await body.press('ArrowRight')
  await panel.getByRole('button', { name: /\{\{成文日期\}\}/ }).click()
  await expect(body).toHaveValue('第一句。{{成文日期}}第二句。')
  await expect(body).toBeFocused()
  await page.keyboard.type('X')
  await expect(body).toHaveValue('第一句。{{成文日期}}X第二句。')
  // A selection is replaced; in 标题 as in 正文.
  const title = panel.getByLabel('标题')
  await title.fill('关于某事的公告')
  await title.press('Control+Home')
  for (const key of ['ArrowRight', 'ArrowRight', 'Shift+ArrowRight', 'Shift+ArrowRight']) await title.press(key)
  await panel.getByRole('button', { name: /\{\{事项\}\}/ }).click()
  await expect(title).toHaveValue('关于{{事项}}的公告')

  await panel.getByRole('button', { name: '预览' }).click()
  const preview = panel.getByTestId('document-preview')
  await expect(preview).toContainText(`${AGENCY.shortName}〔`)
  await expect(preview).not.toContainText('X市监')
  // Beside the editor at 1366 px: to its right, their tops level.
  const editor = (await body.boundingBox())!
  const pane = (await preview.boundingBox())!
  expect(pane.x).toBeGreaterThan(editor.x + editor.width)
  expect(pane.y).toBeLessThan(editor.y)
  // Scaled to the pane: the first page lies within it, nothing to scroll sideways for.
  const sheet = (await preview.locator('section').first().boundingBox())!
  expect(sheet.x + sheet.width).toBeLessThanOrEqual(pane.x + pane.width + 1)
  await page.screenshot({ path: test.info().outputPath('template-beside.png') })
})

test('历史版本: who saved a version and when, its text and differences, read before restoring it', async ({ page, host, request }) => {
  await signedInAt(page, host, request, '文书')
  const state = await host.api(request, 'documents.template.get', { kind: 'notice' })
  const current = (state.body as { data: { current: { title: string; body: string } } }).data.current
  const saved = await host.api(request, 'documents.template.save', { kind: 'notice', title: current.title, body: `${current.body}\n本公告由第一版加上的一句。`, basedOn: 0 })
  expect(saved.status, JSON.stringify(saved.body)).toBe(200)
  const panel = await openTab(page, '模板')
  await expect(panel.getByTestId('template-version')).toHaveText('当前版本：第1版')
  const v1 = panel.getByRole('row', { name: /第1版/ })
  await expect(v1).toContainText(ADMIN.name)
  await expect(v1).toContainText(/\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/)
  const builtIn = panel.getByRole('row', { name: /内置默认/ })
  await expect(builtIn).toContainText('多 0 行，少 1 行')

  await builtIn.getByRole('button', { name: '查看' }).click()
  const dialog = page.getByRole('dialog', { name: '模板：内置默认' })
  await expect(dialog).toContainText('保存人（内置）')
  const diff = dialog.getByTestId('template-version-diff')
  await expect(diff.locator('[data-change="removed"]')).toHaveText('本公告由第一版加上的一句。')
  await expect(diff.locator('[data-change="added"]')).toHaveCount(0)
  await expect(diff).toContainText(current.body.split('\n')[0]!)
  await page.screenshot({ path: test.info().outputPath('version-diff.png') })
  await dialog.getByRole('button', { name: '恢复此版本' }).click()
  await expect(page.getByText('已恢复内置默认，保存为第2版')).toBeVisible()
  await expect(dialog).toBeHidden()
  await expect(panel.getByTestId('template-version')).toHaveText('当前版本：第2版')
  await expect(panel.getByLabel('正文')).toHaveValue(current.body)
})

test('生成文书: kinds by area, 清单 said to come from its record; 文号 and 成文日期 read as typed', async ({ page, host, request }) => {
  await signedInAt(page, host, request, '文书')
  const panel = page.getByRole('tabpanel')
  await expect(panel.getByTestId('kinds-from-records')).toHaveText('由记录出具的文书不在此生成：查封（扣押）物品清单（在查扣登记的记录中出具）；集中销毁公告、销毁物品清单、销毁记录、罚没物品销毁审批表（在销毁管理的记录中出具）；行政处罚信息公示、行政处罚决定书（在处罚案件的记录中出具）；典型案例集、典型案例报送表（在典型案例的记录中出具）；消费维权服务站名录、消费维权服务站授牌公告、消费维权服务站年度考核结果通报（在服务站的记录中出具）；工作总结、消费维权工作情况（在统计页按期间出具）；活动方案、活动情况统计表、活动总结（在专项行动的记录中出具）')
  await panel.getByRole('combobox', { name: '文书种类' }).click()
  const dropdown = page.locator('.ant-select-dropdown:visible')
  await expect(dropdown.locator('.ant-select-item-group')).toHaveText(['通用'])
  await page.keyboard.press('Escape')

  await panel.getByLabel('事项').fill('集中销毁侵权假冒伪劣商品')
  await panel.getByLabel('正文').fill('本局定于近日集中销毁。')
  await panel.getByLabel('文号').pressSequentially('清市监[2026]5号')
  await expect(panel.getByLabel('文号')).toHaveValue('清市监〔2026〕5号')
  const date = panel.getByLabel('成文日期')
  await date.fill('2026年1月2日x')
  await panel.getByRole('button', { name: '生成并保存' }).click()
  await expect(panel.locator('.ant-form-item').filter({ has: page.getByLabel('成文日期') }).locator('.ant-form-item-explain-error')).toContainText('无法识别的日期“2026年1月2日x”')
  await date.fill('2026/1/5')
  await expect(panel.locator('.ant-form-item').filter({ has: page.getByLabel('成文日期') }).locator('.ant-form-item-explain-error')).toHaveCount(0)
  const downloading = page.waitForEvent('download')
  await panel.getByRole('button', { name: '生成并保存' }).click()
  expect((await downloading).suggestedFilename()).toBe(`清市监〔2026〕5号_${AGENCY.fullName}关于集中销毁侵权假冒伪劣商品的公告.docx`)
  const list = await host.api(page.request, 'documents.archive.list', {})
  expect((list.body as { data: { documentNo: string }[] }).data.map((d) => d.documentNo)).toEqual(['清市监〔2026〕5号'])
})
