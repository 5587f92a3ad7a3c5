import { readFileSync, writeFileSync } from 'node:fs'
import readXlsxFile from 'read-excel-file/node'
import { apiOk, expect, newAdmittedPage, openArea, setUpOffice, signIn, signInFirstTime, test } from './fixtures'
import { OWN, TEMP } from './seizure-helpers'
import { sheetXlsx, type SheetValue } from '../support/sheets'
import { headedTableRows, plainText, readDocx } from '../support/docx-read'
import { tinyPng } from '../support/images'

// 服务站 through the window: the admin lists the 所 in 设置; a clerk imports an office's sheet of 20 stations
// under a merged title row, 3 of them bad (the preview says which and where), imports the 17 in lenient mode and
// downloads the 3 with their reasons; an approver finds a station, records its review as 不合格 and, asked, orders
// its 整改, which the clerk sees on the station and the list; the clerk issues the 名录 and it reads back by 所.

const UNITS = ['城关市场监督管理所', '南山市场监督管理所']
const YEAR = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).slice(0, 4)
const HEADER = ['序号', '服务站名称', '依托经营者', '业态', '地址', '所属市场监管所', '站长', '联系电话', '设立日期']

function rows(): SheetValue[][] {
  const out: SheetValue[][] = [HEADER]
  for (let n = 1; n <= 20; n++) {
    const r: SheetValue[] = [n, `第${n}号消费维权服务站`, `清溪县第${n}商贸有限公司`, n % 2 ? '超市' : '商场', `清溪县城关镇人民路${n}号`, UNITS[n % 2]!, `站长${n}`, `1381234${String(5000 + n)}`, '2021年3月5日']
    if (n === 4) r[3] = '网吧'
    if (n === 9) r[7] = '87654321'
    if (n === 15) r[1] = null
    out.push(r)
  }
  return out
}

