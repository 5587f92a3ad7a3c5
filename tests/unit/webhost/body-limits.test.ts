import { connect, type Socket } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { operations } from '../../../shared/api'
import { DEFAULT_BODY_BYTES } from '../../../shared/api/contract'
import { ITEM_TEXT_MAX } from '../../../shared/domain/seizures'
import { depthWithin, MAX_JSON_DEPTH } from '../../../electron/webhost/json-body'
import type { WebHost } from '../../../electron/webhost/server'
import { startBareWebHost } from '../../support/web-host'
import { seizureInput } from '../../support/seizures'
import { SETUP_INPUT, setUpCore, type CoreHarness } from '../../support/temp-core'

// Hostile bodies (issue 21, item 4): a deeply nested body is refused by a scan before it is parsed, a body over
// the call's limit is refused before it is read, and a call carrying a file reads its large body only for a
// signed-in user. Meanwhile the host keeps answering everyone else.

let t: CoreHarness
let host: WebHost
afterEach(async () => {
  await host?.close()
  await t?.dispose()
})

async function start(): Promise<void> {
  t = await setUpCore()
  host = await startBareWebHost(t.core)
}

const headers = (extra: Record<string, string> = {}) => ({
  'Content-Type': 'application/json',
  'X-Taizhang-Token': host.token,
  Origin: host.url.slice(0, -1),
  ...extra,
})
const post = (op: string, body: string | Buffer, extra: Record<string, string> = {}) =>
  fetch(`${host.url}api/${op}`, { method: 'POST', headers: headers(extra), body })

async function signIn(): Promise<string> {
  const r = await post('auth.login', JSON.stringify({ login: SETUP_INPUT.admin.login, password: SETUP_INPUT.admin.password }))
  expect(r.status).toBe(200)
  return (r.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
}

/** Sends the head of a request declaring `length` bytes and `sent` bytes of it, and resolves with the first answer. */
function partialRequest(op: string, length: number | 'chunked', sent: Buffer, cookie = ''): { answer: Promise<string>; socket: Socket } {
  const socket = connect(host.port, '127.0.0.1')
  const head = [
    `POST /api/${op} HTTP/1.1`,
    `Host: 127.0.0.1:${host.port}`,
    `X-Taizhang-Token: ${host.token}`,
    'Content-Type: application/json',
    length === 'chunked' ? 'Transfer-Encoding: chunked' : `Content-Length: ${length}`,
    ...(cookie ? [`Cookie: ${cookie}`] : []),
  ]
  socket.write(`${head.join('\r\n')}\r\n\r\n`)
  socket.write(length === 'chunked' ? Buffer.concat([Buffer.from(`${sent.length.toString(16)}\r\n`), sent, Buffer.from('\r\n')]) : sent)
  const answer = new Promise<string>((resolve, reject) => {
    let got = ''
    socket.on('data', (d: Buffer) => {
      got += d.toString('utf8')
      if (/\r\n\r\n[\s\S]*\}$/.test(got)) resolve(got)
    })
    socket.on('error', reject)
    socket.on('close', () => resolve(got))
  })
  return { answer, socket }
}

