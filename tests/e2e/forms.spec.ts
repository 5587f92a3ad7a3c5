import type { Page } from '@playwright/test'
import { ADMIN, expect, openArea, signInFirstTime, signedInAt, test, type Host } from './fixtures'
import { clerkSignedIn, fillHeader, reg, registerByApi, typeLine } from './seizure-helpers'

// The shared form pieces as a clerk meets them (issue 12): dates as typed, drafts, the leave guard, refusals that
// change nothing and say exactly what is wrong.

const count = async (host: Host, page: Page) => ((await host.api(page.request, 'seizures.list', { includeVoided: true })).body as { data: { total: number } }).data.total

async function newSeizureForm(page: Page) {
  await openArea(page, '查扣登记')
  await page.getByTestId('seizure-new').click()
  await expect(page.getByRole('heading', { name: '新建查扣登记' })).toBeVisible()
}

test('a typed date is read as the clerk wrote it, or refused under its field — never saved as another day', async ({ page, host, request }) => {
  await clerkSignedIn(page, host, request)
  await newSeizureForm(page)
  // The new form starts in its first field to type.
  await expect(page.getByTestId('seizure-decision-no')).toBeFocused()
  const date = page.getByTestId('seizure-decision-date')
  const typings: [string, string][] = [
    ['2026/11/18', '2026-11-18'],
    ['20261117', '2026-11-17'],
    ['2026.11.16', '2026-11-16'],
    ['2026年11月15日', '2026-11-15'],
    ['2026-11-4', '2026-11-04'],
    ['２０２６－１１－１３', '2026-11-13'],
  ]
  for (const [typed, read] of typings) {
    await date.fill(typed)
    await date.press('Tab')
    await expect(date).toHaveValue(read)
  }
  const dateItem = page.locator('.ant-form-item').filter({ has: date })
  await date.fill('11/18')
  await date.press('Tab')
  await expect(dateItem).toContainText('无法识别的日期“11/18”，请按 2026-11-18 的格式填写')
  await expect(date).toHaveValue('11/18')

  // The rest of the form filled; the save is refused at the date, brought into view with the cursor in it.
  await fillHeader(page, '清市监强制〔2026〕40号', '清溪县东门五金店')
  await page.getByTestId('item-0-name').click()
  await typeLine(page, ['电线', '', '', '电子', '100', '米'])
  await page.getByTestId('seizure-notes').press('Control+s')
  await expect(page.getByTestId('seizure-form-error')).toHaveText('请先改正标红的项目')
  await expect(date).toBeFocused()
  await expect(date).toBeInViewport()
  await page.screenshot({ path: test.info().outputPath('date-refused.png') })
  expect(await count(host, page)).toBe(0)

  // Corrected and saved straight away (no Tab first): saved as exactly that day, its term from that day.
  await date.fill('2026/11/18')
  await expect(page.getByTestId('seizure-form-error')).toHaveCount(0)
  await date.press('Control+s')
  await expect(page.getByTestId('seizure-register-no')).toContainText(reg(1))
  await expect(page.getByTestId('seizure-term')).toContainText('2026-12-18')

  // A dialog's date reads the same ways.
  await page.getByTestId('outcome-add-1').click()
  const dialog = page.getByTestId('outcome-dialog')
  await dialog.getByTestId('outcome-kind-release').click()
  await dialog.getByTestId('outcome-qty').fill('10')
  await dialog.getByTestId('outcome-date').fill('2026年11月20日')
  await dialog.getByTestId('outcome-docno').fill('清市监解强［２０２６］３号')
  await expect(dialog.getByTestId('outcome-docno')).toHaveValue('清市监解强〔2026〕3号')
  await dialog.getByTestId('outcome-submit').click()
  await expect(dialog).toHaveCount(0)
  await expect(page.getByTestId('seizure-outcomes')).toContainText('2026-11-20')
  await expect(page.getByTestId('seizure-outcomes')).toContainText('清市监解强〔2026〕3号')
})

