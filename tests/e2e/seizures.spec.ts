import { readFileSync } from 'node:fs'
import { expect, openArea, test } from './fixtures'
import { clerkSignedIn, fillHeader, png, reg, registerByApi, typeLine } from './seizure-helpers'
import { plainText, readDocx } from '../support/docx-read'

test('a clerk registers a seizure with three lines by keyboard and attaches a photo', async ({ page, host, request }) => {
  await clerkSignedIn(page, host, request)
  // A storage location to choose in the grid.
  const wh = await host.api(page.request, 'storage.create', { name: '一号仓库' })
  expect(wh.status).toBe(200)

  await openArea(page, '查扣登记')
  await page.getByTestId('seizure-new').click()
  await expect(page.getByRole('heading', { name: '新建查扣登记' })).toBeVisible()

  // 决定信息: the year typed in square brackets becomes 〔2026〕 as it is typed.
  await fillHeader(page, '清市监强制[2026]12号', '清溪县东方商行有限公司')
  await expect(page.getByTestId('seizure-decision-no')).toHaveValue('清市监强制〔2026〕12号')
  // A credit code whose check character is wrong: warned, and saved only once confirmed.
  await page.getByTestId('party-id').fill('91350100M000100Y44')
  await expect(page.getByText('统一社会信用代码的校验位与计算结果不符')).toBeVisible()
  await page.getByTestId('party-id').fill('91350100M000100Y43')
  await expect(page.getByText('统一社会信用代码的校验位与计算结果不符')).toHaveCount(0)
  await page.getByTestId('party-address').fill('清溪县城关镇人民路88号')

  // Three lines, keyboard only: Enter moves on, and Enter in the last cell starts the next line.
  await page.getByTestId('item-0-name').click()
  await typeLine(page, ['运动鞋', 'NIKE', '42码', '服装', '120', '双', '96', '36000', '', ''])
  await typeLine(page, ['白酒', '茅台', '500ml/瓶', '烟酒', '24', '瓶', '', '24000', '一号', ''])
  await typeLine(page, ['西湖龙井茶叶', '西湖龙井', '散装', '食品', '12.5', '千克', '12.5', '', '', ''])
  await expect(page.getByTestId('item-total-lines')).toContainText('3')
  await expect(page.getByTestId('item-total-value')).toContainText('60,000.00')
  await page.screenshot({ path: test.info().outputPath('seizure-form.png'), fullPage: true })
  await page.getByTestId('seizure-save').click()

  // The record: register number, three lines with what remains, term.
  await expect(page.getByTestId('seizure-register-no')).toContainText(reg(1))
  await expect(page.getByTestId('seizure-status')).toHaveText('在扣')
  const items = page.getByTestId('seizure-items')
  await expect(items).toContainText('运动鞋')
  await expect(items).toContainText('一号仓库')
  await expect(page.getByTestId('item-remaining-1')).toHaveText('120双')
  await expect(page.getByTestId('item-remaining-3')).toHaveText('12.5千克')
  await expect(page.getByTestId('seizure-term')).toContainText('剩 30 天')

  // A photo of the goods on the whole record.
  await page.getByTestId('attachment-add').setInputFiles({ name: '现场照片.png', mimeType: 'image/png', buffer: png(64, 48) })
  await expect(page.getByTestId('attachment-thumb-0')).toBeVisible()
  await expect(page.getByTestId('attachment-thumb-0').locator('img')).toHaveAttribute('src', /^data:image\/jpeg;base64,/)
  await page.getByTestId('attachment-thumb-0').click()
  await expect(page.getByTestId('attachment-viewer').locator('img')).toBeVisible()
  await page.keyboard.press('Escape')
  await page.screenshot({ path: test.info().outputPath('seizure-detail.png'), fullPage: true })
})

