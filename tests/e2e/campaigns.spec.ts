import { readFileSync } from 'node:fs'
import readXlsxFile from 'read-excel-file/node'
import { headedTableRows, plainText, readDocx } from '../support/docx-read'
import { AGENCY, apiOk, expect, newAdmittedPage, openArea, setUpOffice, signInFirstTime, test } from './fixtures'
import { OWN, registerByApi, TEMP, YEAR } from './seizure-helpers'

// 专项行动 through the window: the lead office's legal user sets up a 3·15 campaign of two 所, adds two tasks and
// links a seizure (a number that is not in the register is refused, nothing linked); the clerk of 城关所, signed in
// beside, sees the seizure counted in the unit's form, has a fraction refused, fills and sends it; the lead office
// returns it with a comment, the clerk corrects and sends again; the other 所 sends one figure (the blanks warned
// of, sent as 0); the bureau's totals are the sums; the figures are locked and the 统计表 (.docx and .xlsx) and the
// 活动总结 read back with them.

const A = '城关市场监督管理所'
const B = '城东市场监督管理所'
const NAME = `${YEAR}年“3·15”国际消费者权益日活动`

test('专项行动: set up, a task, a linked seizure, two units report (one returned), locked, summary and workbook', async ({ page, host, request, browser }) => {
  test.setTimeout(180_000)
  await setUpOffice(host, request)
  for (const [login, name, role] of [['sunfz', '孙法制', 'legal'], ['zhaolu', '赵录', 'clerk']] as const) {
    expect((await host.api(request, 'accounts.create', { login, name, roles: [role], password: TEMP })).status).toBe(200)
  }
  const clerk = await newAdmittedPage(browser, host)
  await signInFirstTime(clerk, host, 'zhaolu', TEMP, OWN)
  const seizure = await registerByApi(clerk, host, { source: 'campaign', sourceNote: '' })
  const { registerNo } = await apiOk<{ registerNo: string }>(clerk, host, 'seizures.get', { id: seizure.id })

  // The campaign, from the dialog: the 所 picked from the office's list.
  await signInFirstTime(page, host, 'sunfz', TEMP, 'Sunfazhi-2026')
  await openArea(page, '专项行动')
  await page.getByTestId('campaign-new').click()
  const dialog = page.getByTestId('campaign-new-dialog')
  await dialog.getByLabel('活动名称').fill(NAME)
  await dialog.getByLabel('年主题').fill('共促消费公平')
  await dialog.getByLabel('开始日期').fill(`${YEAR}-01-01`)
  await dialog.getByLabel('结束日期').fill(`${YEAR}-12-31`)
  await dialog.getByLabel('报送截止日期').fill(`${YEAR}-12-31`)
  await dialog.getByLabel('牵头单位').fill('消费者权益保护科')
  await dialog.getByLabel('参与单位').click()
  await page.locator('.ant-select-item-option', { hasText: A }).click()
  await page.locator('.ant-select-item-option', { hasText: B }).click()
  await dialog.getByText('新建专项行动').click()
  await page.getByTestId('campaign-new-submit').click()
  await expect(page.getByTestId('campaign-title')).toContainText(NAME)
  const campaignUrl = page.url().split('?')[0]!

  // Two tasks of the 任务分解表.
  await page.getByRole('tab', { name: /任务分解/ }).click()
  for (const [work, office] of [['在县人民广场设立“3·15”咨询台', '消费者权益保护科'], ['组织侵权假冒伪劣商品集中销毁', '执法稽查大队']]) {
    await page.getByTestId('task-new').click()
    await page.getByTestId('task-work').fill(work!)
    await page.getByTestId('task-lead-office').fill(office!)
    await page.getByTestId('task-owner').fill('孙法制')
    await page.getByTestId('task-submit').click()
    await expect(page.getByTestId('task-table')).toContainText(work!)
  }
  await expect(page.getByRole('tab', { name: '任务分解（2）' })).toBeVisible()

  // 关联记录: a number not in the register is refused at the field; the clerk's 专项行动 seizure is linked.
  await page.getByRole('tab', { name: /关联记录/ }).click()
  await page.getByTestId('link-number').fill(`${YEAR}-9999`)
  await page.getByTestId('link-add').click()
  await expect(page.getByTestId('link-form')).toContainText(`没有登记号为 ${YEAR}-9999 的查扣记录`)
  await expect(page.getByTestId('link-table')).not.toContainText(`${YEAR}-9999`)
  await page.getByTestId('link-number').fill(registerNo)
  await page.getByTestId('link-add').click()
  await expect(page.getByTestId('link-table')).toContainText(registerNo)

  // The clerk's 所: the seizure counted by Taizhang, the figures typed, saved and sent.
  await clerk.goto(`${campaignUrl}/reports/${encodeURIComponent(A)}`)
  await expect(clerk.getByTestId('report-unit')).toHaveText(A)
  await expect(clerk.getByTestId('report-record-查扣件数')).toContainText('1')
  await expect(clerk.getByTestId('report-record-查扣货值')).toContainText('60,000.00')
  // A fraction is refused under its field, nothing saved.
  await clerk.getByTestId('report-value-党政领导参加').fill('2.5')
  await clerk.getByTestId('report-save').click()
  await expect(clerk.getByTestId('report-form')).toContainText('党政领导参加应为整数')
  await expect(clerk.getByTestId('report-status')).toHaveText('未填报')
  await clerk.getByTestId('report-value-党政领导参加').fill('2')
  await clerk.getByTestId('report-value-出动工作人员').fill('30')
  await clerk.getByTestId('report-text-亮点活动').fill('在县人民广场举办“3·15”集中咨询活动。')
  await clerk.getByTestId('report-save').click()
  await expect(clerk.getByTestId('report-status')).toHaveText('草稿')
  await clerk.getByTestId('report-submit').click()
  await expect(clerk.getByTestId('report-blanks')).toBeVisible()
  await clerk.getByRole('button', { name: '报送', exact: true }).last().click()
  await expect(clerk.getByTestId('report-submitted')).toContainText('赵录')
  await expect(clerk.getByTestId('report-save')).toHaveCount(0)

  // The lead office returns it with a comment.
  await page.goto(campaignUrl)
  await expect(page.getByTestId(`total-出动工作人员`)).toHaveText('30')
  await page.getByTestId(`report-open-${A}`).click()
  await page.getByTestId('report-return').click()
  await page.getByTestId('report-return-comment').fill('出动人次与派车记录不符，请核实')
  await page.getByRole('button', { name: '退回', exact: true }).last().click()
  await expect(page.getByTestId('report-returned')).toContainText('出动人次与派车记录不符')

  // The clerk sees the comment, corrects and sends again.
  await clerk.reload()
  await expect(clerk.getByTestId('report-returned')).toContainText('出动人次与派车记录不符，请核实')
  await clerk.getByTestId('report-value-出动工作人员').fill('32')
  await clerk.getByTestId('report-submit').click()
  await clerk.getByRole('button', { name: '报送', exact: true }).last().click()
  await expect(clerk.getByTestId('report-submitted')).toBeVisible()

  // The other 所 sends one figure, the rest left blank (warned of, sent as 0).
  await clerk.goto(`${campaignUrl}/reports/${encodeURIComponent(B)}`)
  await expect(clerk.getByTestId('report-unit')).toHaveText(B)
  await expect(clerk.getByTestId('report-record-查扣件数')).toContainText('0')
  await clerk.getByTestId('report-value-出动工作人员').fill('12')
  await clerk.getByTestId('report-submit').click()
  await expect(clerk.getByTestId('report-blanks')).toBeVisible()
  await clerk.getByRole('button', { name: '报送', exact: true }).last().click()
  await expect(clerk.getByTestId('report-submitted')).toBeVisible()

  // The bureau's totals, then the lock.
  await page.goto(campaignUrl)
  await expect(page.getByTestId('total-出动工作人员')).toHaveText('44')
  await expect(page.getByTestId('total-党政领导参加')).toHaveText('2')
  await expect(page.getByTestId('total-查扣件数')).toHaveText('1')
  await page.getByTestId('campaign-lock').click()
  await page.getByRole('button', { name: '锁定', exact: true }).click()
  await expect(page.getByTestId('campaign-locked')).toBeVisible()
  await expect(page.getByTestId('campaign-lock')).toHaveCount(0)

  // 文书: the bureau's 统计表 (.docx, then .xlsx) and the 活动总结, with the locked sums.
  await page.getByRole('tab', { name: /文书/ }).click()
  const forming = page.waitForEvent('download')
  await page.getByTestId('doc-issue-campaign_stat_form').click()
  const formXml = readDocx(readFileSync(await (await forming).path()))['word/document.xml']!
  const formRows = headedTableRows(formXml)
  expect(formRows[0]).toEqual(['项目', '单位', '合计', '项目', '单位', '合计'])
  expect(formRows).toContainEqual(expect.arrayContaining(['出动工作人员', '人次', '44']))
  expect(formRows).toContainEqual(expect.arrayContaining(['台账记录：查封、扣押', '件', '1']))
  expect(plainText(formXml)).toContain(`填报单位：${AGENCY.fullName}`)
  const issuing = page.waitForEvent('download')
  await page.getByTestId('doc-issue-campaign_summary').click()
  const summary = plainText(readDocx(readFileSync(await (await issuing).path()))['word/document.xml']!).replace(/\n/g, '')
  expect(summary).toContain(`${NAME}工作总结`)
  expect(summary).toContain('共出动工作人员44人次，党政领导参加2人次')
  expect(summary).toContain('作出查封、扣押决定1件，涉案物品货值60,000.00元')
  expect(summary).toContain('城关市场监督管理所：在县人民广场举办“3·15”集中咨询活动。')
  const exporting = page.waitForEvent('download')
  await page.getByTestId('campaign-xlsx').click()
  const workbook = await exporting
  expect(workbook.suggestedFilename()).toBe(`活动情况统计表_${NAME}_全局.xlsx`)
  const [sheet] = await readXlsxFile(readFileSync(await workbook.path()))
  const row = sheet!.data.find((r) => r.includes('出动工作人员'))!
  expect(row[row.indexOf('出动工作人员') + 2]).toBe(44)
  const money = sheet!.data.find((r) => r.includes('台账记录：查扣物品货值'))!
  expect(money[money.indexOf('台账记录：查扣物品货值') + 2]).toBe(60_000)
})