test('leaving a changed form asks first, and a new record’s draft comes back after a reload until it is saved', async ({ page, host, request }) => {
  await clerkSignedIn(page, host, request)
  await newSeizureForm(page)
  await page.getByTestId('party-name').fill('清溪县西门茶庄')
  await page.getByTestId('item-0-name').click()
  await typeLine(page, ['散装茶叶', '', '', '食品', '8', '千克'])

  // Another menu item: asked; 留在本页 keeps everything.
  await openArea(page, '工作台')
  const ask = page.getByRole('dialog').filter({ hasText: '有未保存的内容，确定离开吗？' })
  await expect(ask).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('leave-question.png') })
  await ask.getByRole('button', { name: '留在本页' }).click()
  await expect(page.getByTestId('party-name')).toHaveValue('清溪县西门茶庄')

  // F5: the browser asks too; after the reload the draft is offered and restored.
  const asked = new Promise<string>((resolve) => page.once('dialog', (d) => void d.accept().then(() => resolve(d.type()))))
  await page.reload()
  expect(await asked).toBe('beforeunload')
  await expect(page.getByTestId('draft-offer')).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('draft-offer.png') })
  await page.getByTestId('draft-restore').click()
  await expect(page.getByTestId('party-name')).toHaveValue('清溪县西门茶庄')
  await expect(page.getByTestId('item-0-name')).toHaveValue('散装茶叶')
  await expect(page.getByTestId('item-0-qty')).toHaveValue('8')

  // 取消 asks as well; 离开 goes, and the draft is still there for next time.
  await page.getByTestId('seizure-cancel').click()
  await ask.getByRole('button', { name: '离开' }).click()
  await expect(page.getByTestId('seizure-new')).toBeVisible()
  await page.getByTestId('seizure-new').click()
  await page.getByTestId('draft-restore').click()

  // Saved: the draft is gone for good.
  await fillHeader(page, '清市监强制〔2026〕41号', '清溪县西门茶庄')
  await page.getByTestId('seizure-save').click()
  await expect(page.getByTestId('seizure-register-no')).toContainText(reg(1))
  await openArea(page, '查扣登记')
  await page.getByTestId('seizure-new').click()
  await expect(page.getByRole('heading', { name: '新建查扣登记' })).toBeVisible()
  await expect(page.getByTestId('draft-offer')).toHaveCount(0)
})

test('a correction cannot delete a line with outcomes, a refused save changes nothing on screen, and 更正原因 shows in 修改记录', async ({ page, host, request }) => {
  await clerkSignedIn(page, host, request)
  const s = await registerByApi(page, host)
  const outcome = await host.api(page.request, 'seizures.outcome.add', {
    id: s.id,
    version: s.version,
    itemId: s.items[0]!.id,
    kind: 'confiscation',
    qtyMilli: 100_000,
    date: new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()),
    docNo: '清市监罚〔2026〕5号',
    receivingUnit: '',
    note: '',
  })
  expect(outcome.status).toBe(200)
  await page.goto(`${host.url}#/seizures/${s.id}/edit`)
  await expect(page.getByRole('heading', { name: `更正查扣登记 ${reg(1)}` })).toBeVisible()
  // Line 1 has outcomes: a lock instead of a delete button; line 2 can go.
  await expect(page.getByTestId('item-0-remove')).toHaveCount(0)
  await page.getByTestId('item-0-locked').hover()
  await expect(page.getByRole('tooltip')).toContainText('此行已有处置记录，不能删除')
  await expect(page.getByTestId('item-1-remove')).toBeVisible()

  // Below what was confiscated: refused under the cell, and every line stays as typed.
  await page.getByTestId('item-0-qty').fill('50')
  await page.getByTestId('item-2-qty').fill('10')
  await page.getByTestId('seizure-save').click()
  await expect(page.getByTestId('seizure-form-error')).toContainText('数量不能少于已处置的 100双')
  await expect(page.getByTestId('item-0-qty')).toHaveClass(/ant-input-status-error/)
  await expect(page.getByTestId('item-0-qty')).toHaveValue('50')
  await expect(page.getByTestId('item-2-qty')).toHaveValue('10')
  await expect(page.getByTestId('item-1-name')).toHaveValue('白酒')
  await page.screenshot({ path: test.info().outputPath('correction-refused.png'), fullPage: true })

  // Put right, with a reason: saved, and the reason is in the record's history.
  await page.getByTestId('item-0-qty').fill('120')
  await page.getByTestId('seizure-correction-reason').fill('茶叶重量按复秤结果更正')
  await page.getByTestId('seizure-save').click()
  await expect(page.getByTestId('item-remaining-3')).toHaveText('10千克')
  await page.getByRole('button', { name: '修改记录' }).click()
  await expect(page.getByTestId('record-history').locator('.history-entry').first()).toContainText('茶叶重量按复秤结果更正')
})

