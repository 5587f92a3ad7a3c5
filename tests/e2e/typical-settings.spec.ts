import { apiOk, expect, openArea, setUpOffice, signInFirstTime, test } from './fixtures'
import { FOOD_CASE } from './case-helpers'
import { OWN, TEMP } from './seizure-helpers'

// 设置 → 典型案例: the legal user turns off masking a person's own name; a case nominated after keeps the name in
// its draft, while the ID number stays masked (that rule is fixed and shown locked).

const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())
const YEAR = TODAY.slice(0, 4)

test('设置 → 典型案例: a person’s own name shown in drafts nominated after the change, the ID number still masked', async ({ page, host, request }) => {
  await setUpOffice(host, request)
  expect((await host.api(request, 'accounts.create', { login: 'sunfz', name: '孙法制', roles: ['legal'], password: TEMP })).status).toBe(200)
  await signInFirstTime(page, host, 'sunfz', TEMP, OWN)
  await openArea(page, '设置')
  await page.getByRole('tab', { name: '典型案例' }).click()
  const card = page.getByTestId('typical-settings')
  await expect(card.getByRole('checkbox', { name: /身份证件号码/ })).toBeDisabled()
  const own = page.getByTestId('typical-settings-own-name')
  await expect(own).toBeChecked()
  // Saved at once: the box follows what core answered.
  await own.click()
  await expect(page.getByText('已保存', { exact: true })).toBeVisible()
  await expect(own).not.toBeChecked()
  await page.screenshot({ path: test.info().outputPath('typical-settings.png') })

  const c = await apiOk<{ id: string; version: number }>(page, host, 'cases.create', {
    ...FOOD_CASE,
    filingDate: TODAY,
    party: { type: 'natural_person', name: '王小明', idNo: '350102199003071234', legalRep: '', address: '清溪县城关镇人民路88号3栋502室', phone: '' },
    facts: '当事人销售过期食品。',
  })
  await apiOk(page, host, 'cases.decide', { id: c.id, version: c.version, decisionNo: `清市监处罚〔${YEAR}〕3号`, decisionDate: TODAY })
  const k = await apiOk<{ id: string }>(page, host, 'typical.collections.create', { year: Number(YEAR), name: '3·15消费维权典型案例', intro: '' })
  const [entry] = await apiOk<{ id: string }[]>(page, host, 'typical.nominate', { collectionId: k.id, caseIds: [c.id] })
  await page.goto(`${host.url}#/typical/entries/${entry!.id}`)
  const preview = page.getByTestId('entry-preview')
  await expect(preview).toContainText('当事人：王小明')
  await expect(preview).toContainText('350102********1234')
  await expect(page.getByTestId('typical-entry')).not.toContainText('350102199003071234')
})
