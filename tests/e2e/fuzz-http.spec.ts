import { request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import { connect } from 'node:net'
import fc from 'fast-check'
import { operations } from '../../shared/api'
import { ERROR_CODES, HTTP_STATUS, type ErrorCode } from '../../shared/api/errors'
import { ADMIN, expect, setUpOffice, test, type Host } from './fixtures'

// Issue 6, "never crashes the host": random and hostile requests to the real web host process — operation
// names (unknown, `../`, very long, unicode, broken escapes), bodies (invalid JSON, huge, deep, wrong type),
// headers (token, content type, origin, cookie) — are each answered with a JSON envelope, and the host is
// still up afterwards. Repeatable: fixed seed, printed; FUZZ_SEED and FUZZ_RUNS change it.

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_123)
const RUNS = Number(process.env.FUZZ_RUNS ?? 500)

interface Answer {
  status: number
  headers: IncomingHttpHeaders
  body: string
  /** The connection ended before an answer arrived. */
  cut?: true
}

interface RawRequest {
  method: string
  /** Sent as is (already escaped where it must be). */
  path: string
  headers: Record<string, string>
  body: Buffer
}

const portOf = (host: Host): number => Number(new URL(host.url).port)

/**
 * One request. A host that refuses before reading the body (wrong token, origin, method, type) may close the
 * connection while a large body is still being written: the client then sees EPIPE or a reset, usually with
 * the answer already received. An answer that never came is `cut`.
 */
function send(host: Host, r: RawRequest): Promise<Answer> {
  return new Promise((resolve, reject) => {
    let answered = false
    // A connection per request (no keep-alive): a reused socket the host has just closed would fail on our side.
    const req = httpRequest({ host: '127.0.0.1', port: portOf(host), method: r.method, path: r.path, headers: r.headers, agent: false }, (res) => {
      answered = true
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }))
      res.on('error', reject)
    })
    req.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE' && err.code !== 'ECONNRESET') return reject(err)
      // Whether an answer came is known once the connection has closed (not after a guessed wait).
      req.once('close', () => answered || resolve({ status: 0, headers: {}, body: '', cut: true }))
    })
    req.end(r.body)
  })
}

/** Bytes written straight to a socket (what an HTTP client library would refuse to send); resolves with the raw answer. */
function sendRaw(host: Host, bytes: Buffer, { abortAfterWrite = false } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(portOf(host), '127.0.0.1', () => {
      socket.write(bytes)
      if (abortAfterWrite) setTimeout(() => socket.destroy(), 50)
    })
    let out = ''
    socket.on('data', (c: Buffer) => (out += c.toString('utf8')))
    socket.on('close', () => resolve(out))
    socket.on('error', (err) => (abortAfterWrite ? resolve(out) : reject(err)))
    socket.setTimeout(5_000, () => socket.destroy())
  })
}

const CJK = /[\u3400-\u9fff]/
/** Statuses the transport itself uses before an operation runs: wrong method, body too large, wrong content type. */
const TRANSPORT_STATUSES = [405, 413, 415]

/** Every answer under /api/ is a JSON envelope whose status follows its code. */
function expectEnvelope(a: Answer, what: string): void {
  if (!/^application\/json/.test(a.headers['content-type'] ?? '')) {
    throw new Error(`${what}: answered ${a.status} with content type ${String(a.headers['content-type'])} and body ${JSON.stringify(a.body.slice(0, 200))}`)
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(a.body)
  } catch {
    throw new Error(`${what}: answered ${a.status} with a body that is not JSON: ${a.body.slice(0, 200)}`)
  }
  const e = parsed as { ok?: unknown; data?: unknown; error?: { code?: unknown; message?: unknown } }
  if (e.ok === true) {
    expect(a.status, what).toBe(200)
    return
  }
  expect(e.ok, what).toBe(false)
  expect(ERROR_CODES, what).toContain(e.error?.code)
  expect(e.error?.code, `${what}: ${String(e.error?.message)}`).not.toBe('INTERNAL')
  expect(String(e.error?.message), what).toMatch(CJK)
  const code = e.error!.code as ErrorCode
  if (a.status !== HTTP_STATUS[code]) expect(TRANSPORT_STATUSES, `${what}: status ${a.status} for ${code}`).toContain(a.status)
}

const OP_NAMES = Object.keys(operations)

