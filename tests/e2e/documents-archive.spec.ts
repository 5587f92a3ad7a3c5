import type { Page } from '@playwright/test'
import { ADMIN, AGENCY, expect, openArea, test } from './fixtures'
import { clerkSignedIn, reg } from './seizure-helpers'
import { localDate } from '../../shared/rules/local-time'

// 文书 → 存档 as the clerk uses it: documents told apart by 文号, 登记号 and 当事人, found by a search box, narrowed
// by kind, day and who made them, and downloaded under a name that says what they are. Records and documents
// are made through the API; the screen is the subject.

const PARTY = '清溪县东方商行有限公司'
const DECISION = '清市监强制〔2026〕12号'
const NOTICE = { 事项: '集中销毁侵权假冒伪劣商品', 正文: '本局定于2026年12月1日集中销毁。', 文号: '清市监〔2026〕7号' }
const NOTICE_TITLE = `${AGENCY.fullName}关于集中销毁侵权假冒伪劣商品的公告`

async function seizureWithList(page: Page, host: Parameters<typeof clerkSignedIn>[1]) {
  const created = await host.api(page.request, 'seizures.create', {
    kind: 'detention',
    decisionNo: DECISION,
    decisionDate: localDate(new Date()),
    place: '清溪县城关镇人民路88号东方商行',
    source: 'inspection',
    unit: '城关市场监督管理所',
    officers: [{ name: '张执法', certNo: '35010012345' }, { name: '李执法', certNo: '35010012346' }],
    party: { type: 'natural_person', name: PARTY, idNo: '11010519491231002X' },
    items: [{ name: '运动鞋', category: 'apparel', qtyMilli: 120_000, unit: '双' }],
  })
  expect(created.status, JSON.stringify(created.body)).toBe(200)
  const id = (created.body as { data: { id: string } }).data.id
  const list = await host.api(page.request, 'seizures.inventory', { id, date: localDate(new Date()) })
  expect(list.status, JSON.stringify(list.body)).toBe(200)
}

test('存档: 文号, 登记号 and 当事人 columns, the search box, and a 清单 downloaded under its own name', async ({ page, host, request }) => {
  await clerkSignedIn(page, host, request)
  await seizureWithList(page, host)
  expect((await host.api(page.request, 'documents.generate', { kind: 'notice', values: NOTICE, date: localDate(new Date()) })).status).toBe(200)
  await openArea(page, '文书')
  await page.getByRole('tab', { name: '存档' }).click()
  const panel = page.getByRole('tabpanel')
  const table = panel.getByTestId('archive-table')
  const listRow = table.getByRole('row', { name: /扣押物品清单/ })
  await expect(listRow).toContainText(DECISION)
  await expect(listRow).toContainText(reg(1))
  await expect(listRow).toContainText(PARTY)
  const noticeRow = table.getByRole('row', { name: new RegExp(NOTICE_TITLE) })
  await expect(noticeRow).toContainText('清市监〔2026〕7号')
  await page.screenshot({ path: test.info().outputPath('archive-columns.png') })

  // The search box finds by 登记号, by part of the party's name, by 文号; a miss says so.
  const search = panel.getByTestId('archive-search').locator('input')
  const rows = table.locator('tbody tr.ant-table-row')
  await search.fill(reg(1))
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText('扣押物品清单')
  await search.fill('东方商行')
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText(PARTY)
  await search.fill('〔2026〕7号')
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText(NOTICE_TITLE)
  await search.fill('没有这份文书')
  await expect(rows).toHaveCount(0)
  await expect(table).toContainText('没有符合条件的文书')
  await search.fill('')
  await expect(rows).toHaveCount(2)

  // The 清单 downloads as what it is: kind, 登记号, party.
  const downloading = page.waitForEvent('download')
  await listRow.getByRole('button', { name: '下载' }).click()
  expect((await downloading).suggestedFilename()).toBe(`扣押物品清单_${reg(1)}_${PARTY}.docx`)
})

test('存档: filtered by kind, by the day made and by who made it', async ({ page, host, request }) => {
  await clerkSignedIn(page, host, request)
  await seizureWithList(page, host)
  // One notice by the admin (the fixture's request is signed in as the admin), so there are two makers.
  expect((await host.api(request, 'documents.generate', { kind: 'notice', values: NOTICE, date: localDate(new Date()) })).status).toBe(200)
  await openArea(page, '文书')
  await page.getByRole('tab', { name: '存档' }).click()
  const panel = page.getByRole('tabpanel')
  const rows = panel.getByTestId('archive-table').locator('tbody tr.ant-table-row')
  await expect(rows).toHaveCount(2)

  const pick = async (testId: string, option: string) => {
    await panel.getByTestId(testId).click()
    await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click()
  }
  await pick('archive-filter-kind', '公告（通用）')
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText(NOTICE_TITLE)
  await panel.getByTestId('archive-filter-kind').hover()
  await panel.getByTestId('archive-filter-kind').locator('.ant-select-clear').click()
  await expect(rows).toHaveCount(2)

  await pick('archive-filter-creator', '赵录')
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText('扣押物品清单')
  await pick('archive-filter-creator', ADMIN.name)
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText(NOTICE_TITLE)
  await panel.getByTestId('archive-filter-creator').hover()
  await panel.getByTestId('archive-filter-creator').locator('.ant-select-clear').click()
  await expect(rows).toHaveCount(2)

  // Days as typed: from tomorrow nothing, from today both.
  const from = panel.getByTestId('archive-filter-dates-from')
  const tomorrow = new Date(Date.parse(`${localDate(new Date())}T12:00:00+08:00`) + 86_400_000).toISOString().slice(0, 10)
  await from.fill(tomorrow.replaceAll('-', '/'))
  await expect(rows).toHaveCount(0)
  await from.fill(localDate(new Date()))
  await expect(rows).toHaveCount(2)
  await page.screenshot({ path: test.info().outputPath('archive-filters.png') })
})
