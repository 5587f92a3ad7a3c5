import { afterEach, describe, expect, it, vi } from 'vitest'
import type { WebHost } from '../../../electron/webhost/server'
import { startBareWebHost } from '../../support/web-host'
import { setUpCore, type CoreHarness } from '../../support/temp-core'

// The web host answers every API request with an envelope, even when handling it throws outside the core.

let t: CoreHarness
let host: WebHost
afterEach(async () => {
  vi.restoreAllMocks()
  await host?.close()
  await t?.dispose()
})

async function start(): Promise<void> {
  t = await setUpCore()
  host = await startBareWebHost(t.core)
}

const post = (op: string) =>
  fetch(`${host.url}api/${op}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Taizhang-Token': host.token, Origin: host.url.slice(0, -1) },
    body: '{}',
  })

describe('web host', () => {
  it('answers an exception while handling a request with an INTERNAL envelope in Chinese, and keeps serving', async () => {
    await start()
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    vi.spyOn(t.core, 'invokeRaw').mockRejectedValueOnce(new Error('boom'))
    const failed = await post('app.info')
    expect(failed.status).toBe(500)
    expect(failed.headers.get('content-type')).toMatch(/^application\/json/)
    expect(failed.headers.get('set-cookie')).toBeNull()
    const body = (await failed.json()) as { ok: boolean; error: { code: string; message: string } }
    expect(body).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(body.error.message).toMatch(/^程序内部错误，请求未能处理完。请刷新后核对数据/)
    expect(errors).toHaveBeenCalled()
    // The next request is handled as usual.
    const next = await post('app.info')
    expect(next.status).toBe(200)
    expect(await next.json()).toMatchObject({ ok: true })
  })
})
