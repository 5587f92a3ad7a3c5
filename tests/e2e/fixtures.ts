import { test as base, expect, type APIRequestContext, type Browser, type BrowserContext, type Page } from '@playwright/test'
import type { OpInput, OpName } from '../../shared/api'
import { launchWebHost, makeDataDir, removeDataDir, type RunningHost } from './webhost-process'

export const AGENCY = {
  fullName: '清溪县市场监督管理局',
  shortName: '清市监',
  address: '清溪县城关镇人民路18号',
  phone: '0598-5321234',
  postcode: '365200',
}
export const ADMIN = { login: 'admin', name: '张明', password: 'Qingxi-2026' }

export interface Host extends RunningHost {
  dataDir: string
  /** Stops the host and starts it again on the same data dir (new port and secret); the page's context is admitted again. */
  restart(): Promise<void>
  /** Lets a browser context have the page, as the user does by opening the printed link (browser-admission.ts). */
  admit(context: BrowserContext): Promise<void>
  /** Calls the API as a script would, with the secret and this request context's cookies. */
  api<N extends OpName>(request: APIRequestContext, op: N, input: OpInput<N>): Promise<{ status: number; body: unknown }>
}

/**
 * A fresh data dir and web host per test; the test's own browser context is admitted to it (a context a test
 * makes itself is admitted with `host.admit`).
 */
export const test = base.extend<{ host: Host }>({
  // Playwright reads the fixture's dependencies from this destructuring; this one needs none.
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const dataDir = makeDataDir()
    let running = await launchWebHost(dataDir)
    const admitted: BrowserContext[] = []
    const host: Host = {
      dataDir,
      get url() {
        return running.url
      },
      get token() {
        return running.token
      },
      get loginUrl() {
        return running.loginUrl
      },
      newLoginUrl: () => running.newLoginUrl(),
      async admit(context) {
        const r = await context.request.get(await running.newLoginUrl())
        expect(r.status(), 'the login link admits the context').toBe(200)
        if (!admitted.includes(context)) admitted.push(context)
      },
      output: () => running.output(),
      stop: () => running.stop(),
      async restart() {
        await running.stop()
        running = await launchWebHost(dataDir)
        for (const context of admitted) await host.admit(context)
      },
      async api(request, op, input) {
        const res = await request.post(`${running.url}api/${op}`, { headers: { 'X-Taizhang-Token': running.token }, data: input })
        return { status: res.status(), body: await res.json() }
      },
    }
    await use(host)
    await running.stop()
    removeDataDir(dataDir)
  },
  context: async ({ context, host }, use) => {
    await host.admit(context)
    await use(context)
  },
})

export { expect }

/** Calls an operation as the page's signed-in user and returns its data; any other answer fails the test. */
export async function apiOk<T>(page: Page, host: Host, op: string, input: unknown): Promise<T> {
  const r = await host.api(page.request, op as never, input as never)
  expect(r.status, JSON.stringify(r.body)).toBe(200)
  return (r.body as { data: T }).data
}

/** Completes first-run setup through the API, so tests of later screens start from a set-up office. */
export async function setUpOffice(host: Host, request: APIRequestContext): Promise<void> {
  const r = await host.api(request, 'auth.setup', { agency: AGENCY, admin: ADMIN })
  expect(r.status).toBe(200)
}

/** Signs in through the login screen: for the tests of that screen and of what follows a sign-in. */
export async function logIn(page: Page, login = ADMIN.login, password = ADMIN.password): Promise<void> {
  await page.getByLabel('登录名').fill(login)
  await page.getByLabel('密码').fill(password)
  await page.getByRole('button', { name: '登录' }).click()
}

/**
 * Signs the page's browser in through the API (its request context shares the page's cookies, so the session
 * cookie lands where the page will send it) and opens the app: for tests whose subject is not the login screen.
 */
export async function signIn(page: Page, host: Host, login = ADMIN.login, password = ADMIN.password, path = ''): Promise<void> {
  const r = await host.api(page.request, 'auth.login', { login, password })
  expect(r.status, JSON.stringify(r.body)).toBe(200)
  await page.goto(`${host.url}${path}`)
  await expect(page.getByTestId('current-user')).toBeVisible()
}

/**
 * A new account's first sign-in, through the API: the temporary password, then the user's own (core allows
 * nothing else before that), and the app opened in the page as that user.
 */
export async function signInFirstTime(page: Page, host: Host, login: string, temporary: string, own: string): Promise<void> {
  expect((await host.api(page.request, 'auth.login', { login, password: temporary })).status).toBe(200)
  expect((await host.api(page.request, 'auth.changePassword', { current: temporary, next: own })).status).toBe(200)
  await page.goto(host.url)
  await expect(page.getByTestId('current-user')).toBeVisible()
}

/** Clicks an area in the sidebar. */
export async function openArea(page: Page, label: string): Promise<void> {
  await page.getByRole('menu', { name: '主菜单' }).getByRole('menuitem', { name: label }).click()
}

/** A set-up office, its admin signed in in this page, and the given area open. */
export async function signedInAt(page: Page, host: Host, request: APIRequestContext, area: string): Promise<void> {
  await setUpOffice(host, request)
  await signIn(page, host)
  await openArea(page, area)
}

/** A second person's window: a browser context of its own (its own cookies), admitted to the host. */
export async function newAdmittedPage(browser: Browser, host: Host): Promise<Page> {
  const context = await browser.newContext()
  await host.admit(context)
  return context.newPage()
}