test('numbers out of range are refused under the field with the range, and nothing is saved', async ({ page, host, request }) => {
  await signedInAt(page, host, request, '设置')
  await page.getByRole('tab', { name: '安全设置' }).click()
  const idle = page.getByTestId('security-idleMinutes')
  const item = page.locator('.ant-form-item').filter({ has: idle })
  await idle.fill('1000')
  await page.getByRole('button', { name: '保存安全设置' }).click()
  await expect(item).toContainText('空闲自动退出（分钟）应在 1–480 之间，填了 1000')
  await expect(idle).toHaveValue('1000')
  await expect(idle).toBeFocused()
  await idle.fill('abc')
  await page.getByRole('button', { name: '保存安全设置' }).click()
  await expect(item).toContainText('空闲自动退出（分钟）应为整数，可填 1–480')
  await page.screenshot({ path: test.info().outputPath('range-refused.png') })
  expect((await host.api(request, 'settings.security.get', {})).body).toMatchObject({ data: { idleMinutes: 30, version: 1 } })
  // Full-width digits are a number like any other.
  await idle.fill('４５')
  await page.getByRole('button', { name: '保存安全设置' }).click()
  await expect(page.getByText('安全设置已保存')).toBeVisible()
  expect((await host.api(request, 'settings.security.get', {})).body).toMatchObject({ data: { idleMinutes: 45, version: 2 } })
})

