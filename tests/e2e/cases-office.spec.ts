import readXlsxFile from 'read-excel-file/node'
import { readFileSync } from 'node:fs'
import { apiOk, expect, setUpOffice, signInFirstTime, test } from './fixtures'
import { OWN, TEMP, registerByApi } from './seizure-helpers'

// 处罚案件 around the office: an overdue decision deadline on the 工作台 opens the filtered register (its filter in
// the URL, kept on reload), the register exports as .xlsx and reads back, 设置 → 处罚案件 confirms the 较低数额
// thresholds (a zero refused at the field), and a 没收 on the seizure takes the case's 决定书文号 without retyping.

const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())
const daysBefore = (n: number) => new Date(Date.parse(`${TODAY}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10)

const CASE = {
  procedure: 'ordinary',
  party: { type: 'enterprise', name: '清溪县东方商行有限公司', idNo: '91350100M000100Y43', legalRep: '陈东方', address: '清溪县城关镇人民路88号', phone: '' },
  field: 'ip_trademark',
  source: 'inspection',
  facts: '当事人销售侵犯“NIKE”注册商标专用权的运动鞋120双。',
  penaltyKinds: ['fine', 'confiscate_property'],
  fineFen: 3_000_000,
  propertyDescription: '侵权运动鞋120双',
  unit: '城关市场监督管理所',
  officers: [{ name: '张执法', certNo: '35010012345' }, { name: '李执法', certNo: '35010012346' }],
}

const api = apiOk

type Case = { id: string; version: number; caseNo: string }

test('case deadlines on the 工作台, the register in the URL and as .xlsx, the thresholds in 设置, and the 文号 offered to a 没收', async ({ page, host, request }) => {
  await setUpOffice(host, request)
  expect((await host.api(request, 'accounts.create', { login: 'sunfz', name: '孙法制', roles: ['legal'], password: TEMP })).status).toBe(200)
  await signInFirstTime(page, host, 'sunfz', TEMP, OWN)
  const seizure = await registerByApi(page, host)
  // Filed 100 days ago and still undecided: 90 days passed, 10 days overdue.
  const late = await api<Case>(page, host, 'cases.create', { ...CASE, filingDate: daysBefore(100), party: { ...CASE.party, name: '清溪县鑫源贸易有限公司', idNo: '' } })
  // Filed and decided today, grown from the seizure.
  const fresh = await api<Case>(page, host, 'cases.create', { ...CASE, filingDate: TODAY, seizureIds: [seizure.id] })
  const decisionNo = `清市监处罚〔${TODAY.slice(0, 4)}〕21号`
  await api(page, host, 'cases.decide', { id: fresh.id, version: fresh.version, decisionNo, decisionDate: TODAY })

  // 工作台: the overdue decision, one click from the filtered register.
  await page.goto(host.url)
  const overdue = page.getByTestId('workbench-cases-overdue')
  await expect(overdue).toContainText(late.caseNo)
  await expect(overdue).toContainText('作出处罚决定')
  await expect(overdue).toContainText('已超期10天')
  await expect(page.getByTestId('workbench-cases')).not.toContainText(fresh.caseNo)
  await page.screenshot({ path: test.info().outputPath('workbench-cases.png'), fullPage: true })
  await page.getByTestId('workbench-cases').getByRole('link', { name: '查看全部' }).click()
  const rows = page.getByTestId('case-table').locator('tbody tr.ant-table-row')
  await expect(rows).toHaveCount(1)
  await expect(rows).toContainText(late.caseNo)
  expect(page.url()).toContain('due=overdue')
  // The filter is in the URL: a reload (or Back from the case) lands on the same list.
  await page.reload()
  await expect(rows).toHaveCount(1)
  await expect(page.getByTestId('case-filter-due')).toContainText('已超期')
  await rows.first().click()
  await expect(page.getByTestId('case-no')).toHaveText(late.caseNo)
  await page.goBack()
  await expect(rows).toHaveCount(1)
  await page.getByTestId('case-filter-clear').click()
  await expect(rows).toHaveCount(2)

  // 导出Excel: the two cases in the list's order (still by the next deadline, as the link sorted it), read back.
  const downloading = page.waitForEvent('download')
  await page.getByTestId('case-export').click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe(`处罚案件_${TODAY}.xlsx`)
  const [sheet] = await readXlsxFile(readFileSync(await download.path()))
  const [header, ...data] = sheet!.data
  expect(header!.slice(0, 2)).toEqual(['案件编号', '决定书文号'])
  expect(data.map((r) => r[0])).toEqual([late.caseNo, fresh.caseNo])
  expect(data[1]![1]).toBe(decisionNo)

  // 设置 → 处罚案件: the Hubei example is marked until confirmed; a zero is refused at its field.
  await page.goto(`${host.url}#/settings/cases`)
  const settings = page.getByTestId('case-settings')
  await expect(page.getByTestId('case-settings-default')).toBeVisible()
  await expect(page.getByTestId('case-settings-entity')).toHaveValue('100000.00')
  await page.getByTestId('case-settings-person').fill('0')
  await page.getByTestId('case-settings-save').click()
  await expect(settings).toContainText('自然人较低数额罚款标准应大于0')
  await page.getByTestId('case-settings-person').fill('5,000')
  await expect(page.getByTestId('case-settings-person-words')).toHaveText('人民币伍仟元整')
  await page.getByTestId('case-settings-save').click()
  await expect(page.getByTestId('case-settings-default')).toHaveCount(0)
  await expect(settings).toContainText('孙法制')
  expect(await api(page, host, 'cases.settings.get', {})).toMatchObject({ lowerFinePersonFen: 500_000, lowerFineEntityFen: 10_000_000, isDefault: false })
  await page.screenshot({ path: test.info().outputPath('case-settings.png'), fullPage: true })

  // 没收 on the seizure: the case's 决定书文号 is filled in.
  await page.goto(`${host.url}#/seizures/${seizure.id}`)
  await page.getByTestId('outcome-add-1').click()
  const dialog = page.getByTestId('outcome-dialog')
  await dialog.getByTestId('outcome-kind-confiscation').click()
  await expect(dialog.getByTestId('outcome-docno')).toHaveValue(decisionNo)
  await expect(dialog.getByTestId('outcome-case-docnos')).toContainText(decisionNo)
  await dialog.getByTestId('outcome-submit').click()
  await expect(page.getByTestId('item-remaining-1')).toHaveText('0')
  const after = await api<{ outcomes: { docNo: string; kind: string }[] }>(page, host, 'seizures.get', { id: seizure.id })
  expect(after.outcomes.map((o) => [o.kind, o.docNo])).toEqual([['confiscation', decisionNo]])
})
