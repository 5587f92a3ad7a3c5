import { readFileSync } from 'node:fs'
import type { Locator, Page } from '@playwright/test'
import { unzipSync } from 'fflate'
import readXlsxFile from 'read-excel-file/node'
import { addDays, isWorkingDay } from '../../shared/rules/working-days'
import { plainText, readDocx } from '../support/docx-read'
import { FOOD_CASE } from './case-helpers'
import { AGENCY, expect, openArea, setUpOffice, signInFirstTime, test, type Host } from './fixtures'
import { OWN, TEMP, registerByApi } from './seizure-helpers'

// 工作台 and 统计 (issue 19) through the window: the day's deadlines of seizures and cases, each opening its record;
// this year's seizure figures (a voided record and last year's left out), a bar of the by-month chart clicked on
// its canvas and a figure clicked, each opening the list of exactly the records behind it; the 工作总结 issued
// from the same figures with its 附件 picture, and the page as one workbook of a sheet per section.

/** The office's today, read when used: a run may cross midnight in Asia/Shanghai. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())
const pad = (n: number) => String(n).padStart(2, '0')

/** The working day `n` working days before `from` (the shipped holiday calendar, as a new office has it). */
function workingDaysBefore(from: string, n: number): string {
  let d = from
  for (let left = n; left > 0; ) {
    d = addDays(d, -1)
    if (isWorkingDay(d).working) left--
  }
  return d
}

/** A legal user (who may register seizures and cases) signed in on the page. */
async function legalSignedIn(page: Page, host: Host) {
  await setUpOffice(host, page.request)
  expect((await host.api(page.request, 'accounts.create', { login: 'sunfz', name: '孙法制', roles: ['legal'], password: TEMP })).status).toBe(200)
  await signInFirstTime(page, host, 'sunfz', TEMP, OWN)
}

interface Made {
  id: string
  version: number
  registerNo: string
  items: { id: string }[]
}

async function seizure(page: Page, host: Host, decisionNo: string, decisionDate: string, party: string): Promise<Made> {
  return (await registerByApi(page, host, { decisionNo, decisionDate, party: { type: 'enterprise', name: party, idNo: '' } })) as Made
}

async function decidedCase(page: Page, host: Host, party: string, decisionNo: string, decisionDate: string): Promise<{ id: string; caseNo: string }> {
  const made = await host.api(page.request, 'cases.create', {
    ...FOOD_CASE,
    filingDate: addDays(decisionDate, -10),
    party: { type: 'enterprise', name: party, idNo: '', legalRep: '', address: '清溪县城关镇人民路88号', phone: '' },
    facts: '当事人销售超过保质期的食品。',
  } as never)
  expect(made.status, JSON.stringify(made.body)).toBe(200)
  const c = (made.body as { data: { id: string; version: number; caseNo: string } }).data
  const decided = await host.api(page.request, 'cases.decide', { id: c.id, version: c.version, decisionNo, decisionDate })
  expect(decided.status, JSON.stringify(decided.body)).toBe(200)
  return c
}

/**
 * This year's seizures: A in an earlier month, B and C (C voided) in this month, D in the same month last year;
 * A's shoes confiscated today. Counted for this year: A and B (2件, 2 × 60,000 元).
 */
async function seedSeizures(page: Page, host: Host) {
  const t = today()
  const year = Number(t.slice(0, 4))
  const month = Number(t.slice(5, 7))
  const earlier = `${year}-01-10`
  const thisMonth = `${year}-${pad(month)}-01`
  const a = await seizure(page, host, `清市监强制〔${year}〕1号`, earlier, '清溪县一月商行')
  const b = await seizure(page, host, `清市监强制〔${year}〕2号`, thisMonth, '清溪县本月商行')
  const c = await seizure(page, host, `清市监强制〔${year}〕3号`, thisMonth, '清溪县重复登记商行')
  const d = await seizure(page, host, `清市监强制〔${year - 1}〕9号`, `${year - 1}-${pad(month)}-05`, '清溪县上年商行')
  const voided = await host.api(page.request, 'seizures.void', { id: c.id, version: c.version, reason: `与${b.registerNo}重复登记` })
  expect(voided.status, JSON.stringify(voided.body)).toBe(200)
  const confiscated = await host.api(page.request, 'seizures.outcome.add', {
    id: a.id,
    version: a.version,
    itemId: a.items[0]!.id,
    kind: 'confiscation',
    qtyMilli: 120_000,
    date: t,
    docNo: `清市监处罚〔${year}〕5号`,
    receivingUnit: '',
    note: '',
  })
  expect(confiscated.status, JSON.stringify(confiscated.body)).toBe(200)
  return { year, month, a, b, c, d }
}

/** 统计 for this year, its seizure figures drawn. */
async function openStats(page: Page, host: Host) {
  await page.goto(`${host.url}#/stats?preset=this_year`)
  await expect(page.getByTestId('stat-period')).toContainText(`${today().slice(0, 4)}年`)
  await expect(page.getByTestId('stat-figure-seizures-seizures').getByTestId('stat-value')).toHaveText('2件')
}

