import { readFileSync, writeFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { plainText, readDocx } from '../support/docx-read'
import { apiOk, expect, newAdmittedPage, openArea, setUpOffice, signInFirstTime, test, type Host } from './fixtures'
import { FOOD_CASE } from './case-helpers'
import { OWN, TEMP } from './seizure-helpers'

// 典型案例 through the window: a legal user makes the year's collection and nominates two decided cases (the
// drafts come masked), writes one and submits it; the approver, signed in beside, returns it with a comment;
// the legal user sees the comment, fixes the text and submits again; the approver finalises; the two versions
// are compared side by side; the other case is finalised and the collection published in order.

const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())
const YEAR = TODAY.slice(0, 4)
const ID = '350102199003071234'

const CASE = { ...FOOD_CASE, filingDate: TODAY }

const api = apiOk

async function decidedCase(page: Page, host: Host, party: object, facts: string, n: number) {
  const c = await api<{ id: string; version: number }>(page, host, 'cases.create', { ...CASE, party, facts })
  await api(page, host, 'cases.decide', { id: c.id, version: c.version, decisionNo: `清市监处罚〔${YEAR}〕${n}号`, decisionDate: TODAY })
}

test('典型案例: nominated, written, returned with a comment, fixed, finalised, compared and published', async ({ page, host, request, browser }) => {
  test.setTimeout(180_000)
  await setUpOffice(host, request)
  for (const [login, name, role] of [['sunfz', '孙法制', 'legal'], ['lijz', '李局长', 'approver']] as const) {
    expect((await host.api(request, 'accounts.create', { login, name, roles: [role], password: TEMP })).status).toBe(200)
  }
  await signInFirstTime(page, host, 'sunfz', TEMP, OWN)
  await decidedCase(page, host, { type: 'enterprise', name: '清溪县东方商行有限公司', idNo: '91350100M000100Y43', legalRep: '陈东方', address: '清溪县城关镇人民路88号', phone: '' }, '当事人销售过期食品。', 1)
  await decidedCase(page, host, { type: 'natural_person', name: '王小明', idNo: ID, legalRep: '', address: '清溪县城关镇人民路88号3栋502室', phone: '13812345678' }, `王小明（身份证号${ID}）销售假冒白酒。`, 2)

  // The collection, and the two cases nominated at once.
  await openArea(page, '典型案例')
  await page.getByTestId('collection-new').click()
  await expect(page.getByTestId('collection-name')).toHaveValue(`${YEAR}年度行政处罚典型案例`)
  await page.getByTestId('collection-new-submit').click()
  await expect(page.getByTestId('collection-title')).toHaveText(`${YEAR}年度行政处罚典型案例`)
  await page.getByTestId('collection-nominate').click()
  const pick = page.getByTestId('nominate-table').locator('tbody tr.ant-table-row')
  await expect(pick).toHaveCount(2)
  for (const row of await pick.all()) await row.locator('input[type=checkbox]').check()
  await page.getByTestId('nominate-submit').click()
  const entries = page.getByTestId('entry-table').locator('tbody tr.ant-table-row')
  await expect(entries).toHaveCount(2)

  // The person's draft: name, ID number and home address masked; no raw ID number on the screen.
  await entries.filter({ hasText: '王某某' }).click()
  const preview = page.getByTestId('entry-preview')
  await expect(preview).toContainText('当事人：王某某')
  await expect(preview).toContainText('350102********1234')
  await expect(page.getByTestId('typical-entry')).not.toContainText(ID)
  const entryUrl = page.url()
  // A phone typed into the text is flagged; submitting is refused until it is removed or confirmed.
  await page.getByTestId('entry-significance').fill('假冒白酒危害群众健康。举报电话13900001111。')
  await expect(page.getByTestId('entry-warnings')).toContainText('13900001111')
  await page.getByTestId('entry-submit').click()
  await expect(page.getByTestId('entry-error')).toContainText('未处理的个人信息')
  await page.getByTestId('entry-significance').fill('假冒白酒危害群众健康。')
  await expect(page.getByTestId('entry-warnings')).toHaveCount(0)
  await page.getByTestId('entry-submit').click()
  await expect(page.getByTestId('entry-status')).toHaveText('待审核')
  await expect(page.getByTestId('entry-significance')).toBeDisabled()

  // The approver, in a window of their own, returns it with a comment.
  const boss = await newAdmittedPage(browser, host)
  await signInFirstTime(boss, host, 'lijz', TEMP, 'Lijuzhang-2026')
  // The approver's 工作台 lists it as waiting for review; the link opens it.
  const waiting = boss.getByTestId('workbench-typical-review')
  await expect(waiting).toContainText('王某某')
  await waiting.getByRole('link').first().click()
  await expect(boss).toHaveURL(entryUrl)
  await boss.getByTestId('entry-return').click()
  await boss.getByTestId('review-comment').fill('典型意义请结合白酒消费安全展开。')
  await boss.getByTestId('review-submit').click()
  await expect(boss.getByTestId('entry-status')).toHaveText('草稿')

  // The writer finds it returned on the 工作台 with the comment, rewrites and submits again; the approver finalises.
  await page.goto(host.url)
  const returned = page.getByTestId('workbench-typical-returned')
  await expect(returned).toContainText('典型意义请结合白酒消费安全展开。')
  await page.screenshot({ path: test.info().outputPath('typical-workbench.png'), fullPage: true })
  await returned.getByRole('link').first().click()
  await expect(page).toHaveURL(entryUrl)
  await expect(page.getByTestId('entry-reviews')).toContainText('典型意义请结合白酒消费安全展开。')
  await page.getByTestId('entry-significance').fill('白酒是节日消费的大宗商品，销售假冒白酒危害群众健康、损害权利人利益。本案提醒经营者严把进货关。')
  await page.getByTestId('entry-submit').click()
  await expect(page.getByTestId('entry-status')).toHaveText('待审核')
  await boss.reload()
  await boss.getByTestId('entry-finalise').click()
  await boss.getByTestId('review-submit').click()
  await expect(boss.getByTestId('entry-status')).toHaveText('已定稿')

  // Two versions side by side: the first draft's empty 典型意义 against the finalised one.
  await page.reload()
  await expect(page.getByTestId('entry-status')).toHaveText('已定稿')
  await page.getByTestId('compare-from-select').click()
  await page.locator('.ant-select-dropdown:visible').getByText('第1版', { exact: false }).click()
  await page.getByTestId('compare-open').click()
  const sig = page.getByTestId('compare-section-significance')
  await expect(sig).toContainText('有修改')
  await expect(sig.getByTestId('compare-to').locator('[data-change=added]')).toContainText('严把进货关')
  await page.screenshot({ path: test.info().outputPath('typical-compare.png'), fullPage: true })
  await page.keyboard.press('Escape')
  await page.screenshot({ path: test.info().outputPath('typical-entry.png'), fullPage: true })

  // The other case written, submitted and finalised through core; then the collection is published.
  const k = (await api<{ id: string }[]>(page, host, 'typical.collections.list', {}))[0]!
  const collection = await api<{ entries: { id: string; status: string }[] }>(page, host, 'typical.collections.get', { id: k.id })
  const other = collection.entries.find((x) => x.status === 'draft')!
  let e = await api<{ id: string; version: number; text: Record<string, unknown> }>(page, host, 'typical.get', { id: other.id })
  e = await api(page, host, 'typical.save', { id: e.id, version: e.version, text: { ...e.text, significance: '食品安全无小事。' } })
  e = await api(page, host, 'typical.submit', { id: e.id, version: e.version })
  await api(boss, host, 'typical.finalise', { id: e.id, version: e.version })
  await page.goto(`${host.url}#/typical/collections/${k.id}`)
  // The 导语 written before publishing: it opens the collection document.
  await page.getByTestId('collection-edit').click()
  await page.getByTestId('collection-intro').fill('为发挥典型案例的警示教育作用，现将本局今年查办的两件典型案例公布如下。')
  await page.getByTestId('collection-edit-submit').click()
  await expect(page.getByTestId('typical-collection')).toContainText('现将本局今年查办的两件典型案例公布如下')
  await page.getByTestId('collection-publish').click()
  await page.getByTestId('publish-channel').click()
  await page.locator('.ant-select-dropdown:visible').getByTitle('新闻发布会').click()
  // The second case moved up: the collection is published in the order set here.
  const order = page.getByTestId('publish-order').locator('.ant-list-item')
  const second = (await order.nth(1).innerText()).replace(/^2\.\s*/, '').trim()
  await page.getByTestId('publish-up-1').click()
  await expect(order.first()).toContainText(second)
  await page.screenshot({ path: test.info().outputPath('typical-publish.png') })
  await page.getByTestId('publish-submit').click()
  await expect(page.getByTestId('collection-status')).toHaveText('已发布')
  await expect(entries.first()).toContainText(second)
  await expect(page.getByTestId('collection-nominate')).toHaveCount(0)
  const published = await api<{ entries: { id: string }[] }>(page, host, 'typical.collections.get', { id: k.id })
  for (const x of published.entries) expect(JSON.stringify(await api(page, host, 'typical.get', { id: x.id }))).not.toContain(ID)

  // The collection document: previewed, issued, and read back in the published order with every party masked.
  await page.getByTestId('doc-preview-typical_collection').click()
  await expect(page.getByTestId('document-preview').locator('section').first()).toBeVisible({ timeout: 20_000 })
  await page.screenshot({ path: test.info().outputPath('typical-document.png'), fullPage: true })
  const download = page.waitForEvent('download')
  await page.getByTestId('doc-issue-typical_collection').click()
  const bytes = readFileSync(await (await download).path())
  writeFileSync(test.info().outputPath('typical-collection.docx'), bytes)
  const parts = readDocx(bytes)
  const xml = Object.values(parts).join('\n')
  for (const secret of [ID, '王小明', '13812345678', '3栋502室']) expect(xml, secret).not.toContain(secret)
  const text = plainText(parts['word/document.xml'] ?? '')
  expect(text).toContain(`清溪县市场监督管理局\n${YEAR}年度行政处罚典型案例`)
  const first = text.indexOf(`一、${second}`)
  expect(first).toBeGreaterThan(-1)
  expect(text.indexOf('二、', first)).toBeGreaterThan(first)
  expect(text).toContain('严把进货关')
  expect(text).toContain('现将本局今年查办的两件典型案例公布如下。')
})