test('a refused save brings the field into view with its message; 返回列表 after registering opens the list as it was filtered', async ({ page, host, request }) => {
  await clerkSignedIn(page, host, request)
  await registerByApi(page, host)
  // The list as the clerk left it: a search.
  await openArea(page, '查扣登记')
  await page.getByTestId('seizure-search').locator('input').fill('茶叶')
  await page.getByTestId('seizure-search').locator('input').press('Enter')
  await expect(page).toHaveURL(/q=%E8%8C%B6%E5%8F%B6/)
  await page.getByTestId('seizure-new').click()

  // The same 决定书文号 again: core refuses it; the field is scrolled to and focused, its message under it.
  await fillHeader(page, '清市监强制〔2026〕12号', '清溪县东方商行二店')
  await page.getByTestId('item-0-name').click()
  await typeLine(page, ['茶叶礼盒', '', '', '食品', '3', '盒'])
  await page.getByTestId('seizure-notes').press('Control+s')
  const decisionNo = page.getByTestId('seizure-decision-no')
  await expect(page.locator('.ant-form-item').filter({ has: decisionNo })).toContainText(`该决定书文号已登记（登记号 ${reg(1)}）`)
  await expect(decisionNo).toBeFocused()
  await expect(decisionNo).toBeInViewport()
  await decisionNo.fill('清市监强制〔2026〕13号')
  await page.getByTestId('seizure-save').click()
  await expect(page.getByTestId('seizure-register-no')).toContainText(reg(2))

  // 返回列表: the list with the clerk's search, not back in history to a blank form.
  await page.getByTestId('seizure-back').click()
  await expect(page).toHaveURL(/#\/seizures\?.*q=%E8%8C%B6%E5%8F%B6/)
  await expect(page.getByTestId('seizure-search').locator('input')).toHaveValue('茶叶')
  await expect(page.getByTestId(`seizure-row-${reg(2)}`)).toBeVisible()
})

test('after a sign-in the next user lands on 工作台 and the same user where they were; the login counts down tries and Tab skips the eye', async ({ page, host, request }) => {
  await signedInAt(page, host, request, '设置')
  expect((await host.api(request, 'accounts.create', { login: 'zhaolu', name: '赵录', roles: ['clerk'], password: 'Linshi-2026' })).status).toBe(200)
  await page.getByRole('tab', { name: '账号管理' }).click()
  await expect(page).toHaveURL(/#\/settings\/accounts$/)
  await page.getByRole('button', { name: '退出登录' }).click()

  // Wrong passwords: the field is emptied with the cursor in it; from the third the tries left are named.
  const password = page.getByLabel('密码')
  await page.getByLabel('登录名').fill(ADMIN.login)
  for (const left of [null, null, 2]) {
    await password.fill('wrong-password')
    await password.press('Enter')
    const refusal = page.getByTestId('login-error')
    await expect(refusal).toContainText(left === null ? /^登录名或密码不正确$/ : `再输错 ${left} 次，账号将锁定 15 分钟`)
    await expect(password).toHaveValue('')
    await expect(password).toBeFocused()
  }
  await page.screenshot({ path: test.info().outputPath('login-tries-left.png') })
  // Tab goes from the password to the button, not to the show-password eye.
  await password.press('Tab')
  await expect(page.getByRole('button', { name: '登录' })).toBeFocused()

  // The same admin again: back on their page.
  await password.fill(ADMIN.password)
  await password.press('Enter')
  await expect(page).toHaveURL(/#\/settings\/accounts$/)
  await expect(page.getByTestId('accounts-table')).toBeVisible()

  // A clerk after the admin: 工作台, not the admin's page (无权访问).
  await page.getByRole('button', { name: '退出登录' }).click()
  await page.getByLabel('登录名').fill('zhaolu')
  await password.fill('Linshi-2026')
  await password.press('Enter')
  await page.getByLabel('新密码', { exact: true }).fill('Zhaolu-2026')
  await page.getByLabel('确认新密码').fill('Zhaolu-2026')
  await page.getByRole('button', { name: '修改密码' }).click()
  await expect(page.getByTestId('current-user')).toHaveText('赵录')
  await expect(page).toHaveURL(/#\/$/)
  await expect(page.getByText('无权访问')).toHaveCount(0)
})

test('an approver’s 延长天数 beyond 30 is refused under the field, not cut to 30', async ({ page, host, request, playwright }) => {
  await signedInAt(page, host, request, '工作台')
  for (const [login, name, roles] of [['zhaolu', '赵录', ['clerk']], ['chenling', '陈凌', ['approver']]] as const) {
    expect((await host.api(request, 'accounts.create', { login, name, roles: [...roles], password: 'Linshi-2026' })).status).toBe(200)
  }
  // The clerk registers through the API in a context of their own; the approver uses the page.
  const clerk = await playwright.request.newContext()
  await host.api(clerk, 'auth.login', { login: 'zhaolu', password: 'Linshi-2026' })
  await host.api(clerk, 'auth.changePassword', { current: 'Linshi-2026', next: 'Zhaolu-2026' })
  const { id } = await registerByApi(clerk, host, { decisionNo: '清市监强制〔2026〕50号' })
  await clerk.dispose()
  await page.getByRole('button', { name: '退出登录' }).click()
  await signInFirstTime(page, host, 'chenling', 'Linshi-2026', 'Chenling-2026')
  await page.goto(`${host.url}#/seizures/${id}`)
  await page.getByTestId('seizure-extend').click()
  const dialog = page.getByTestId('extension-dialog')
  const days = dialog.getByTestId('extension-days')
  await expect(days).toBeFocused()
  await days.fill('45')
  await dialog.getByTestId('extension-reason').fill('案情复杂，须经权利人鉴定')
  await dialog.getByTestId('extension-submit').click()
  await expect(dialog).toContainText('延长天数应在 1–30 之间，填了 45')
  await expect(days).toHaveValue('45')
  const record = (await host.api(page.request, 'seizures.get', { id })).body as { data: { extension: unknown } }
  expect(record.data.extension).toBeNull()
})

test('生成文书 takes the same 文号 and date entry, and asks before leaving a filled notice', async ({ page, host, request }) => {
  await signedInAt(page, host, request, '文书')
  const panel = page.getByRole('tabpanel')
  await page.getByRole('tab', { name: '生成文书' }).click()
  const number = panel.getByLabel('文号')
  await number.pressSequentially('某市监[２０２６]12号')
  await expect(number).toHaveValue('某市监〔2026〕12号')
  const date = panel.getByTestId('generate-date')
  const dateItem = panel.locator('.ant-form-item').filter({ has: page.getByTestId('generate-date') })
  await date.fill('11/18')
  await panel.getByRole('button', { name: '预览' }).click()
  await expect(dateItem).toContainText('无法识别的日期“11/18”，请按 2026-11-18 的格式填写')
  await expect(date).toBeFocused()
  await page.screenshot({ path: test.info().outputPath('generate-date-refused.png') })
  await date.fill('2026年11月18日')
  await date.press('Tab')
  await expect(date).toHaveValue('2026-11-18')
  await panel.getByLabel('事项').fill('集中销毁一批假冒伪劣食品')
  await panel.getByLabel('正文').fill('本局定于2026年12月1日进行集中销毁。')
  await panel.getByRole('button', { name: '预览' }).click()
  await expect(panel.getByTestId('document-preview')).toContainText('某市监〔2026〕12号')
  await expect(panel.getByTestId('document-preview')).toContainText('2026年11月18日')

  // A preview keeps nothing: leaving still asks.
  await openArea(page, '工作台')
  const ask = page.getByRole('dialog').filter({ hasText: '有未保存的内容，确定离开吗？' })
  await expect(ask).toBeVisible()
  await ask.getByRole('button', { name: '留在本页' }).click()
  await expect(panel.getByLabel('事项')).toHaveValue('集中销毁一批假冒伪劣食品')
})
