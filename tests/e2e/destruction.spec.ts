import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, openArea, signIn, signInFirstTime, test, type Host } from './fixtures'
import { clerkSignedIn, OWN, reg, registerByApi, TEMP, YEAR } from './seizure-helpers'
import { plainText, readDocx } from '../support/docx-read'

// 销毁管理 from end to end: two seizures with confiscations → a clerk makes a batch from both (picked in the
// stock list, and by register number typed into the scan box) → the clerk cannot approve → an approver
// approves → the clerk executes with one line short → the seizures show what was destroyed → the four
// documents download and read back.

/** The office's today, read when used: a run may cross midnight in Asia/Shanghai. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())
const BATCH_NO = `${YEAR}-XH-001`

/** 没收 of a whole line (or `qtyMilli` of it), through the API as the clerk signed in on the page. */
async function confiscate(page: Page, host: Host, seizure: { id: string; version: number }, itemId: string, qtyMilli: number, docNo: string) {
  const r = await host.api(page.request, 'seizures.outcome.add', {
    id: seizure.id,
    version: seizure.version,
    itemId,
    kind: 'confiscation',
    qtyMilli,
    date: today(),
    docNo,
    receivingUnit: '',
    note: '',
  })
  expect(r.status, JSON.stringify(r.body)).toBe(200)
  return (r.body as { data: { id: string; version: number } }).data
}

async function switchUser(page: Page, host: Host, to: () => Promise<void>) {
  await host.api(page.request, 'auth.logout', {})
  // A fresh load: going to the same address with another #route would keep the old user's window.
  await page.goto('about:blank')
  await to()
}