describe('request bodies', () => {
  it('the depth scan counts brackets outside strings only', () => {
    const nested = (n: number) => Buffer.from('['.repeat(n) + ']'.repeat(n))
    expect(depthWithin(nested(MAX_JSON_DEPTH), MAX_JSON_DEPTH)).toBe(true)
    expect(depthWithin(nested(MAX_JSON_DEPTH + 1), MAX_JSON_DEPTH)).toBe(false)
    expect(depthWithin(Buffer.from(JSON.stringify({ a: '[[[[[[[[[[', b: '\\"[[[[', c: '【[{' })), 2)).toBe(true)
    expect(depthWithin(Buffer.from('{"a":"\\"","b":[[[]]]}'), 3)).toBe(false)
  })

  it('the largest real input of a call without a file (a 500-line seizure, every text at its limit) fits the default limit', () => {
    const cjk = (n: number) => '货'.repeat(n)
    const base = seizureInput()
    const input = {
      ...base,
      place: cjk(200),
      sourceNote: cjk(100),
      unit: cjk(50),
      notes: cjk(1000),
      officers: Array.from({ length: 10 }, (_, i) => ({ name: cjk(20), certNo: `3501001234${String(i).padStart(2, '0')}` })),
      party: { ...base.party, name: cjk(100), legalRep: cjk(50), address: cjk(200) },
      items: Array.from({ length: 500 }, () => ({
        name: cjk(ITEM_TEXT_MAX.name),
        brand: cjk(ITEM_TEXT_MAX.brand),
        spec: cjk(ITEM_TEXT_MAX.spec),
        category: 'apparel',
        qtyMilli: 999_999_000,
        unit: cjk(10),
        weightG: 999_999_999,
        valueFen: 999_999_999,
        storageLocationId: null,
        note: cjk(ITEM_TEXT_MAX.note),
      })),
    }
    const parsed = operations['seizures.create'].input.safeParse(input)
    expect(parsed.error?.issues ?? []).toEqual([])
    const bytes = Buffer.byteLength(JSON.stringify(input))
    expect(bytes).toBeGreaterThan(200_000)
    expect(bytes * 2).toBeLessThan(DEFAULT_BODY_BYTES)
  })

  it('every call whose input carries a file declares a body limit that holds its largest file', () => {
    for (const [name, def] of Object.entries(operations)) {
      const shape = def.input instanceof z.ZodObject ? (def.input.shape as Record<string, z.ZodType>) : {}
      const files = Object.keys(shape).filter((k) => k === 'base64')
      if (files.length === 0) {
        expect(def.bodyLimit, `${name} carries no file`).toBeUndefined()
        continue
      }
      expect(def.bodyLimit, `${name} carries a file`).toBeGreaterThan(DEFAULT_BODY_BYTES)
      // The largest base64 the schema accepts, with room for the rest of the call.
      const maxChars = (shape.base64 as z.ZodString).maxLength
      expect(maxChars, `${name}: the file has a largest size`).not.toBeNull()
      expect(def.bodyLimit! - maxChars!, name).toBeGreaterThanOrEqual(512 * 1024)
    }
  })

  it('a deeply nested body under the limit is refused by the scan, and the host answers others at once', async () => {
    await start()
    const depth = 3 * 1024 * 1024 // 6 MB of brackets would pass the limit; 3 MB deep stays under it
    const nested = await post('settings.get', Buffer.from('['.repeat(depth / 2) + ']'.repeat(depth / 2)))
    expect(nested.status).toBe(400)
    expect(await nested.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: `请求内容嵌套过深（最多${MAX_JSON_DEPTH}层）` } })
    const info = await post('app.info', '{}')
    expect(await info.json()).toMatchObject({ ok: true })
  })

  it('a body declared over the limit is refused before it is sent; one streamed past it is cut off there', async () => {
    await start()
    // 30 MB declared, 1 KB sent: the answer comes without the rest.
    const declared = partialRequest('settings.get', 30 * 1024 * 1024, Buffer.alloc(1024, 0x5b))
    const answer = await declared.answer
    declared.socket.destroy()
    expect(answer).toMatch(/^HTTP\/1\.1 413 /)
    expect(answer).toContain('请求内容过大（此操作最多 4 MB）')

    // Chunked with no length: 1 MB at a time while others are answered; past 4 MB it is refused.
    const streamed = partialRequest('settings.get', 'chunked', Buffer.alloc(1024 * 1024, 0x5b))
    for (let i = 0; i < 3; i++) {
      expect(await (await post('app.info', '{}')).json()).toMatchObject({ ok: true })
      const chunk = Buffer.alloc(1024 * 1024, 0x5b)
      streamed.socket.write(Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]))
    }
    streamed.socket.write(Buffer.from(`100000\r\n${'['.repeat(0x100000)}\r\n`))
    expect(await streamed.answer).toMatch(/^HTTP\/1\.1 413 /)
    streamed.socket.destroy()
    expect(await (await post('app.info', '{}')).json()).toMatchObject({ ok: true })
  })

  it('a call carrying a file reads its large body only with a live session', async () => {
    await start()
    // Token alone: refused at the head, nothing read.
    const stranger = partialRequest('attachments.add', 20 * 1024 * 1024, Buffer.alloc(1024, 0x5b))
    const refused = await stranger.answer
    stranger.socket.destroy()
    expect(refused).toMatch(/^HTTP\/1\.1 401 /)
    expect(refused).toContain('请先登录')

    // Signed in: a 6 MB body (over the default limit) is read and reaches the operation's own checks.
    const cookie = await signIn()
    const big = JSON.stringify({ seizureId: 'no-such-record', fileName: 'a.jpg', base64: 'A'.repeat(6 * 1024 * 1024) })
    const r = await post('attachments.add', big, { Cookie: cookie })
    const body = (await r.json()) as { ok: boolean; error: { code: string; message: string } }
    expect(body.ok).toBe(false)
    expect(body.error.message).not.toMatch(/请求内容过大|请先登录/)
    // The same 6 MB to a call without a file is over its limit.
    const other = await post('settings.get', big, { Cookie: cookie })
    expect(other.status).toBe(413)
  })
})
