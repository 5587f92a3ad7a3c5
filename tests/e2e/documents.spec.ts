import { readFileSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'
import type { APIRequestContext, Page } from '@playwright/test'
import { ADMIN, AGENCY, expect, openArea, signedInAt, test, type Host } from './fixtures'

const SENTENCE = '本公告自发布之日起施行（测试措辞）。'
const MATTER = '集中销毁一批假冒伪劣食品'
const ADDRESSEE = '各市场监督管理所'
const BODY = '本局定于2026年12月1日在城关镇对依法没收的假冒伪劣食品进行集中销毁，欢迎社会各界监督。'

/** The text of a .docx body: Word splits text across runs, so every <w:t> is joined first. */
function docxText(path: string): string {
  const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(path)))['word/document.xml']!)
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')
}

async function openDocuments(page: Page, host: Host, request: APIRequestContext) {
  await signedInAt(page, host, request, '文书')
  await expect(page.getByRole('heading', { name: '文书' })).toBeVisible()
}

test('documents: edit the template, preview it, generate a notice with the new wording, find it in the archive', async ({ page, host, request }) => {
  await openDocuments(page, host, request)
  // Only the open tab's panel is visible; hidden panels stay in the page.
  const panel = page.getByRole('tabpanel')

  // (a) 模板: add a sentence, see it in the preview, save it as version 1.
  await page.getByRole('tab', { name: '模板' }).click()
  await expect(panel.getByTestId('template-version')).toHaveText('当前版本：内置默认模板')
  const body = panel.getByLabel('正文')
  await expect(body).not.toHaveValue('')
  const original = await body.inputValue()
  await body.fill(`${original}\n${SENTENCE}`)
  await panel.getByRole('button', { name: '预览' }).click()
  await expect(panel.getByTestId('document-preview')).toContainText(SENTENCE)
  await expect(panel.getByTestId('document-preview')).toContainText(AGENCY.fullName)
  await panel.getByRole('button', { name: '保存为新版本' }).click()
  await expect(page.getByText('模板已保存为第1版')).toBeVisible()
  await expect(panel.getByTestId('template-version')).toHaveText('当前版本：第1版')
  await expect(panel.getByRole('row', { name: /第1版/ })).toContainText(ADMIN.name)
  await expect(panel.getByRole('row', { name: /内置默认/ })).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('template.png'), fullPage: true })
  // The shell scrolls inside its content area, so a full-page shot stops at the window: show the preview too.
  const preview = panel.getByTestId('document-preview')
  await preview.scrollIntoViewIfNeeded()
  await page.screenshot({ path: test.info().outputPath('template-preview.png'), fullPage: true })
  await preview.screenshot({ path: test.info().outputPath('template-preview-pane.png') })

  // (b) An unknown placeholder is refused under 正文, and no version is saved.
  await body.fill(`${original}\n${SENTENCE}\n{{不存在的占位符}}`)
  await panel.getByRole('button', { name: '保存为新版本' }).click()
  const bodyItem = panel.locator('.ant-form-item').filter({ has: page.getByLabel('正文') })
  await expect(bodyItem.locator('.ant-form-item-explain-error')).toContainText('不存在的占位符')
  await bodyItem.locator('.ant-form-item-explain-error').scrollIntoViewIfNeeded()
  await page.screenshot({ path: test.info().outputPath('template-refused.png'), fullPage: true })
  // A changed template is not left without asking.
  await openArea(page, '工作台')
  const ask = page.getByRole('dialog').filter({ hasText: '有未保存的内容，确定离开吗？' })
  await ask.getByRole('button', { name: '留在本页' }).click()
  await expect(body).toHaveValue(`${original}\n${SENTENCE}\n{{不存在的占位符}}`)
  await panel.getByLabel('文书种类').click()
  await page.locator('.ant-select-item-option').filter({ hasText: '查封（扣押）物品清单' }).click()
  await ask.getByRole('button', { name: '留在本页' }).click()
  await expect(body).toHaveValue(`${original}\n${SENTENCE}\n{{不存在的占位符}}`)
  await panel.getByRole('button', { name: '放弃修改' }).click()
  await expect(body).toHaveValue(`${original}\n${SENTENCE}`)
  await expect(panel.getByTestId('template-version')).toHaveText('当前版本：第1版')
  await expect(panel.getByRole('row', { name: /第2版/ })).toHaveCount(0)

  // (c) 生成文书: missing inputs are refused under their fields; filled ones give a .docx with the new wording.
  await page.getByRole('tab', { name: '生成文书' }).click()
  await panel.getByRole('button', { name: '生成并保存' }).click()
  await expect(panel.locator('.ant-form-item').filter({ has: page.getByLabel('事项') })).toContainText('请填写“事项”')
  await panel.getByLabel('事项').fill(MATTER)
  await panel.getByLabel('主送机关').fill(ADDRESSEE)
  await panel.getByLabel('正文').fill(BODY)
  const downloading = page.waitForEvent('download')
  await panel.getByRole('button', { name: '生成并保存' }).click()
  const download = await downloading
  const saved = test.info().outputPath('notice.docx')
  await download.saveAs(saved)
  expect(download.suggestedFilename()).toMatch(/\.docx$/)
  await expect(page.getByText(`已生成并存档：${download.suggestedFilename()}`)).toBeVisible()
  const text = docxText(saved)
  expect(text).toContain(SENTENCE)
  expect(text).toContain(MATTER)
  expect(text).toContain(BODY)
  expect(text).toContain(AGENCY.fullName)

  // (d) 存档: the document is listed, and downloads byte for byte as generated.
  await page.getByRole('tab', { name: '存档' }).click()
  const row = panel.getByRole('row', { name: new RegExp(MATTER) })
  await expect(row).toContainText(`${AGENCY.fullName}关于${MATTER}的公告`)
  await expect(row).toContainText('公告（通用）')
  await expect(row).toContainText(ADMIN.name)
  await page.screenshot({ path: test.info().outputPath('archive.png'), fullPage: true })
  const again = page.waitForEvent('download')
  await row.getByRole('button', { name: '下载' }).click()
  const copy = test.info().outputPath('notice-from-archive.docx')
  await (await again).saveAs(copy)
  expect(readFileSync(copy).equals(readFileSync(saved))).toBe(true)

  // Restoring the built-in default saves it as a new version.
  await page.getByRole('tab', { name: '模板' }).click()
  await panel.getByRole('row', { name: /内置默认/ }).getByRole('button', { name: '恢复…' }).click()
  await page.getByRole('dialog', { name: '模板：内置默认' }).getByRole('button', { name: '恢复此版本' }).click()
  await expect(page.getByText('已恢复内置默认，保存为第2版')).toBeVisible()
  await expect(panel.getByTestId('template-version')).toHaveText('当前版本：第2版')
  await expect(body).toHaveValue(original)
})