test('服务站: a sheet imported with its bad rows left out, a station reviewed and put into 整改', async ({ page, host, request, browser }) => {
  test.setTimeout(180_000)
  await setUpOffice(host, request)
  for (const [login, name, role] of [['zhaolr', '赵录入', 'clerk'], ['lijz', '李局长', 'approver']] as const) {
    expect((await host.api(request, 'accounts.create', { login, name, roles: [role], password: TEMP })).status).toBe(200)
  }
  // The admin lists the office's 所.
  await signIn(page, host)
  await page.goto(`${host.url}#/settings/stations`)
  for (const u of UNITS) {
    await page.getByTestId('station-unit-name').fill(u)
    await page.getByTestId('station-unit-add').click()
    await expect(page.getByTestId('station-units')).toContainText(u)
  }
  // The 工作台 asks for this year's reviews from January (the month the test runs in must not matter).
  const settings = await apiOk<{ version: number }>(page, host, 'stations.settings.get', {})
  await apiOk(page, host, 'stations.settings.update', { units: UNITS, reviewMonth: 1, version: settings.version })
  await page.getByRole('button', { name: '退出登录' }).click()

  await signInFirstTime(page, host, 'zhaolr', TEMP, OWN)
  await openArea(page, '服务站')
  await page.getByTestId('station-import').click()
  const file = test.info().outputPath('城关所服务站.xlsx')
  writeFileSync(file, Buffer.from(await sheetXlsx(rows(), '清溪县消费维权服务站名录'), 'base64'))
  await page.getByTestId('import-file').setInputFiles(file)
  const counts = page.getByTestId('import-counts')
  await expect(counts).toContainText('表头在第 2 行')
  await expect(counts).toContainText('新增 17')
  await expect(counts).toContainText('有误 3')
  const table = page.getByTestId('import-rows')
  await expect(table).toContainText('D列（业态）：未知的业态“网吧”')
  await expect(table).toContainText('H列（联系电话）：固定电话请加区号')
  await expect(table).toContainText('B列（服务站名称）：请填写服务站名称')
  await page.getByTestId('import-mapping').scrollIntoViewIfNeeded()
  await page.screenshot({ path: test.info().outputPath('import-preview.png') })
  // Strict mode will not import while rows are bad.
  await page.getByTestId('import-strict').click()
  await expect(page.getByTestId('import-commit')).toBeDisabled()
  await page.getByTestId('import-strict').click()
  await page.getByTestId('import-commit').click()
  await expect(page.getByTestId('import-result')).toContainText('已导入 17 个服务站')
  const downloading = page.waitForEvent('download')
  await page.getByTestId('import-error-sheet').click()
  const download = await downloading
  const [sheet] = await readXlsxFile(readFileSync(await download.path()))
  expect(sheet!.data.slice(1).map((r) => r.at(-2))).toEqual([6, 11, 17])
  await page.getByTestId('import-close').click()
  await expect(page.getByTestId('station-count')).toContainText('17')

  // The approver finds one, records 不合格 and puts it into 整改 when asked.
  const boss = await newAdmittedPage(browser, host)
  await signInFirstTime(boss, host, 'lijz', TEMP, 'Lijuzhang-2026')
  await openArea(boss, '服务站')
  await boss.getByTestId('station-search').locator('input').fill('人民路12号')
  await expect(boss.getByTestId('station-table').locator('tbody tr.ant-table-row')).toHaveCount(1)
  await boss.getByTestId('station-table').locator('tbody tr.ant-table-row').first().click()
  await expect(boss.getByTestId('station-title')).toHaveText('第12号消费维权服务站')
  await boss.getByTestId('station-review-new').click()
  await boss.getByTestId('review-received').fill('20')
  await boss.getByTestId('review-handled').fill('16')
  await boss.getByTestId('review-mediated').fill('12')
  await expect(boss.getByTestId('review-dialog')).toContainText('调解成功率 75.0%')
  await boss.getByTestId('review-recovered').fill('3600')
  await boss.getByTestId('review-result').getByText('不合格').click()
  await boss.getByTestId('review-submit').click()
  await expect(boss.getByTestId('station-reviews')).toContainText('75.0%')
  // 不合格: asked whether to order 整改, the approver does, with the reason filled in from the review.
  await boss.getByRole('button', { name: '责令整改' }).last().click()
  await expect(boss.getByTestId('station-status-reason')).toHaveValue(/年度考核不合格/)
  await boss.getByTestId('station-status-due').fill('2099-12-31')
  await boss.getByTestId('station-status-submit').click()
  await expect(boss.getByTestId('station-rectify')).toContainText('整改中，期限 2099-12-31')
  await boss.screenshot({ path: test.info().outputPath('station-detail.png'), fullPage: true })
  await page.goto(boss.url())
  await expect(page.getByTestId('station-rectify')).toContainText('整改中，期限 2099-12-31')
  // The clerk adds the photo of the plaque.
  await page.getByTestId('station-photo-add').setInputFiles({ name: '牌匾.png', mimeType: 'image/png', buffer: tinyPng() })
  await expect(page.getByText('牌匾和现场照片（1）')).toBeVisible()
  // The clerk's 工作台: 16 stations still without this year's review, opened as the list filtered to them.
  await openArea(page, '工作台')
  await expect(page.getByTestId('workbench-stations-unreviewed')).toContainText(`16 个服务站尚未登记${YEAR}年度考核`)
  await page.getByTestId('workbench-stations-unreviewed').getByRole('link', { name: '查看全部' }).click()
  await expect(page.getByTestId('station-count')).toContainText('16')
  // The whole list again.
  await page.goto(`${host.url}#/stations`)
  await expect(page.getByTestId('station-count')).toContainText('17')
  await page.getByTestId('station-filter-status').click()
  await page.getByTitle('整改').click()
  await expect(page.getByTestId('station-table').locator('tbody tr.ant-table-row')).toHaveCount(1)

  // The 名录 of the county, issued and read back: 17 stations (one in 整改) under their 所 with the subtotals.
  await page.getByTestId('station-documents').click()
  const issuing = page.waitForEvent('download')
  await page.getByTestId('doc-issue-station_directory').click()
  const directory = await issuing
  const xml = readDocx(readFileSync(await directory.path()))['word/document.xml']!
  const listed = headedTableRows(xml).slice(1)
  expect(listed.filter((r) => /^\d+$/.test(r[0]!))).toHaveLength(17)
  expect(listed.filter((r) => r[1]!.includes('小计')).map((r) => r[1])).toEqual([`${UNITS[0]}小计（9个）`, `${UNITS[1]}小计（8个）`])
  expect(listed.at(-1)![1]).toBe('合计（17个）')

  await page.keyboard.press('Escape')

  // Back from a station the 整改 filter is still there (it lives in the address).
  await page.getByTestId('station-table').locator('tbody tr.ant-table-row').first().click()
  await page.goBack()
  await expect(page).toHaveURL(/status=rectifying/)
  await expect(page.getByTestId('station-table').locator('tbody tr.ant-table-row')).toHaveCount(1)
  // Two stations ticked in the whole list: their 授牌公告.
  await page.goto(`${host.url}#/stations`)
  await expect(page.getByTestId('station-count')).toContainText('17')
  const listRows = page.getByTestId('station-table').locator('tbody tr.ant-table-row')
  for (const r of (await listRows.all()).slice(0, 2)) await r.locator('input[type=checkbox]').check()
  await expect(page).toHaveURL(/#\/stations$/)
  await page.getByTestId('station-documents').click()
  const announcing = page.waitForEvent('download')
  await page.getByTestId('doc-issue-station_plaque').click()
  const notice = plainText(readDocx(readFileSync(await (await announcing).path()))['word/document.xml']!).replace(/\n/g, '')
  expect(notice).toMatch(/关于授予.+等2家单位“消费维权服务站”称号的公告/)
})

test('服务站: a clerk registers a station through the form, the credit code’s check character confirmed', async ({ page, host, request }) => {
  await setUpOffice(host, request)
  expect((await host.api(request, 'accounts.create', { login: 'zhaolr', name: '赵录入', roles: ['clerk'], password: TEMP })).status).toBe(200)
  await signIn(page, host)
  await apiOk(page, host, 'stations.settings.update', { units: UNITS, version: 1 })
  await page.getByRole('button', { name: '退出登录' }).click()
  await signInFirstTime(page, host, 'zhaolr', TEMP, OWN)
  await openArea(page, '服务站')
  await page.getByTestId('station-new').click()
  await page.getByTestId('station-name').fill('城关百货消费维权服务站')
  await page.getByTestId('station-unit').click()
  await page.getByTitle(UNITS[0]!).click()
  await page.getByTestId('station-host').fill('清溪县城关百货有限公司')
  await page.getByTestId('station-credit-code').fill('91350100M000100Y44')
  await page.getByTestId('station-address').fill('清溪县城关镇人民路88号')
  await page.getByTestId('station-phone').fill('87654321')
  await expect(page.getByTestId('station-form')).toContainText('固定电话请加区号')
  await page.getByTestId('station-phone').fill('0591-87654321')
  await page.getByTestId('station-save').click()
  // The check character does not match: refused until confirmed.
  await expect(page.getByTestId('station-form')).toContainText('仍然保存')
  await page.screenshot({ path: test.info().outputPath('station-form.png'), fullPage: true })
  await page.getByTestId('station-code-confirm').check()
  await page.getByTestId('station-save').click()
  await expect(page.getByTestId('station-title')).toHaveText('城关百货消费维权服务站')
  await expect(page.getByTestId('station-detail')).toContainText('91350100M000100Y44（校验位不符，已确认）')
  await openArea(page, '服务站')
  await expect(page.getByTestId('station-table')).toContainText(`${YEAR}-FW-0001`)
  await page.screenshot({ path: test.info().outputPath('station-list.png') })
})