/**
 * Where the chart's bars stand once drawn (data-bars, set on ECharts' 'finished'): read until two frames apart
 * give the same, so a redraw after a resize (a scroll bar appearing) has landed.
 */
async function drawnBars(page: Page, chart: Locator): Promise<[number, number][]> {
  await expect(chart).toHaveAttribute('data-bars', /^\[\[/)
  let last = ''
  await expect
    .poll(async () => {
      const before = last
      // Two frames of the page, written as page script (this project's Node types know no DOM).
      await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))')
      last = (await chart.getAttribute('data-bars')) ?? ''
      return last === before
    })
    .toBe(true)
  return JSON.parse(last) as [number, number][]
}

/** The seizure list's count line reads exactly `n` records. */
async function expectSeizureCount(page: Page, n: number) {
  await expect(page.getByTestId('seizure-count')).toHaveText(new RegExp(`^共 ${n} 条`))
  await expect(page.getByTestId('seizure-table').locator('[data-testid^="seizure-row-"]')).toHaveCount(n)
}

test('工作台: an overdue seizure and cases due for publication, each opening its record', async ({ page, host }) => {
  await legalSignedIn(page, host)
  const t = today()
  const year = t.slice(0, 4)
  // Decided 60 days ago, nothing decided since: its 30-day term has passed.
  const late = await seizure(page, host, `清市监强制〔${year}〕3号`, addDays(t, -60), '清溪县超期商行')
  // A fined ordinary-procedure case is published within 20 working days of its decision: one decided 17 working
  // days ago is due in 3, one decided 45 days ago is overdue.
  const soon = await decidedCase(page, host, '清溪县待公示食品店', `清市监处罚〔${year}〕31号`, workingDaysBefore(t, 17))
  const overdue = await decidedCase(page, host, '清溪县逾期公示食品店', `清市监处罚〔${year}〕32号`, addDays(t, -45))

  // The window opened on 工作台 before these were made: loaded again, as a person would come back to it.
  await page.reload()
  await openArea(page, '工作台')
  await expect(page.getByTestId('current-user')).toBeVisible()
  const seizures = page.getByTestId('workbench-seizures')
  await expect(seizures).toContainText('1 条查扣记录已超过期限')
  const seizureRow = seizures.locator('.ant-list-item', { hasText: late.registerNo })
  await expect(seizureRow).toContainText('清溪县超期商行')
  await expect(seizureRow).toContainText(/已超期 \d+ 天/)

  const cases = page.getByTestId('workbench-cases')
  await expect(cases).toContainText('1 件案件的期限已过')
  const soonRow = page.getByTestId('workbench-cases-soon').locator('.ant-list-item', { has: page.getByTestId(`workbench-cases-soon-${soon.caseNo}`) })
  await expect(soonRow).toContainText('公示')
  await expect(soonRow).toContainText('清溪县待公示食品店')
  await expect(soonRow).toContainText(/剩[1-5]个工作日/)
  const overdueRow = page.getByTestId('workbench-cases-overdue').locator('.ant-list-item', { has: page.getByTestId(`workbench-cases-overdue-${overdue.caseNo}`) })
  await expect(overdueRow).toContainText('公示')
  await expect(overdueRow).toContainText(/已超期\d+个工作日/)
  await page.screenshot({ path: 'test-results/workbench.png', fullPage: true })

  // Each row opens its record.
  await seizureRow.getByRole('link', { name: late.registerNo }).click()
  await expect(page.getByTestId('seizure-register-no')).toContainText(late.registerNo)
  await expect(page.getByTestId('seizure-term')).toContainText('已超期')
  await page.goBack()
  await page.getByTestId(`workbench-cases-soon-${soon.caseNo}`).click()
  await expect(page.getByTestId('case-no')).toHaveText(soon.caseNo)
  await expect(page.getByTestId('case-deadline-publication')).toContainText(/剩[1-5]个工作日/)
  await page.goBack()
  await page.getByTestId(`workbench-cases-overdue-${overdue.caseNo}`).click()
  await expect(page.getByTestId('case-no')).toHaveText(overdue.caseNo)
  await expect(page.getByTestId('case-deadline-publication')).toContainText('已超期')
})