test('documents: an uploaded Word template is checked, used, and fills the generated notice', async ({ page, host, request }) => {
  const { Document, Packer, Paragraph } = await import('docx')
  const wordFile = async (lines: string[]) => Packer.toBuffer(new Document({ sections: [{ children: lines.map((l) => new Paragraph(l)) }] }))
  await openDocuments(page, host, request)
  const panel = page.getByRole('tabpanel')
  await page.getByRole('tab', { name: '模板' }).click()
  const fileInput = panel.locator('input[type="file"]')

  // A file with a placeholder the kind does not have is listed, flagged, and cannot be used.
  await fileInput.setInputFiles({ name: '错误模板.docx', mimeType: 'application/octet-stream', buffer: await wordFile(['{{机关名称}}关于{{事项}}的公告', '罚款{{罚款金额}}元']) })
  const check = panel.getByTestId('word-template-check')
  await expect(check).toContainText('{{罚款金额}}（未知）')
  await expect(check).toContainText('有 1 个未知的占位符')
  await expect(check.getByRole('button', { name: '使用此 Word 模板' })).toHaveCount(0)

  await fileInput.setInputFiles({
    name: '本局公告模板.docx',
    mimeType: 'application/octet-stream',
    buffer: await wordFile(['{{机关名称}}关于{{事项}}的公告', '{{正文}}', '本局自制模板的固定措辞。']),
  })
  await expect(check).toContainText('{{正文}}')
  await check.getByRole('button', { name: '使用此 Word 模板' }).click()
  await expect(page.getByText('已使用 Word 模板，保存为第1版')).toBeVisible()
  await expect(panel.getByText('当前使用上传的 Word 模板“本局公告模板.docx”')).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('word-template.png') })

  await page.getByRole('tab', { name: '生成文书' }).click()
  await panel.getByLabel('事项').fill(MATTER)
  await panel.getByLabel('正文').fill(BODY)
  const downloading = page.waitForEvent('download')
  await panel.getByRole('button', { name: '生成并保存' }).click()
  const file = test.info().outputPath('from-word-template.docx')
  await (await downloading).saveAs(file)
  const text = docxText(file)
  expect(text).toContain(`${AGENCY.fullName}关于${MATTER}的公告`)
  expect(text).toContain('本局自制模板的固定措辞。')
  expect(text).toContain(BODY)
  expect(text).not.toContain('{{')
})
