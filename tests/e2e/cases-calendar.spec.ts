import { expect, newAdmittedPage, openArea, setUpOffice, signIn, signInFirstTime, test } from './fixtures'
import { FOOD_CASE } from './case-helpers'
import { OWN, TEMP } from './seizure-helpers'

// A deadline counted into a year without a holiday calendar is provisional (暂按周一至周五计算) until an admin
// enters that year in 设置 → 节假日; saving it recomputes the case's deadline at once. The year is 2024 (not
// shipped): a case decided on 2024-09-20 counts its 20 working days to publish over 国庆 2024, so the date moves
// when the real arrangement is entered — the same step as entering 2027 in December 2026, but one that does not
// depend on the day the suite runs (today's 20 working days cross into next year only in December).

const CASE = {
  ...FOOD_CASE,
  filingDate: '2024-09-02',
  party: { type: 'enterprise', name: '清溪县东方商行有限公司', idNo: '91350100M000100Y43', legalRep: '陈东方', address: '清溪县城关镇人民路88号', phone: '' },
  facts: '当事人销售过期食品。',
}

// 国办发明电〔2023〕7号.
const OFF_2024 = ['2024-01-01', '2024-02-10至2024-02-17', '2024-04-04至2024-04-06', '2024-05-01至2024-05-05', '2024-06-10', '2024-09-15至2024-09-17', '2024-10-01至2024-10-07']
const WORK_2024 = ['2024-02-04', '2024-02-18', '2024-04-07', '2024-04-28', '2024-05-11', '2024-09-14', '2024-09-29', '2024-10-12']

test('an admin enters a year’s holiday calendar and a provisional case deadline becomes a final one', async ({ page, host, request, browser }) => {
  await setUpOffice(host, request)
  expect((await host.api(request, 'accounts.create', { login: 'sunfz', name: '孙法制', roles: ['legal'], password: TEMP })).status).toBe(200)
  await signInFirstTime(page, host, 'sunfz', TEMP, OWN)
  const made = await host.api(page.request, 'cases.create', CASE as never)
  expect(made.status, JSON.stringify(made.body)).toBe(200)
  const c = (made.body as { data: { id: string; version: number } }).data
  const decided = await host.api(page.request, 'cases.decide', { id: c.id, version: c.version, decisionNo: '清市监处罚〔2024〕31号', decisionDate: '2024-09-20' })
  expect(decided.status, JSON.stringify(decided.body)).toBe(200)

  // Weekdays only: 2024-09-23 … 2024-10-18, marked provisional.
  await page.goto(`${host.url}#/cases/${c.id}`)
  const publication = page.getByTestId('case-deadline-publication')
  await expect(publication).toContainText('截止 2024-10-18')
  await expect(publication.getByTestId('case-deadline-provisional')).toHaveText('暂按周一至周五计算')

  // The admin, at another PC, enters 2024 from the State Council's notice.
  const admin = await newAdmittedPage(browser, host)
  await signIn(admin, host)
  await openArea(admin, '设置')
  await admin.getByRole('tab', { name: '节假日' }).click()
  await admin.getByTestId('holiday-new').click()
  const dialog = admin.getByTestId('holiday-year-dialog')
  await dialog.getByLabel('年份').fill('2024')
  await dialog.getByLabel('通知文号或来源').fill('国办发明电〔2023〕7号')
  await admin.getByTestId('holiday-off').fill(OFF_2024.join('\n'))
  await admin.getByTestId('holiday-work').fill(WORK_2024.join('\n'))
  await dialog.getByRole('button', { name: '保存' }).click()
  await expect(admin.getByText('2024年节假日安排已保存')).toBeVisible()

  // 9-29 a working Sunday, 10-01–07 off, 10-12 a working Saturday: the 20th working day is 2024-10-23, final.
  await page.reload()
  await expect(publication).toContainText('截止 2024-10-23')
  await expect(publication.getByTestId('case-deadline-provisional')).toHaveCount(0)
  await expect(publication).toContainText('已超期')
  await page.screenshot({ path: test.info().outputPath('case-calendar.png'), fullPage: true })
  // The register's cached deadline moved with it.
  const list = await host.api(page.request, 'cases.list', { year: 2024 })
  expect((list.body as { data: { rows: { nextDue: { date: string } | null }[] } }).data.rows[0]!.nextDue).toMatchObject({ date: '2024-10-23' })
})