/** The path's operation part: real names, near misses, traversal, unicode, broken escapes, very long. */
const opPart: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...OP_NAMES).map(encodeURIComponent), weight: 6 },
  { arbitrary: fc.constantFrom(...OP_NAMES).map((n) => encodeURIComponent(`${n.toUpperCase()}`)), weight: 1 },
  {
    arbitrary: fc.constantFrom(
      '',
      '..%2F..%2Fetc%2Fpasswd',
      '%2e%2e%2fapp.info',
      '..%5c..%5cwindows',
      'app.info%00',
      '%00',
      '%',
      '%E0%A4%A',
      '%ZZ',
      'app.info%20',
      'app.info;x',
      'app.info/extra',
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      encodeURIComponent('查扣.列表'),
      encodeURIComponent('\u202Eofni.ppa'),
      '%ED%A0%80%ED%A0%80',
      'a'.repeat(8_000),
    ),
    weight: 3,
  },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }).map(encodeURIComponent), weight: 2 },
)

/** Shown in fast-check's reports by size and first characters, not byte by byte. */
const labelled = (b: Buffer): Buffer =>
  fc.hasToStringMethod(b)
    ? b
    : Object.defineProperty(b, fc.toStringMethod, { value: () => `<${b.length} bytes: ${JSON.stringify(b.subarray(0, 60).toString('utf8'))}>`, enumerable: false })

const jsonBody: fc.Arbitrary<Buffer> = fc.jsonValue({ maxDepth: 4 }).map((v) => Buffer.from(JSON.stringify(v) ?? 'null'))
const body: fc.Arbitrary<Buffer> = fc.oneof(
  { arbitrary: jsonBody, weight: 5 },
  { arbitrary: fc.constant(Buffer.from('{}')), weight: 2 },
  {
    arbitrary: fc.constantFrom(
      '',
      '{',
      '{"a":}',
      "{'single':'quotes'}",
      'undefined',
      'NaN',
      '1e999',
      '-0',
      '"\\ud800"',
      '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}',
      '{"includeVoided":true,"includeVoided":"x"}',
      `${'['.repeat(50_000)}${']'.repeat(50_000)}`,
      `{"x":"${'中'.repeat(2_000_000)}"}`,
      '\uFEFF{}',
    ).map((s) => Buffer.from(s)),
    weight: 3,
  },
  { arbitrary: fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.from(b)), weight: 1 },
).map(labelled)

/** Mostly what a script sends, so most requests reach the operation; now and then something else. */
const contentType = fc.oneof(
  { arbitrary: fc.constant<string | undefined>('application/json'), weight: 8 },
  {
    arbitrary: fc.constantFrom<string | undefined>(
      'application/json; charset=utf-8',
      'APPLICATION/JSON',
      'application/json; charset=utf-16',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/jsonp',
      '',
      undefined,
    ),
    weight: 2,
  },
)
const method = fc.oneof({ arbitrary: fc.constant('POST'), weight: 9 }, { arbitrary: fc.constantFrom('GET', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'HEAD'), weight: 1 })

