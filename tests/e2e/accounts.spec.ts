import type { APIRequestContext, Page } from '@playwright/test'
import { ADMIN, expect, logIn, openArea, setUpOffice, signIn, signInFirstTime, signedInAt, test, type Host } from './fixtures'

const TEMP = 'Linshi-2026'
const OWN = 'Lixiao-2026'

/** An account made by the admin through the API (the request context is the admin's). */
async function createAccount(host: Host, request: APIRequestContext, login: string, name: string, roles: ('clerk' | 'legal' | 'approver' | 'admin')[]) {
  const r = await host.api(request, 'accounts.create', { login, name, roles, password: TEMP })
  expect(r.status).toBe(200)
  return (r.body as { data: { id: string } }).data.id
}

const accountRow = (page: Page, login: string) => page.getByTestId('accounts-table').getByRole('row').filter({ hasText: login })

test('admin creates a clerk; the clerk must change the password, cannot reach account management, and is refused an approver-only operation', async ({ page, host, request }) => {
  await signedInAt(page, host, request, '设置')
  await page.getByRole('tab', { name: '账号管理' }).click()
  await page.getByRole('button', { name: '新建账号' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('登录名').fill('lixiao')
  await dialog.getByLabel('姓名').fill('李晓')
  await expect(dialog.getByLabel('录入员')).toBeChecked()
  await dialog.getByLabel('初始密码').fill(TEMP)
  await dialog.getByLabel('确认密码').fill(TEMP)
  await page.screenshot({ path: test.info().outputPath('create-account.png') })
  await dialog.getByRole('button', { name: '创建账号' }).click()
  await expect(page.getByText('账号已创建')).toBeVisible()
  await expect(accountRow(page, 'lixiao')).toContainText('须改密码')
  await expect(accountRow(page, 'lixiao')).toContainText('录入员')
  await page.screenshot({ path: test.info().outputPath('accounts.png') })

  // The clerk signs in with the temporary password and can do nothing before choosing their own. The password
  // just typed is not asked for again.
  await page.getByRole('button', { name: '退出登录' }).click()
  await logIn(page, 'lixiao', TEMP)
  await expect(page.getByText('请修改密码', { exact: true })).toBeVisible()
  const blocked = await host.api(page.request, 'settings.get', {})
  expect(blocked).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN', message: '请先修改密码，然后才能继续使用' } } })
  await expect(page.getByLabel('当前密码')).toHaveCount(0)
  await expect(page.getByLabel('新密码', { exact: true })).toBeFocused()
  // A password every guesser tries first is refused under the field.
  await page.getByLabel('新密码', { exact: true }).fill('12345678')
  await page.getByLabel('确认新密码').fill('12345678')
  await page.getByRole('button', { name: '修改密码' }).click()
  await expect(page.getByText('密码过于常见或简单（如 12345678、password、qwertyui），请换一个')).toBeVisible()
  await page.getByLabel('新密码', { exact: true }).fill(OWN)
  await page.getByLabel('确认新密码').fill(OWN)
  await page.screenshot({ path: test.info().outputPath('forced-change.png') })
  await page.getByRole('button', { name: '修改密码' }).click()
  await expect(page.getByTestId('current-user')).toHaveText('李晓')

  // No account management for a clerk: no tab, and a direct link is refused.
  await openArea(page, '设置')
  await expect(page.getByRole('tab', { name: '机关信息' })).toBeVisible()
  await expect(page.getByRole('tab', { name: '账号管理' })).toHaveCount(0)
  await expect(page.getByRole('tab', { name: '审计日志' })).toHaveCount(0)
  await page.goto(`${host.url}#/settings/accounts`)
  await expect(page.getByText('无权访问')).toBeVisible()
  await expect(page.getByTestId('accounts-table')).toHaveCount(0)
  await page.screenshot({ path: test.info().outputPath('clerk-forbidden.png') })

  // The API refuses too, whatever the page shows: an approver-only operation and an admin-only one.
  const voidDoc = await host.api(page.request, 'documents.archive.void', { id: '0199-none', reason: '试图作废' })
  expect(voidDoc).toMatchObject({ status: 403, body: { ok: false, error: { code: 'FORBIDDEN', message: '您没有执行此操作的权限' } } })
  expect(await host.api(page.request, 'accounts.list', {})).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } })
})

test('a change to an account shows in its 修改记录 with old and new values', async ({ page, host, request }) => {
  await setUpOffice(host, request)
  await createAccount(host, request, 'lixiao', '李晓', ['clerk'])
  await signIn(page, host)
  await openArea(page, '设置')
  await page.getByRole('tab', { name: '账号管理' }).click()

  await accountRow(page, 'lixiao').getByRole('button', { name: '编辑' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('姓名').fill('李晓明')
  await dialog.getByLabel('审核领导').check()
  await dialog.getByRole('button', { name: '保存' }).click()
  await expect(page.getByText('账号已保存')).toBeVisible()
  await expect(accountRow(page, 'lixiao')).toContainText('审核领导')

  await accountRow(page, 'lixiao').getByRole('button', { name: '修改记录' }).click()
  const history = page.getByTestId('record-history')
  await expect(history).toBeVisible()
  const edit = history.locator('.history-entry').first()
  await expect(edit).toContainText('修改')
  await expect(edit).toContainText(`${ADMIN.name}（${ADMIN.login}）`)
  await expect(edit.getByRole('row').filter({ hasText: '姓名' })).toContainText(['李晓', '李晓明'].join(''))
  await expect(edit.getByRole('row').filter({ hasText: '角色' })).toContainText('录入员录入员、审核领导')
  await expect(history.locator('.history-entry').last()).toContainText('新建')
  await page.screenshot({ path: test.info().outputPath('account-history.png') })
})

test('an approver voids an issued document with a reason; it leaves the list but stays in the archive', async ({ page, host, request }) => {
  await setUpOffice(host, request)
  const doc = await host.api(request, 'documents.generate', { kind: 'notice', date: '2026-11-23', values: { 事项: '暂停营业', 正文: '特此公告。' } })
  expect(doc.status).toBe(200)
  await createAccount(host, request, 'chenling', '陈凌', ['approver'])
  await signInFirstTime(page, host, 'chenling', TEMP, OWN)
  await openArea(page, '文书')
  await page.getByRole('tab', { name: '存档' }).click()
  const archive = page.getByTestId('archive-table')
  const row = archive.getByRole('row').filter({ hasText: '暂停营业' })
  await row.getByRole('button', { name: '作废' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('button', { name: '作废' }).click()
  await expect(dialog.getByText('请填写作废原因')).toBeVisible()
  await dialog.getByLabel('作废原因').fill('事项写错，已重新出具')
  await dialog.getByRole('button', { name: '作废' }).click()
  await expect(page.getByText(/^已作废：/)).toBeVisible()
  await expect(archive.getByRole('row').filter({ hasText: '暂停营业' })).toHaveCount(0)

  await page.getByLabel('显示已作废').click()
  await expect(row.getByText('已作废', { exact: true })).toBeVisible()
  await expect(row.getByRole('button', { name: '下载' })).toBeEnabled()
  await row.getByRole('button', { name: '修改记录' }).click()
  await expect(page.getByTestId('record-history').locator('.history-entry').first()).toContainText('事项写错，已重新出具')
  await page.screenshot({ path: test.info().outputPath('archive-voided.png') })
})