test('统计 for this year: a voided record and last year’s left out, a bar and a figure opening exactly their records', async ({ page, host }) => {
  test.skip(today().slice(5, 7) === '01', 'needs two months of this year up to today')
  await legalSignedIn(page, host)
  const s = await seedSeizures(page, host)
  await openStats(page, host)
  const section = page.getByTestId('stat-section-seizures')
  await expect(section.getByTestId('stat-figure-seizures-value').getByTestId('stat-value')).toHaveText('12万元')
  // 同比: last year's same period held D alone.
  await expect(page.getByTestId('stat-figure-seizures-seizures')).toContainText('上年 1件')

  // The by-month chart, drawn: one bar per month of the year, where each stands known once drawn.
  const chart = page.getByTestId('stat-chart-seizures-by_month')
  await expect(chart).toHaveAttribute('data-bars', /^\[\[/)
  // The whole section in one picture: the window made tall enough for it (the page scrolls inside its frame).
  await page.setViewportSize({ width: 1280, height: 2200 })
  await expect(chart).toBeVisible()
  await page.screenshot({ path: 'test-results/statistics.png', fullPage: true })
  await page.setViewportSize({ width: 1280, height: 800 })
  await chart.scrollIntoViewIfNeeded()
  const bars = await drawnBars(page, chart)
  expect(bars).toHaveLength(12)

  // This month's bar, clicked on the canvas: B alone (C was voided).
  const [x, y] = bars[s.month - 1]!
  await chart.click({ position: { x, y } })
  await expect(page).toHaveURL(/#\/seizures\?/)
  const from = `${s.year}-${pad(s.month)}-01`
  expect(new URL(page.url().replace('#/', '')).searchParams.get('from')).toBe(from)
  await expectSeizureCount(page, 1)
  await expect(page.getByTestId(`seizure-row-${s.b.registerNo}`)).toBeVisible()
  await expect(page.getByTestId(`seizure-row-${s.c.registerNo}`)).toHaveCount(0)

  // Back on 统计 (the period kept in the address), January's row of the table: A alone.
  await page.goBack()
  await expect(page).toHaveURL(/#\/stats\?preset=this_year/)
  await page.getByTestId('stat-table-seizures-by_month').locator('tr.ant-table-row', { hasText: `${s.year}年1月` }).click()
  await expectSeizureCount(page, 1)
  await expect(page.getByTestId(`seizure-row-${s.a.registerNo}`)).toBeVisible()

  // The figure card: the year's two.
  await page.goBack()
  await page.getByTestId('stat-figure-seizures-seizures').click()
  await expectSeizureCount(page, 2)
  await expect(page.getByTestId(`seizure-row-${s.a.registerNo}`)).toBeVisible()
  await expect(page.getByTestId(`seizure-row-${s.b.registerNo}`)).toBeVisible()
  await expect(page.getByTestId(`seizure-row-${s.d.registerNo}`)).toHaveCount(0)
  await expect(page.getByTestId('stat-drill')).toHaveCount(0)

  // 没收 in the year, a narrowing only 统计 makes: named by the 统计明细 tag, and dropped with it.
  await page.goBack()
  await expect(page.getByTestId('stat-figure-seizures-outcome_confiscation').getByTestId('stat-value')).toHaveText('1件')
  await page.getByTestId('stat-figure-seizures-outcome_confiscation').click()
  await expect(page.getByTestId('stat-drill')).toContainText('没收')
  await expectSeizureCount(page, 1)
  await expect(page.getByTestId(`seizure-row-${s.a.registerNo}`)).toBeVisible()
  await page.getByTestId('stat-drill').locator('.ant-tag-close-icon').click()
  await expect(page.getByTestId('stat-drill')).toHaveCount(0)
  await expectSeizureCount(page, 3)
})

test('统计: the 工作总结 issued with the page’s figures and its 附件, and the page as a workbook', async ({ page, host }) => {
  test.skip(today().slice(5, 7) === '01', 'needs two months of this year up to today')
  await legalSignedIn(page, host)
  const { year } = await seedSeizures(page, host)
  await openStats(page, host)
  const count = await page.getByTestId('stat-figure-seizures-seizures').getByTestId('stat-value').innerText()

  // 生成工作总结: issued from the dialog, the period's numbers as the page shows them, the tables and charts annexed.
  await page.getByTestId('stat-summary').click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText('工作总结')
  const issuing = page.waitForEvent('download')
  await dialog.getByTestId('doc-issue-work_summary').click()
  const issued = await issuing
  expect(issued.suggestedFilename()).toMatch(/\.docx$/)
  const bytes = readFileSync(await issued.path())
  const text = plainText(readDocx(bytes)['word/document.xml'] ?? '')
  expect(text).toContain(`${AGENCY.fullName}${year}年工作总结`)
  expect(text).toContain(`${year}年，我局共作出查封、扣押和先行登记保存${count}`)
  expect(text).toContain('作出查封、扣押和先行登记保存2件')
  expect(text).toContain('查扣物品货值12.00万元')
  expect(text).toContain('附件')
  const media = Object.keys(unzipSync(bytes)).filter((p) => /^word\/media\/.+\.png$/.test(p))
  expect(media.length).toBeGreaterThan(0)
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)

  // 导出Excel: one sheet per section, the seizure figures as numbers.
  const exporting = page.waitForEvent('download')
  await page.getByTestId('stat-export').click()
  const workbook = await exporting
  expect(workbook.suggestedFilename()).toBe(`统计_${year}年.xlsx`)
  const sheets = await readXlsxFile(readFileSync(await workbook.path()))
  expect(sheets.map((x) => x.sheet)).toEqual(['查扣', '销毁', '处罚案件', '典型案例', '消费维权服务站'])
  const seizureRow = sheets[0]!.data.find((r) => r[0] === '查封扣押（含先行登记保存）（件）')
  expect(seizureRow?.slice(1, 2)).toEqual([2])
  expect(sheets[0]!.data.find((r) => r[0] === '涉案物品货值（元）')?.[1]).toBe(120_000)
})