test('the web host answers random and hostile requests with JSON envelopes and stays up', async ({ host, request }) => {
  test.setTimeout(120_000)
  console.log(`http fuzz: seed ${SEED}, ${RUNS} requests (FUZZ_SEED / FUZZ_RUNS to change)`)
  await setUpOffice(host, request)
  const signIn = async (): Promise<string> => {
    const login = await send(host, {
      method: 'POST',
      path: '/api/auth.login',
      headers: { 'x-taizhang-token': host.token, 'content-type': 'application/json' },
      body: Buffer.from(JSON.stringify({ login: ADMIN.login, password: ADMIN.password })),
    })
    expect(login.status).toBe(200)
    return String(login.headers['set-cookie']?.[0] ?? '').split(';')[0]!
  }
  // The admin's session; a fuzzed auth.logout ends it, and the next request signs in again.
  let adminCookie = await signIn()
  const statuses = new Map<number, number>()
  const ADMIN_SESSION = 'the admin session'

  const token = fc.oneof(
    { arbitrary: fc.constant<string | undefined>(host.token), weight: 8 },
    { arbitrary: fc.constantFrom<string | undefined>(undefined, '', 'x', `${host.token}x`, host.token.slice(1), 'A'.repeat(4_000)), weight: 1 },
  )
  const cookie = fc.oneof(
    { arbitrary: fc.constantFrom<string | undefined>(undefined, ADMIN_SESSION), weight: 6 },
    {
      arbitrary: fc.constantFrom<string | undefined>('tz_session=', 'tz_session=%E0%A4%A', 'tz_session=%', 'tz_session=x; tz_session=y', 'tz_session=__proto__', `tz_session=${'a'.repeat(4_000)}`, ';;;=;'),
      weight: 2,
    },
  )
  const origin = fc.oneof(
    { arbitrary: fc.constant<string | null>(null), weight: 8 },
    { arbitrary: fc.constantFrom<string | null>('http://evil.example', 'null', host.url.slice(0, -1), 'http://localhost:1'), weight: 1 },
  )

  await fc.assert(
    fc.asyncProperty(method, opPart, body, contentType, token, cookie, origin, async (m, op, b, type, tok, ck, orig) => {
      const headers: Record<string, string> = {}
      if (type !== undefined) headers['content-type'] = type
      if (tok !== undefined) headers['x-taizhang-token'] = tok
      if (ck !== undefined) headers.cookie = ck === ADMIN_SESSION ? adminCookie : ck
      if (orig !== null) headers.origin = orig
      const path = `/api/${op}`
      const what = `${m} ${path.slice(0, 120)} [${b.length} bytes: ${b.subarray(0, 80).toString('utf8')}] ${JSON.stringify(headers).slice(0, 300)}`
      const a = await send(host, { method: m, path, headers, body: b })
      if (ck === ADMIN_SESSION && String(a.headers['set-cookie'] ?? '').includes('Max-Age=0')) adminCookie = await signIn()
      if (a.cut) {
        // Only a large body refused before it was read may end without an answer.
        expect(b.length, `${what}: no answer`).toBeGreaterThan(1_000_000)
        return
      }
      // An answer to HEAD has headers only, by HTTP's rules.
      if (m === 'HEAD') expect([a.status, a.headers['content-type']], what).toEqual([405, 'application/json; charset=utf-8'])
      else expectEnvelope(a, what)
      statuses.set(a.status, (statuses.get(a.status) ?? 0) + 1)
    }),
    { seed: SEED, numRuns: RUNS, endOnFailure: true },
  )
  console.log(`http fuzz: answers by status ${JSON.stringify(Object.fromEntries([...statuses].sort((x, y) => x[0] - y[0])))}`)

  // Things a client library would not send, and requests cut short. Node's HTTP parser answers a request line
  // it cannot read (raw UTF-8, garbage: 400; a 20 kB URL: 431) before the host sees it; a path that leaves /api/
  // is the static files' business (405 for POST, 404). None of them may take the host down or leak a file.
  const raw = (lines: string[], tail = '') => Buffer.from(`${lines.join('\r\n')}\r\n\r\n${tail}`, 'utf8')
  const hostLine = `Host: 127.0.0.1:${portOf(host)}`
  const tokenLine = `X-Taizhang-Token: ${host.token}`
  const json = ['Content-Type: application/json', 'Content-Length: 2', 'Connection: close']
  expect(await sendRaw(host, raw([`POST /api/查扣.列表 HTTP/1.1`, hostLine, tokenLine, ...json], '{}'))).toMatch(/^HTTP\/1\.1 400 /)
  expect(await sendRaw(host, raw([`POST /api/../../etc/passwd HTTP/1.1`, hostLine, tokenLine, ...json], '{}'))).toMatch(/^HTTP\/1\.1 405 /)
  expect(await sendRaw(host, raw([`POST /api/${'x'.repeat(20_000)} HTTP/1.1`, hostLine, 'Connection: close']))).toMatch(/^HTTP\/1\.1 431 /)
  expect(await sendRaw(host, Buffer.from('\u0000\u0001garbage\r\n\r\n'))).toMatch(/^HTTP\/1\.1 400 /)
  const traversal = await sendRaw(host, raw([`GET /../../../../etc/passwd HTTP/1.1`, hostLine, 'Connection: close']))
  expect(traversal).toMatch(/^HTTP\/1\.1 404 /)
  expect(traversal).not.toContain('root:')
  await sendRaw(host, raw([`POST /api/app.info HTTP/1.1`, hostLine, tokenLine, 'Content-Type: application/json', 'Content-Length: 100000'], '{"a":'), { abortAfterWrite: true })
  await sendRaw(host, raw([`POST /api/app.info HTTP/1.1`, hostLine, tokenLine, 'Content-Type: application/json', 'Transfer-Encoding: chunked'], '5\r\n{"a":\r\n'), { abortAfterWrite: true })

  // Over the body limit (4 MB for a call without a file): refused with its envelope, and nothing else happens.
  const huge = await send(host, {
    method: 'POST',
    path: '/api/settings.get',
    headers: { 'x-taizhang-token': host.token, 'content-type': 'application/json' },
    body: Buffer.alloc(33 * 1024 * 1024, 0x20),
  })
  expect(huge.status).toBe(413)
  expectEnvelope(huge, 'a 33 MB body')

  // Still up, still answering.
  const info = await host.api(request, 'app.info', {})
  expect(info).toMatchObject({ status: 200, body: { ok: true, data: { setupDone: true } } })
  expect(host.output()).not.toMatch(/web host error|internal error/)
})
