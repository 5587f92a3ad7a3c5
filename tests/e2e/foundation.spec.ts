import { ADMIN, AGENCY, expect, logIn, openArea, setUpOffice, signedInAt, test } from './fixtures'

const AREA_LABELS = ['工作台', '查扣登记', '销毁管理', '处罚案件', '服务站', '文书', '统计', '设置']

test('first launch: the setup screen creates the office and its admin, then shows the shell', async ({ page, host }) => {
  await page.goto(host.url)
  await expect(page.getByRole('heading', { name: '欢迎使用市监台账' })).toBeVisible()

  await page.getByLabel('机关全称').fill(AGENCY.fullName)
  await page.getByLabel('机关简称（文号代字）').fill(AGENCY.shortName)
  await page.getByLabel('地址').fill(AGENCY.address)
  await page.getByLabel('联系电话').fill(AGENCY.phone)
  await page.getByLabel('邮政编码').fill(AGENCY.postcode)
  await page.getByLabel('姓名').fill(ADMIN.name)
  await page.getByLabel('登录名').fill(ADMIN.login)
  await page.getByLabel('密码', { exact: true }).fill(ADMIN.password)
  await page.getByLabel('再次输入密码').fill('something-else')
  await page.getByRole('button', { name: '完成设置并进入台账' }).click()
  await expect(page.getByText('两次输入的密码不一致')).toBeVisible()
  await page.getByLabel('再次输入密码').fill(ADMIN.password)
  await page.screenshot({ path: test.info().outputPath('setup.png'), fullPage: true })
  await page.getByLabel('再次输入密码').press('Enter')

  await expect(page.getByTestId('agency-name')).toHaveText(AGENCY.fullName)
  await expect(page.getByTestId('current-user')).toHaveText(ADMIN.name)
  const menu = page.getByRole('menu', { name: '主菜单' })
  for (const label of AREA_LABELS) await expect(menu.getByRole('menuitem', { name: label })).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('workbench.png') })

  // Every area is built: 统计 of a new office counts nothing, and says so without a comparison with nothing.
  await menu.getByRole('menuitem', { name: '统计' }).click()
  await expect(page.getByTestId('stat-figure-seizures-seizures').getByTestId('stat-value')).toHaveText('0件')
  await expect(page.getByTestId('stat-section-stations')).toBeVisible()
  await expect(page.locator('[data-testid^="stat-figure-"]').getByText(/同比/)).toHaveCount(0)

  // Setup cannot run twice.
  const again = await host.api(page.request, 'auth.setup', { agency: AGENCY, admin: { ...ADMIN, login: 'second' } })
  expect(again).toMatchObject({ status: 409, body: { ok: false, error: { code: 'STATE' } } })
})

test('login: a wrong password is refused, the right one opens the shell, logout returns to login', async ({ page, host, request }) => {
  await setUpOffice(host, request)
  await page.goto(host.url)
  await expect(page.getByText(AGENCY.fullName)).toBeVisible()

  await logIn(page, ADMIN.login, 'not-the-password')
  await expect(page.getByRole('alert')).toContainText('登录名或密码不正确')
  await expect(page.getByTestId('current-user')).toHaveCount(0)
  await page.screenshot({ path: test.info().outputPath('login-refused.png') })

  await page.getByLabel('密码').fill(ADMIN.password)
  await page.getByLabel('密码').press('Enter')
  await expect(page.getByTestId('current-user')).toHaveText(ADMIN.name)

  // The session belongs to this browser: a reload keeps it, logout ends it.
  await page.reload()
  await expect(page.getByTestId('current-user')).toHaveText(ADMIN.name)
  await page.getByRole('button', { name: '退出登录' }).click()
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible()
})

test('settings: the agency profile is edited, and is still there after the host restarts', async ({ page, host, request }) => {
  await signedInAt(page, host, request, '设置')
  await expect(page.getByLabel('机关全称')).toHaveValue(AGENCY.fullName)

  await page.getByLabel('机关全称').fill('清溪县市场监督管理局（试用）')
  await page.getByLabel('联系电话').fill('0598-5329999')
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page.getByText('机关信息已保存')).toBeVisible()
  await expect(page.getByTestId('agency-name')).toHaveText('清溪县市场监督管理局（试用）')
  await page.screenshot({ path: test.info().outputPath('settings.png'), fullPage: true })

  await host.restart()
  await page.goto(host.url)
  await expect(page.getByText('清溪县市场监督管理局（试用）')).toBeVisible()
  await logIn(page)
  await openArea(page, '设置')
  await expect(page.getByLabel('机关全称')).toHaveValue('清溪县市场监督管理局（试用）')
  await expect(page.getByLabel('联系电话')).toHaveValue('0598-5329999')
  await expect(page.getByLabel('邮政编码')).toHaveValue(AGENCY.postcode)
})

