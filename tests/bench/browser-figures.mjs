// The window as a clerk meets it, in headless Chromium through the web host: a fresh load (new browser context,
// nothing cached) to the login screen ready for typing, and, signed in, through 工作台 to the first row of 查扣登记. Beside it,
// the floor: a bare node:http page with one input, loaded the same way.
import { createServer } from 'node:http'
import { chromium } from '@playwright/test'
import { stats } from './measure.mjs'
import { BENCH_CLERK } from './seeds.mjs'

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
const BARE_PAGE = '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>台账</title><body><form><label>登录名 <input autocomplete="username"></label></form></body></html>'

export async function browserFigures({ url, token, reps, log }) {
  const bare = createServer((_q, s) => s.setHeader('Content-Type', 'text/html; charset=utf-8').end(BARE_PAGE))
  await new Promise((r) => bare.listen(0, '127.0.0.1', r))
  const bareUrl = `http://127.0.0.1:${bare.address().port}/`
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS })
  const fresh = async (fn) => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } })
    try {
      const page = await context.newPage()
      return await fn(page, context)
    } finally {
      await context.close()
    }
  }
  // Each fresh browser is let in as the user is: by a one-time link from the host (browser-admission.ts).
  const newLink = async () => {
    const r = await fetch(`${url}login-link`, { method: 'POST', headers: { 'X-Taizhang-Token': token } })
    return (await r.json()).data.url
  }
  const timed = async (page, go, ready) => {
    const t = performance.now()
    await page.goto(go)
    await ready(page)
    const ms = performance.now() - t
    const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null)
    return { ms, fcp }
  }
  const login = []
  const loginFcp = []
  const floor = []
  const firstRow = []
  try {
    for (let i = 0; i < reps + 2; i++) {
      const a = await fresh(async (page) => timed(page, await newLink(), (p) => p.getByLabel('登录名').waitFor()))
      const b = await fresh((page) => timed(page, bareUrl, (p) => p.getByLabel('登录名').waitFor()))
      const c = await fresh(async (page, context) => {
        await context.request.get(await newLink())
        const r = await context.request.post(`${url}api/auth.login`, { headers: { 'X-Taizhang-Token': token }, data: { login: BENCH_CLERK.login, password: BENCH_CLERK.password } })
        if (r.status() !== 200) throw new Error(`sign-in for the browser figures failed: ${r.status()}`)
        // A fresh sign-in lands on 工作台 (landing.ts): from there to 查扣登记 as a clerk goes, by its menu item.
        return timed(page, url, async (p) => {
          await p.getByRole('menu', { name: '主菜单' }).getByRole('menuitem', { name: '查扣登记' }).click()
          await p.locator('[data-testid^="seizure-row-"]').first().waitFor()
        })
      })
      if (i < 2) continue // warm-up: the machine's own caches (not the browser's: every load is fresh)
      login.push(a.ms)
      if (a.fcp !== null) loginFcp.push(a.fcp)
      floor.push(b.ms)
      firstRow.push(c.ms)
    }
  } finally {
    await browser.close()
    bare.close()
  }
  const out = { login: stats(login), loginFirstPaint: stats(loginFcp), floor: stats(floor), firstRow: stats(firstRow) }
  log(`  login screen p50 ${out.login.p50} (first paint ${out.loginFirstPaint.p50}), bare page ${out.floor.p50}, first list row ${out.firstRow.p50}`)
  return out
}