test('a destruction batch from two seizures: picked and scanned, approved, executed one line short, documents read back', async ({ page, host, request }) => {
  test.setTimeout(240_000)
  await clerkSignedIn(page, host, request)
  expect((await host.api(request, 'accounts.create', { login: 'wangpi', name: '王批', roles: ['approver'], password: TEMP })).status).toBe(200)

  // Two seizures: A (运动鞋, 白酒 confiscated; 茶叶 still held) and B (洗发水, all confiscated).
  const a = await registerByApi(page, host)
  const b = await registerByApi(page, host, {
    decisionNo: '清市监强制〔2026〕13号',
    party: { type: 'enterprise', name: '清溪县百货批发部', idNo: '91350100M000200Y4T', address: '清溪县城关镇解放路6号' },
    items: [{ name: '洗发水', brand: '海飞丝', spec: '400ml/瓶', category: 'daily_goods', qtyMilli: 50_000, unit: '瓶', weightG: 25_000, valueFen: 150_000 }],
  })
  const sa = await confiscate(page, host, a, a.items[0]!.id, 120_000, '清市监处罚〔2026〕5号')
  await confiscate(page, host, sa, a.items[1]!.id, 24_000, '清市监处罚〔2026〕5号')
  await confiscate(page, host, b, b.items[0]!.id, 50_000, '清市监处罚〔2026〕6号')

  // 待销毁物品: the three confiscated lines with totals.
  await page.reload()
  await openArea(page, '销毁管理')
  const stock = page.getByTestId('stock-table')
  await expect(stock.locator('tbody tr.ant-table-row')).toHaveCount(3)
  await expect(page.getByTestId('stock-totals')).toContainText('行数 3')
  await expect(page.getByTestId('stock-totals')).toContainText('120双、74瓶')
  await page.screenshot({ path: test.info().outputPath('destruction-stock.png'), fullPage: true })

  // Seizure A's two lines picked in the list; 白酒 in part (20 of 24 瓶).
  await stock.locator('tr', { hasText: '运动鞋' }).locator('input[type=checkbox]').check()
  await stock.locator('tr', { hasText: '白酒' }).locator('input[type=checkbox]').check()
  await expect(page.getByTestId('stock-selected')).toContainText('已选 2 行')
  await page.getByTestId('stock-add-to-batch').click()
  const dialog = page.getByTestId('add-to-batch-dialog')
  await expect(dialog).toContainText('新建销毁批次')
  await page.getByTestId(`add-qty-${reg(1)}-2`).fill('20')
  await page.getByTestId('add-to-batch-submit').click()

  // The new batch's facts. A witness who is also an executing officer is refused at the witness's name.
  await expect(page.getByTestId('batch-new-picked')).toContainText('2 行')
  await page.getByTestId('batch-place').fill('清溪县生活垃圾焚烧发电厂')
  await page.getByTestId('batch-method').click()
  await page.getByTitle('焚烧').click()
  await page.getByTestId('batch-campaign').fill(`${YEAR}年"3·15"集中销毁活动`)
  await page.getByTestId('officer-0-name').locator('input').fill('张执法')
  await page.getByTestId('officer-0-cert').fill('35010012345')
  await page.getByTestId('officer-1-name').locator('input').fill('李执法')
  await page.getByTestId('officer-1-cert').fill('35010012346')
  await page.getByTestId('supervisor-add').click()
  await page.getByTestId('supervisor-0-name').fill('陈纪检')
  await page.getByTestId('supervisor-0-office').locator('input').fill('纪检监察')
  await page.getByTestId('witness-add').click()
  await page.getByTestId('witness-0-name').fill('张执法')
  await page.getByTestId('witness-0-unit').fill('清溪县人大常委会')
  await page.getByTestId('witness-0-capacity').click()
  await page.getByTitle('人大代表').click()
  await page.getByTestId('batch-environment').fill('焚烧厂烟气处理达标排放，现场配备灭火器材。')
  await page.getByTestId('batch-save').click()
  await expect(page.getByText('见证人“张执法”同时是执行人员')).toBeVisible()
  await page.getByTestId('witness-0-name').fill('刘代表')
  await page.getByTestId('batch-save').click()

  // The batch page: A's two lines; B comes in by its register number typed into the scan box and Enter.
  await expect(page.getByTestId('batch-no')).toHaveText(BATCH_NO)
  await expect(page.getByTestId('batch-status')).toHaveText('草稿')
  const lines = page.getByTestId('batch-lines')
  await expect(lines.locator('tbody tr.ant-table-row')).toHaveCount(2)
  const scan = page.getByTestId('batch-scan')
  await scan.click()
  await page.keyboard.type(reg(2))
  await page.keyboard.press('Enter')
  await expect(lines.locator('tbody tr.ant-table-row')).toHaveCount(3)
  await expect(scan).toHaveValue('')
  await expect(scan).toBeFocused()
  await expect(lines).toContainText('洗发水')
  await expect(page.getByTestId('batch-planned-totals-lines')).toHaveText('3')
  await expect(page.getByTestId('batch-planned-totals-units')).toHaveText('120双、70瓶')
  const batchUrl = page.url()

  // Submitted by the clerk, who has no 批准 button.
  await page.getByTestId('batch-submit').click()
  await page.getByTestId('batch-submit-submit').click()
  await expect(page.getByTestId('batch-status')).toHaveText('待审批')
  await expect(page.getByTestId('batch-approve')).toHaveCount(0)
  await expect(page.getByTestId('batch-waiting')).toBeVisible()

  // The approver finds it on the 工作台 and approves.
  await switchUser(page, host, () => signInFirstTime(page, host, 'wangpi', TEMP, 'Wangpi-2026'))
  await page.getByTestId(`workbench-awaiting-${BATCH_NO}`).click()
  await expect(page.getByTestId('batch-no')).toHaveText(BATCH_NO)
  await expect(page.getByTestId('batch-execute')).toHaveCount(0)
  await page.getByTestId('batch-approve').click()
  await page.getByTestId('batch-opinion').fill('同意按计划销毁。')
  await page.getByTestId('batch-approve-submit').click()
  await expect(page.getByTestId('batch-status')).toHaveText('已批准')

  // Back as the clerk: executed with 运动鞋 two pairs short, which needs a reason.
  // The 工作台 lists it as approved, not yet carried out.
  await switchUser(page, host, () => signIn(page, host, 'zhaolu', OWN))
  await page.getByTestId(`workbench-approved-${BATCH_NO}`).click()
  await expect(page).toHaveURL(batchUrl)
  await expect(page.getByTestId('batch-status')).toHaveText('已批准')
  await page.getByTestId('batch-execute').click()
  const exec = page.getByTestId('batch-execute-dialog')
  await expect(exec).toContainText('运动鞋')
  const shoeRow = exec.locator('tr', { hasText: '运动鞋' })
  await shoeRow.locator('[data-testid^="execute-qty-"]').fill('118')
  await page.getByTestId('batch-execute-submit').click()
  await expect(exec).toContainText('与计划数量不符，请写明原因')
  await shoeRow.locator('[data-testid^="execute-reason-"]').fill('2双鞋底已霉变，另行处理')
  await page.getByTestId('batch-execute-submit').click()
  await expect(page.getByTestId('batch-status')).toHaveText('已销毁')
  await expect(lines).toContainText('118双')
  await expect(lines).toContainText('2双鞋底已霉变')
  await expect(page.getByTestId('batch-destroyed-totals-units')).toHaveText('118双、70瓶')
  await expect(page.getByTestId('batch-steps')).toContainText('登记销毁')
  await expect(page.getByTestId('batch-save')).toHaveCount(0)
  await expect(page.getByTestId('batch-scan')).toHaveCount(0)

  // The four documents: previewed, then downloaded and read back.
  // The page scrolls inside the shell: a tall window shows the whole batch in one screenshot.
  await page.setViewportSize({ width: 1280, height: 2400 })
  await page.getByTestId('batch-no').scrollIntoViewIfNeeded()
  await page.screenshot({ path: test.info().outputPath('destruction-batch.png') })
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.getByTestId('doc-preview-destruction_list').click()
  await expect(page.getByTestId('document-preview').locator('section').first()).toBeVisible({ timeout: 20_000 })
  await page.getByTestId('document-preview').scrollIntoViewIfNeeded()
  await page.screenshot({ path: test.info().outputPath('destruction-list-preview.png') })
  const texts: Record<string, string> = {}
  for (const kind of ['destruction_notice', 'destruction_list', 'destruction_record', 'destruction_approval']) {
    const download = page.waitForEvent('download')
    await page.getByTestId(`doc-issue-${kind}`).click()
    const file = await download
    expect(file.suggestedFilename()).toMatch(/\.docx$/)
    const parts = readDocx(readFileSync(await file.path()))
    texts[kind] = plainText(parts['word/document.xml'] ?? '')
  }
  expect(texts.destruction_notice).toContain('清溪县生活垃圾焚烧发电厂')
  expect(texts.destruction_list).toContain('运动鞋')
  expect(texts.destruction_list).toContain('洗发水')
  expect(texts.destruction_record).toContain('刘代表')
  expect(texts.destruction_approval).toContain('同意按计划销毁。')

  // The seizures: what was destroyed, the batch holding their lines, what is left to destroy.
  await page.goto(`${host.url}#/seizures/${a.id}`)
  await expect(page.getByTestId('item-destroyed-1')).toHaveText('118')
  await expect(page.getByTestId('item-destroyed-2')).toHaveText('20')
  await expect(page.getByTestId('seizure-destructions')).toContainText(BATCH_NO)
  await expect(page.getByTestId('seizure-destructions')).toContainText('已销毁 118双')
  // 2 双 short and 4 瓶 never planned are still confiscated stock.
  await expect(page.getByTestId('seizure-add-to-batch')).toContainText('2行待销毁')
  await page.goto(`${host.url}#/seizures/${b.id}`)
  await expect(page.getByTestId('item-destroyed-1')).toHaveText('50')
  await expect(page.getByTestId('seizure-status')).toHaveText('已处置')
  await expect(page.getByTestId('seizure-add-to-batch')).toHaveCount(0)
})