test('settings: a malformed value is refused under its field and nothing is written', async ({ page, host, request }) => {
  await signedInAt(page, host, request, '设置')
  await page.getByLabel('邮政编码').fill('3652')
  await page.getByLabel('地址').fill('改过的地址')
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page.getByText('邮政编码应为6位数字')).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('settings-refused.png'), fullPage: true })

  const profile = await host.api(request, 'settings.get', {})
  expect(profile.body).toMatchObject({ ok: true, data: { address: AGENCY.address, postcode: AGENCY.postcode, version: 1 } })
})

test('API: calls without the secret, from another origin, or without a session are refused', async ({ host, request, playwright }) => {
  await setUpOffice(host, request)
  const anon = await playwright.request.newContext()
  try {
    const noToken = await anon.post(`${host.url}api/app.info`, { data: {} })
    expect(noToken.status()).toBe(403)
    expect(await noToken.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })

    const otherOrigin = await anon.post(`${host.url}api/app.info`, {
      headers: { 'X-Taizhang-Token': host.token, Origin: 'http://evil.example' },
      data: {},
    })
    expect(otherOrigin.status()).toBe(403)

    const rebound = await anon.get(host.url, { headers: { Host: 'evil.example' } })
    expect(rebound.status()).toBe(421)

    const noSession = await host.api(anon, 'settings.get', {})
    expect(noSession).toEqual({ status: 401, body: { ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录' } } })
    const update = await host.api(anon, 'settings.update', { ...AGENCY, fullName: '被篡改', version: 1 })
    expect(update.status).toBe(401)

    // The public operations answer without a session, and the API describes itself.
    const info = await host.api(anon, 'app.info', {})
    expect(info.body).toMatchObject({ ok: true, data: { setupDone: true, agencyName: AGENCY.fullName } })
    const ops = await host.api(anon, 'app.operations', {})
    expect((ops.body as { data: { name: string }[] }).data.map((o) => o.name)).toContain('settings.update')
  } finally {
    await anon.dispose()
  }
  const profile = await host.api(request, 'settings.get', {})
  expect(profile.body).toMatchObject({ ok: true, data: { fullName: AGENCY.fullName, version: 1 } })
})

test('API: malformed input gets VALIDATION with field messages and writes nothing', async ({ host, request }) => {
  await setUpOffice(host, request)
  const bad = await host.api(request, 'settings.update', { ...AGENCY, postcode: 'abc', shortName: '', version: 1 })
  expect(bad.status).toBe(400)
  expect(bad.body).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION', fields: { postcode: '邮政编码应为6位数字', shortName: '请填写机关简称（文号代字）' } },
  })
  const notJson = await request.post(`${host.url}api/settings.update`, {
    headers: { 'X-Taizhang-Token': host.token, 'Content-Type': 'application/json' },
    data: Buffer.from('{"fullName": '),
  })
  expect(notJson.status()).toBe(400)
  expect(await notJson.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '请求内容不是有效的 JSON' } })

  const profile = await host.api(request, 'settings.get', {})
  expect(profile.body).toMatchObject({ ok: true, data: { ...AGENCY, version: 1 } })
})

test('API: an unknown or malformed operation name gets NOT_FOUND', async ({ host, request }) => {
  const unknown = await request.post(`${host.url}api/seizure.explode`, { headers: { 'X-Taizhang-Token': host.token }, data: {} })
  expect(unknown.status()).toBe(404)
  expect(await unknown.json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  const malformed = await request.post(`${host.url}api/%E0%A4%A`, { headers: { 'X-Taizhang-Token': host.token }, data: {} })
  expect(malformed.status()).toBe(404)
})

test('settings: an admin changes the document fonts and they are kept', async ({ page, host, request }) => {
  await signedInAt(page, host, request, '设置')
  await expect(page.getByLabel('正文字体', { exact: true })).toHaveValue('仿宋_GB2312')
  await page.getByLabel('正文字体', { exact: true }).fill('仿宋')
  await page.getByRole('button', { name: '保存字体' }).click()
  await expect(page.getByText('公文字体已保存')).toBeVisible()
  await page.getByLabel('标题字体', { exact: true }).fill('')
  await page.getByRole('button', { name: '保存字体' }).click()
  await expect(page.getByText('请填写标题字体')).toBeVisible()
  await page.reload()
  await expect(page.getByLabel('正文字体', { exact: true })).toHaveValue('仿宋')
  await expect(page.getByLabel('标题字体', { exact: true })).toHaveValue('方正小标宋简体')
  await page.getByRole('button', { name: '保存字体' }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: test.info().outputPath('document-fonts.png') })
  const fonts = await host.api(request, 'documents.fonts.get', {})
  expect(fonts.body).toMatchObject({ ok: true, data: { body: '仿宋', version: 1 } })
})