test('a clerk finds a seizure by two characters, confiscates part of a line, is refused more than remains, and prints the 清单', async ({ page, host, request }) => {
  await clerkSignedIn(page, host, request)
  await registerByApi(page, host)
  // A second record without tea: a search that took effect shows one and hides the other.
  await registerByApi(page, host, {
    decisionNo: '清市监强制〔2026〕13号',
    party: { type: 'enterprise', name: '清溪县西街鞋店', idNo: '' },
    items: [{ name: '运动鞋', brand: 'ADIDAS', category: 'apparel', qtyMilli: 30_000, unit: '双' }],
  })

  // Found from the list by two characters of an item name, typed one after another as a clerk would.
  await openArea(page, '查扣登记')
  await expect(page.getByTestId(`seizure-row-${reg(2)}`)).toBeVisible()
  const search = page.getByTestId('seizure-search').locator('input')
  await search.fill('茶叶')
  await search.press('Enter')
  await expect(page.getByTestId(`seizure-row-${reg(2)}`)).toHaveCount(0)
  await expect(page.getByTestId(`seizure-row-${reg(1)}`)).toBeVisible()
  await search.fill('鳄鱼')
  await search.press('Enter')
  await expect(page.getByTestId(`seizure-row-${reg(1)}`)).toHaveCount(0)
  await expect(search).toHaveValue('鳄鱼')
  await search.fill('龙井')
  await search.press('Enter')
  await expect(page.getByTestId(`seizure-row-${reg(1)}`)).toBeVisible()
  await expect(page.getByTestId(`seizure-row-${reg(2)}`)).toHaveCount(0)
  await page.screenshot({ path: test.info().outputPath('seizure-list.png') })
  await page.getByTestId(`seizure-row-${reg(1)}`).click()

  // Partial confiscation: 100 of the 120 pairs.
  await expect(page.getByTestId('seizure-status')).toHaveText('在扣')
  await page.getByTestId('outcome-add-1').click()
  const dialog = page.getByTestId('outcome-dialog')
  await dialog.getByTestId('outcome-kind-confiscation').click()
  await dialog.getByTestId('outcome-qty').fill('100')
  await dialog.getByTestId('outcome-docno').fill('清市监罚〔2026〕5号')
  await page.screenshot({ path: test.info().outputPath('outcome-dialog.png') })
  await dialog.getByTestId('outcome-submit').click()
  await expect(page.getByTestId('item-remaining-1')).toHaveText('20双')
  await expect(page.getByTestId('seizure-status')).toHaveText('部分处置')
  await expect(page.getByTestId('seizure-outcomes')).toContainText('没收')

  // More than remains is refused, in Chinese, and nothing changes.
  await page.getByTestId('outcome-add-1').click()
  await dialog.getByTestId('outcome-qty').fill('21')
  await dialog.getByTestId('outcome-docno').fill('清市监罚〔2026〕6号')
  await dialog.getByTestId('outcome-submit').click()
  await expect(dialog).toContainText('剩余')
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await expect(page.getByTestId('item-remaining-1')).toHaveText('20双')
  await expect(page.getByTestId('seizure-outcomes')).not.toContainText('清市监罚〔2026〕6号')

  // 打印清单: the .docx names the party and every line.
  const downloading = page.waitForEvent('download')
  await page.getByTestId('seizure-inventory').click()
  const download = await downloading
  const file = test.info().outputPath('inventory.docx')
  await download.saveAs(file)
  expect(download.suggestedFilename()).toMatch(/扣押物品清单.*\.docx$/)
  const text = plainText(readDocx(readFileSync(file))['word/document.xml']!)
  expect(text).toContain('扣押物品清单')
  expect(text).toContain('清溪县东方商行有限公司')
  for (const name of ['运动鞋', '白酒', '西湖龙井茶叶']) expect(text).toContain(name)
  expect(text).toContain('12.5')
  expect(text).toContain('张执法')
})

