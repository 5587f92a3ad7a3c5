import { ADMIN, expect, openArea, test } from './fixtures'
import { clerkSignedIn, fillHeader, OWN, reg, typeLine } from './seizure-helpers'

// Whatever happens to the session, what a clerk typed survives (issue 12, item 1): typing counts as activity,
// and when the session does end, a sign-in dialog over the page keeps the form as it was.

const IDLE_NOTICE = '长时间未操作，已自动退出登录，请重新登录'

test('typing keeps the window in use, and after the idle time a sign-in dialog over the page keeps the half-typed form for the same user', async ({ page, host, request }) => {
  // The page's clock is ours to move; core's idle time is 2 minutes of real time, more than this test needs.
  await page.clock.install()
  await clerkSignedIn(page, host, request)
  expect((await host.api(request, 'settings.security.update', { idleMinutes: 2, lockoutAttempts: 5, lockoutMinutes: 15, version: 1 })).status).toBe(200)
  await page.reload()
  const touches: number[] = []
  page.on('request', (r) => r.url().endsWith('/api/auth.touch') && touches.push(Date.now()))

  await openArea(page, '查扣登记')
  await page.getByTestId('seizure-new').click()
  await fillHeader(page, '清市监强制〔2026〕30号', '清溪县南街百货店')
  // Five minutes of typing in 备注 (page time), a few words every 40 seconds: never idle for 2 minutes.
  const notes = page.getByTestId('seizure-notes')
  await notes.click()
  for (let i = 1; i <= 8; i++) {
    await page.keyboard.insertText(`第${i}段说明。`)
    await page.clock.fastForward('00:40')
  }
  await expect(page.getByTestId('reauth-dialog')).toHaveCount(0)
  // The window told core it was in use: at most once a minute of its time (5 minutes 20 seconds → 5 reports).
  await expect.poll(() => touches.length).toBeGreaterThanOrEqual(2)
  expect(touches.length).toBeLessThanOrEqual(6)

  // Away from the desk past the idle time: the dialog covers the page, which is still there beneath it.
  await page.clock.fastForward('02:10')
  const dialog = page.getByTestId('reauth-dialog')
  await expect(dialog.getByTestId('reauth-notice')).toHaveText(IDLE_NOTICE)
  await expect(dialog.getByLabel('登录名')).toHaveValue('zhaolu')
  await expect(dialog.getByLabel('密码')).toBeFocused()
  await page.screenshot({ path: test.info().outputPath('reauth-dialog.png') })
  // Core ended the session too.
  expect(await host.api(page.request, 'auth.me', {})).toMatchObject({ status: 401 })

  // A wrong password: cleared, the cursor stays in the field for the next try.
  await dialog.getByLabel('密码').fill('not-my-password')
  await dialog.getByRole('button', { name: '重新登录' }).click()
  await expect(dialog.getByTestId('login-error')).toContainText('登录名或密码不正确')
  await expect(dialog.getByLabel('密码')).toHaveValue('')
  await expect(dialog.getByLabel('密码')).toBeFocused()

  // The same user signs in again: the form is exactly as it was, and saves.
  await page.keyboard.type(OWN)
  await page.keyboard.press('Enter')
  await expect(dialog).toHaveCount(0)
  await expect(notes).toHaveValue(/^第1段说明。.*第8段说明。$/)
  await expect(page.getByTestId('party-name')).toHaveValue('清溪县南街百货店')
  await page.getByTestId('item-0-name').click()
  await typeLine(page, ['儿童玩具', '', '', '儿童', '10', '盒'])
  await notes.press('Control+s')
  await expect(page.getByTestId('seizure-register-no')).toContainText(reg(1))
})

test('a session ended by core keeps the form behind the sign-in dialog; another user signing in starts afresh', async ({ page, host, request }) => {
  await clerkSignedIn(page, host, request)
  await openArea(page, '查扣登记')
  await page.getByTestId('seizure-new').click()
  await fillHeader(page, '清市监强制〔2026〕31号', '清溪县北门水果店')
  await page.getByTestId('item-0-name').click()
  await typeLine(page, ['进口水果', '', '', '食品', '5', '箱'])

  // The session ends elsewhere (here: through the API with this browser's cookie); the save is refused.
  expect((await host.api(page.request, 'auth.logout', {})).status).toBe(200)
  await page.getByTestId('party-name').press('Control+s')
  const dialog = page.getByTestId('reauth-dialog')
  await expect(dialog.getByTestId('reauth-notice')).toHaveText('请先登录')
  await expect(page.getByTestId('party-name')).toHaveValue('清溪县北门水果店')

  // Someone else signs in at this PC: a fresh start on 工作台, nothing of the clerk's form on screen.
  await dialog.getByLabel('登录名').fill(ADMIN.login)
  await dialog.getByLabel('密码').fill(ADMIN.password)
  await dialog.getByRole('button', { name: '重新登录' }).click()
  await expect(page.getByTestId('current-user')).toHaveText(ADMIN.name)
  await expect(dialog).toHaveCount(0)
  await expect(page).toHaveURL(/#\/$/)
  await expect(page.getByTestId('party-name')).toHaveCount(0)
})
