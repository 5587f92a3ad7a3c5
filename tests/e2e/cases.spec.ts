import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { plainText, readDocx } from '../support/docx-read'
import { expect, openArea, setUpOffice, signInFirstTime, test } from './fixtures'
import { OWN, TEMP, YEAR, reg, registerByApi } from './seizure-helpers'

// 处罚案件 through the window: a legal user opens a case from a seizure by the form, is refused a fine without
// the 罚款 kind at the field, decides the case today and sees the publication deadline in working days, records
// the publication, and the register shows it as 已公示.

const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())

async function pick(page: Page, testId: string, option: string) {
  await page.getByTestId(testId).click()
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click()
}

test('a legal user opens a case from a seizure, decides it, sees the publication deadline and records the publication', async ({ page, host, request }) => {
  await setUpOffice(host, request)
  expect((await host.api(request, 'accounts.create', { login: 'sunfz', name: '孙法制', roles: ['legal'], password: TEMP })).status).toBe(200)
  await signInFirstTime(page, host, 'sunfz', TEMP, OWN)
  const seizure = await registerByApi(page, host)

  await openArea(page, '处罚案件')
  await expect(page.getByTestId('case-empty')).toBeVisible()
  await page.getByTestId('case-new').click()
  await expect(page.getByRole('heading', { name: '立案登记' })).toBeVisible()
  await expect(page.getByTestId('case-filing-date')).toHaveValue(TODAY)

  await pick(page, 'case-field', '知识产权/商标')
  await page.getByTestId('case-unit').locator('input').fill('城关市场监督管理所')
  await page.getByTestId('party-name').fill('清溪县东方商行有限公司')
  await page.getByTestId('party-id').fill('91350100M000100Y43')
  await page.getByTestId('officer-0-name').locator('input').fill('张执法')
  await page.getByTestId('officer-0-cert').fill('35010012345')
  await page.getByTestId('officer-1-name').locator('input').fill('李执法')
  await page.getByTestId('officer-1-cert').fill('35010012346')
  await page.getByTestId('case-facts').fill('当事人销售侵犯“NIKE”注册商标专用权的运动鞋120双。')
  await page.getByTestId('case-basis').fill('《中华人民共和国商标法》第六十条第二款')

  // A fine with only 警告 ticked: core refuses it under the penalty kinds, and nothing is written.
  const kinds = page.getByTestId('case-penalty-kinds')
  await kinds.getByRole('checkbox', { name: '警告', exact: true }).check()
  await page.getByTestId('case-fine').fill('30,000')
  await expect(page.getByTestId('case-fine-words')).toHaveText('人民币叁万元整')

  // The seizure it grew from, by its register number.
  await page.getByTestId('case-seizure-input').fill(reg(1))
  await page.getByTestId('case-seizure-input').press('Enter')
  await expect(page.getByTestId('case-linked-seizure')).toContainText(reg(1))

  await page.getByTestId('case-save').click()
  const kindsItem = page.locator('.ant-form-item').filter({ has: kinds })
  await expect(kindsItem).toContainText('填写了罚款金额，处罚种类应包括“罚款”')
  expect((await host.api(page.request, 'cases.list', {})).body).toMatchObject({ data: { total: 0 } })

  await kinds.getByRole('checkbox', { name: '罚款', exact: true }).check()
  await page.getByTestId('case-save').click()

  // The case: filed, the 90-day decision deadline running, the seizure linked.
  await expect(page.getByTestId('case-no')).toHaveText(`${YEAR}-AJ-0001`)
  await expect(page.getByTestId('case-status')).toHaveText('已立案')
  await expect(page.getByTestId('case-deadline-decision')).toContainText('剩90天')
  await expect(page.getByTestId('case-fine-view')).toContainText('30,000.00 元（人民币叁万元整）')
  await expect(page.getByTestId('case-seizure-link')).toHaveAttribute('href', new RegExp(`/seizures/${seizure.id}$`))

  // 作出处罚决定 today: the publication is due in 20 working days.
  await page.getByTestId('case-action-decide').click()
  await page.getByTestId('case-decision-no').fill(`清市监处罚[${YEAR}]8号`)
  await expect(page.getByTestId('case-decision-no')).toHaveValue(`清市监处罚〔${YEAR}〕8号`)
  await expect(page.getByTestId('case-decision-date')).toHaveValue(TODAY)
  await page.getByTestId('case-decide-submit').click()
  await expect(page.getByTestId('case-status')).toHaveText('已决定')
  await expect(page.getByTestId('case-deadline-decision')).toContainText('已办理')
  const publication = page.getByTestId('case-deadline-publication')
  await expect(publication).toContainText('公示')
  await expect(publication).toContainText(/剩\d+个工作日/)
  await expect(page.getByTestId('case-publication-tag')).toHaveText('待公示')

  // 登记公示: today, on the national credit system, by the user signed in.
  await page.getByTestId('case-action-publish').click()
  await expect(page.getByTestId('case-published-by')).toHaveValue('孙法制')
  await page.getByTestId('case-publish-submit').click()
  await expect(page.getByTestId('case-publication-tag')).toHaveText('已公示')
  await expect(page.getByTestId('case-publication')).toContainText('国家企业信用信息公示系统')
  await expect(publication).toContainText('已办理')
  await expect(page.getByTestId('case-action-publish')).toHaveCount(0)
  await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 10_000 })
  await page.screenshot({ path: test.info().outputPath('case-detail.png'), fullPage: true })

  // The 公示 摘要: previewed, then issued and read back.
  await page.getByTestId('doc-preview-case_publicity').click()
  await expect(page.getByTestId('document-preview').locator('section').first()).toBeVisible({ timeout: 20_000 })
  const download = page.waitForEvent('download')
  await page.getByTestId('doc-issue-case_publicity').click()
  const summary = plainText(readDocx(readFileSync(await (await download).path()))['word/document.xml'] ?? '')
  expect(summary).toContain(`清市监处罚〔${YEAR}〕8号`)
  expect(summary).toContain('人民币叁万元整')

  // The register: the case with its 文号, fine and 已公示.
  await page.getByTestId('case-back').click()
  const row = page.getByTestId('case-table').locator('tbody tr.ant-table-row')
  await expect(row).toHaveCount(1)
  await expect(row).toContainText(`清市监处罚〔${YEAR}〕8号`)
  await expect(row).toContainText('30,000.00')
  await expect(row.getByTestId('case-publication-state')).toHaveText('已公示')
  await expect(row).toContainText('清溪县东方商行有限公司')
  await page.screenshot({ path: test.info().outputPath('case-list.png'), fullPage: true })

  // Filters narrow it: none is overdue, and a status it does not have hides it.
  await pick(page, 'case-filter-due', '已超期')
  await expect(page.getByTestId('case-empty')).toBeVisible()
  await page.getByTestId('case-filter-clear').click()
  await expect(row).toHaveCount(1)

  // The seizure's page names the case it grew from, one click away.
  await page.goto(`${host.url}#/seizures/${seizure.id}`)
  await expect(page.getByTestId('seizure-cases')).toContainText(`${YEAR}-AJ-0001`)
  await expect(page.getByTestId('seizure-cases')).toContainText('已决定')
})
