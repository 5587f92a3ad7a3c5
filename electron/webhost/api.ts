import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Core } from '../core'
import { newClient } from '../core'
import { HTTP_STATUS, type Envelope } from '../../shared/api/errors'
import { DEFAULT_BODY_BYTES } from '../../shared/api/contract'
import { isOpName, operations } from '../../shared/api'
import { formatLocalTime } from '../../shared/rules/local-time'
import { BodyRefused, readJsonBody } from './json-body'
import { originAllowed, readSessionCookie, sessionCookie, tokenMatches } from './security'

/** POST /api/<operation>: JSON in, the same envelope as Electron IPC out. */
export async function handleApi(req: IncomingMessage, res: ServerResponse, core: Core, token: string, port: number, caller: string): Promise<void> {
  const op = operationName(req.url ?? '/')
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST')
    return send(res, 405, refusal('VALIDATION', '接口只接受 POST 请求'))
  }
  if (!originAllowed(req, port)) return send(res, 403, refusal('FORBIDDEN', '拒绝来自其他网页的请求'))
  if (!tokenMatches(req, token)) return send(res, 403, refusal('FORBIDDEN', '缺少或错误的访问令牌（X-Taizhang-Token）'))
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
    return send(res, 415, refusal('VALIDATION', '请求内容类型必须是 application/json'))
  }
  const before = readSessionCookie(req)
  // A call carrying a file may send tens of MB: only for someone signed in. The rest is held to a few MB.
  const bodyLimit = isOpName(op) ? operations[op].bodyLimit : undefined
  if (bodyLimit !== undefined && !core.sessionLive(before)) {
    return refuseUnread(res, 401, { ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录' } })
  }
  let input: unknown
  try {
    input = await readJsonBody(req, bodyLimit ?? DEFAULT_BODY_BYTES)
  } catch (err) {
    if (!(err instanceof BodyRefused)) throw err
    if (err.status === 413) return refuseUnread(res, 413, refusal('VALIDATION', err.message))
    return send(res, 400, refusal('VALIDATION', err.message))
  }

  const client = newClient(before, caller)
  const result = await core.invokeRaw(op, input, client)
  // A session goes out only with a call that succeeded; an ended one is always cleared.
  if (client.sessionToken !== before && (result.ok || client.sessionToken === null)) res.setHeader('Set-Cookie', sessionCookie(client.sessionToken))
  send(res, result.ok ? 200 : HTTP_STATUS[result.error.code], result)
}

/** The operation named by the path; a malformed escape yields a name no operation has. */
function operationName(url: string): string {
  const raw = new URL(url, 'http://x').pathname.slice('/api/'.length)
  try {
    return decodeURIComponent(raw)
  } catch {
    return raw
  }
}

/**
 * The answer when handling a request itself threw (outside the core, which answers every failure in an
 * envelope): still an envelope, so the page shows a message instead of failing to parse an empty body. Whether
 * the operation took effect is unknown at this point, so the message says to check.
 */
export function sendInternalError(res: ServerResponse, err: unknown): void {
  const at = new Date()
  console.error(`[taizhang] web host error at ${at.toISOString()}:`, err)
  if (res.headersSent) {
    res.end()
    return
  }
  // Headers set before the failure (a session cookie) must not go out with this answer.
  res.removeHeader('Set-Cookie')
  send(res, 500, { ok: false, error: { code: 'INTERNAL', message: `程序内部错误，请求未能处理完。请刷新后核对数据，并告知管理员（时间 ${formatLocalTime(at, { seconds: true })}）。` } })
}

export const refusal = (code: 'VALIDATION' | 'FORBIDDEN', message: string): Envelope<never> => ({ ok: false, error: { code, message } })

/** An envelope as JSON, never cached. */
export function send(res: ServerResponse, status: number, body: Envelope<unknown>): void {
  res.statusCode = status
  res.setHeader('Content-Type', 'application/json; charset=utf-8')
  res.setHeader('Cache-Control', 'no-store')
  res.end(JSON.stringify(body))
}

/** How much of a refused body is still read (and dropped) so that the client, still sending, gets the answer. */
const LINGER_BYTES = 64 * 1024 * 1024
const LINGER_MS = 10_000

/**
 * Answers before the body is read. The whole answer goes out at once (its length is in the head, so the client
 * has it all), but the response is ended, and the connection let go, only once the client has stopped sending:
 * Node closes the socket when an early response ends, and a client still writing then sees a reset instead of
 * the answer. Meanwhile the rest is read and dropped, never kept: up to 64 MB or 10 s, then the socket is closed
 * regardless (a body that never ends).
 */
function refuseUnread(res: ServerResponse, status: number, body: Envelope<unknown>): void {
  const req = res.req
  const text = Buffer.from(JSON.stringify(body))
  res.statusCode = status
  res.setHeader('Content-Type', 'application/json; charset=utf-8')
  res.setHeader('Cache-Control', 'no-store')
  res.setHeader('Content-Length', text.length)
  res.write(text)
  const cut = () => res.socket?.destroy()
  const timer = setTimeout(cut, LINGER_MS)
  timer.unref()
  let dropped = 0
  req.on('data', (c: Buffer) => {
    dropped += c.length
    if (dropped > LINGER_BYTES) cut()
  })
  req.on('end', () => {
    clearTimeout(timer)
    res.end()
  })
  req.on('close', () => clearTimeout(timer))
  req.resume()
}
