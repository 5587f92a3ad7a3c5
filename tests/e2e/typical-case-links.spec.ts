import { apiOk, expect, newAdmittedPage, openArea, setUpOffice, signInFirstTime, test } from './fixtures'
import { FOOD_CASE } from './case-helpers'
import { OWN, TEMP } from './seizure-helpers'

// 典型案例 from the case register: two decided cases ticked in 处罚案件 and nominated into a collection made in the
// same dialog; a third person named in one text is masked in the preview; after publication one case's decision
// is revoked, and its page, the 工作台 and the collection show the day to withdraw by — the collection is withdrawn
// from the warning.

const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())
const YEAR = TODAY.slice(0, 4)

test('典型案例 from the case list; a revoked case’s collection withdrawn from its warning', async ({ page, host, request, browser }) => {
  test.setTimeout(180_000)
  await setUpOffice(host, request)
  for (const [login, name, role] of [['sunfz', '孙法制', 'legal'], ['lijz', '李局长', 'approver']] as const) {
    expect((await host.api(request, 'accounts.create', { login, name, roles: [role], password: TEMP })).status).toBe(200)
  }
  await signInFirstTime(page, host, 'sunfz', TEMP, OWN)
  const ids: string[] = []
  for (const [n, party] of [
    [1, { type: 'enterprise', name: '清溪县东方商行有限公司', idNo: '91350100M000100Y43', legalRep: '陈东方', address: '清溪县城关镇人民路88号', phone: '' }],
    [2, { type: 'natural_person', name: '王小明', idNo: '350102199003071234', legalRep: '', address: '清溪县城关镇人民路88号3栋502室', phone: '' }],
  ] as const) {
    const c = await apiOk<{ id: string; version: number }>(page, host, 'cases.create', { ...FOOD_CASE, filingDate: TODAY, party, facts: '当事人销售过期食品。' })
    await apiOk(page, host, 'cases.decide', { id: c.id, version: c.version, decisionNo: `清市监处罚〔${YEAR}〕${n}号`, decisionDate: TODAY })
    ids.push(c.id)
  }
  const [firmId] = ids

  // Both ticked in the register and nominated into a collection made in the dialog.
  await openArea(page, '处罚案件')
  const rows = page.getByTestId('case-table').locator('tbody tr.ant-table-row')
  await expect(rows).toHaveCount(2)
  for (const row of await rows.all()) await row.locator('input[type=checkbox]').check()
  await expect(page).toHaveURL(/#\/cases/)
  await page.getByTestId('case-nominate').click()
  await page.getByTestId('nominate-cases-new').click()
  await page.getByTestId('collection-new-submit').click()
  await expect(page.getByTestId('nominate-cases-collection')).toContainText(`${YEAR}年度行政处罚典型案例`)
  await page.getByTestId('nominate-cases-submit').click()
  await page.getByTestId('nominate-cases-open').click()
  const entries = page.getByTestId('entry-table').locator('tbody tr.ant-table-row')
  await expect(entries).toHaveCount(2)

  // A buyer named in the facts: listed as a third person, masked in the public preview as the documents will be.
  await entries.filter({ hasText: '王某某' }).click()
  await page.getByTestId('entry-summary').fill('消费者赵六丰购买后举报，当事人王小明销售过期食品。')
  await page.getByTestId('entry-significance').fill('守护舌尖上的安全。')
  await page.getByTestId('entry-persons').locator('input').fill('赵六丰')
  await page.getByTestId('entry-persons').locator('input').press('Enter')
  const preview = page.getByTestId('entry-preview')
  await expect(preview).toContainText('消费者赵某某购买后举报，当事人王某某销售过期食品。')
  await expect(preview).not.toContainText('赵六丰')
  await page.screenshot({ path: test.info().outputPath('entry-persons.png'), fullPage: true })
  await page.getByTestId('entry-submit').click()
  await expect(page.getByTestId('entry-status')).toHaveText('待审核')
  const personEntry = page.url().split('/').at(-1)!

  // The approver finalises both; the legal user publishes; then the firm's decision is revoked.
  const boss = await newAdmittedPage(browser, host)
  await signInFirstTime(boss, host, 'lijz', TEMP, 'Lijuzhang-2026')
  const p = await apiOk<{ id: string; version: number; collectionId: string }>(boss, host, 'typical.get', { id: personEntry })
  await apiOk(boss, host, 'typical.finalise', { id: p.id, version: p.version })
  let k = await apiOk<{ id: string; version: number; entries: { id: string; caseId: string }[] }>(page, host, 'typical.collections.get', { id: p.collectionId })
  const firmEntry = k.entries.find((e) => e.caseId === firmId)!
  let f = await apiOk<{ id: string; version: number; text: object }>(page, host, 'typical.get', { id: firmEntry.id })
  f = await apiOk(page, host, 'typical.save', { id: f.id, version: f.version, text: { ...f.text, significance: '经营者应严把进货关。' }, confirmed: [] })
  f = await apiOk(page, host, 'typical.submit', { id: f.id, version: f.version })
  await apiOk(boss, host, 'typical.finalise', { id: f.id, version: f.version })
  k = await apiOk(page, host, 'typical.collections.get', { id: p.collectionId })
  await apiOk(page, host, 'typical.collections.publish', { id: k.id, version: k.version, publishedOn: TODAY, channel: 'website', order: k.entries.map((e) => e.id) })
  const firm = await apiOk<{ id: string; version: number }>(page, host, 'cases.get', { id: firmId })
  await apiOk(page, host, 'cases.revoke', { id: firm.id, version: firm.version, date: TODAY, reason: '复议决定撤销' })

  // The 工作台 names the collection to withdraw; the case's page says by when and leads to it.
  await openArea(page, '工作台')
  await expect(page.getByTestId('workbench-typical-withdraw')).toContainText(`${YEAR}年度行政处罚典型案例`)
  await page.goto(`${host.url}#/cases/${firmId}`)
  await expect(page.getByTestId('case-typical-withdrawal')).toContainText('前撤回')
  await page.getByTestId('case-typical').screenshot({ path: test.info().outputPath('case-typical-card.png') })
  await page.getByTestId('case-typical').getByRole('link', { name: '去撤回' }).click()
  const warning = page.getByTestId('collection-withdrawal')
  await expect(warning).toContainText('的处罚决定已被变更或撤销')
  await expect(page.getByTestId('entry-row-revoked')).toHaveCount(1)
  await page.screenshot({ path: test.info().outputPath('collection-withdrawal.png'), fullPage: true })
  await page.getByTestId('collection-withdrawal-withdraw').click()
  await page.getByTestId('withdraw-reason').fill('案件的处罚决定被复议撤销')
  await page.getByTestId('withdraw-submit').click()
  await expect(page.getByTestId('collection-status')).toHaveText('已撤回')
  await expect(warning).toHaveCount(0)
})