test('rows pasted from Excel, a correction shown line by line in 修改记录, overdue flags, and voiding with a reason', async ({ page, host, request }) => {
  await clerkSignedIn(page, host, request)
  // An older seizure, decided 2026-09-01 with nothing decided since: overdue on 2026-10-01.
  const old = await host.api(page.request, 'seizures.create', {
    kind: 'sealing',
    decisionNo: '清市监强制〔2026〕3号',
    decisionDate: '2026-09-01',
    place: '清溪县南山镇',
    source: 'inspection',
    unit: '南山市场监督管理所',
    officers: [{ name: '张执法', certNo: '35010012345' }, { name: '李执法', certNo: '35010012346' }],
    party: { type: 'natural_person', name: '王小明', idNo: '11010519491231002X' },
    items: [{ name: '儿童玩具', category: 'children', qtyMilli: 50_000, unit: '盒' }],
  })
  expect(old.status).toBe(200)
  await openArea(page, '查扣登记')
  await expect(page.getByTestId(`seizure-row-${reg(1)}`)).toContainText('已超期')
  await expect(page.getByTestId('overdue-badge')).toContainText('1')
  await openArea(page, '工作台')
  await expect(page.getByTestId('workbench-seizures')).toContainText('1 条查扣记录已超过期限')
  await expect(page.getByTestId('workbench-seizures')).toContainText(reg(1))
  await openArea(page, '查扣登记')

  // Rows copied from a spreadsheet (with its header row) land in the grid.
  await page.getByTestId('seizure-new').click()
  await fillHeader(page, '清市监强制〔2026〕20号', '清溪县美丽化妆品店')
  await page.getByTestId('item-0-name').click()
  const table = '品名\t品牌/涉嫌侵权商标\t规格型号\t类别\t数量\t单位\r\n口红\t迪奥\t3.5g\t化妆品\t50\t支\r\n香水\t香奈儿\t100ml\t化妆品\t12\t瓶\r\n'
  // What the browser fires on Ctrl+V (the test has no system clipboard), written as page script.
  await page.evaluate(`(() => {
    const data = new DataTransfer()
    data.setData('text/plain', ${JSON.stringify(table)})
    document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  })()`)
  await expect(page.getByTestId('item-0-name')).toHaveValue('口红')
  await expect(page.getByTestId('item-1-qty')).toHaveValue('12')
  await expect(page.getByTestId('item-1-category')).toContainText('化妆品')
  await page.screenshot({ path: test.info().outputPath('pasted.png') })
  await page.getByTestId('seizure-save').click()
  await expect(page.getByTestId('seizure-register-no')).toContainText(reg(2))

  // 更正: 12 → 10 bottles, audited for that line.
  await page.getByTestId('seizure-edit').click()
  await expect(page.getByRole('heading', { name: `更正查扣登记 ${reg(2)}` })).toBeVisible()
  await page.getByTestId('item-1-qty').fill('10')
  await page.getByTestId('seizure-save').click()
  await expect(page.getByTestId('item-remaining-2')).toHaveText('10瓶')
  await page.getByRole('button', { name: '修改记录' }).click()
  const history = page.getByTestId('record-history')
  await expect(history).toContainText('第2行 数量')
  await expect(history.locator('.history-entry').first()).toContainText('12')
  await expect(history.locator('.history-entry').first()).toContainText('10')
  await page.screenshot({ path: test.info().outputPath('history.png') })
  await page.keyboard.press('Escape')

  // 作废 with a reason: the record stays, marked, and leaves the list unless asked for.
  await page.getByTestId('seizure-void').click()
  await page.getByTestId('void-seizure-dialog-reason').fill('与2026-0001重复登记')
  await page.getByTestId('void-seizure-dialog-submit').click()
  await expect(page.getByTestId('seizure-voided')).toContainText('与2026-0001重复登记')
  await openArea(page, '查扣登记')
  await expect(page.getByTestId(`seizure-row-${reg(2)}`)).toHaveCount(0)
  await page.getByTestId('seizure-filter-voided').click()
  await expect(page.getByTestId(`seizure-row-${reg(2)}`)).toContainText('已作废')
})
