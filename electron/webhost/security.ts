import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { CONTENT_SECURITY_POLICY } from '../core/transport/csp'
import { cookieValue } from './browser-admission'

export const TOKEN_HEADER = 'x-taizhang-token'
export const SESSION_COOKIE = 'tz_session'

/** Headers on every response. */
export function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY)
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('Referrer-Policy', 'no-referrer')
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin')
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin')
  res.setHeader('X-Frame-Options', 'DENY')
}

/** The Host header must name this loopback host and port: a DNS-rebinding page arrives with its own name. */
export function hostAllowed(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`
}

/** Browsers send Origin/Sec-Fetch-Site on cross-site requests: refuse anything not from our own page. */
export function originAllowed(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin
  if (origin !== undefined && origin !== `http://127.0.0.1:${port}` && origin !== `http://localhost:${port}`) return false
  const site = req.headers['sec-fetch-site']
  return site === undefined || site === 'same-origin' || site === 'none'
}

export function tokenMatches(req: IncomingMessage, token: string): boolean {
  const given = req.headers[TOKEN_HEADER]
  if (typeof given !== 'string') return false
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

export function readSessionCookie(req: IncomingMessage): string | null {
  return cookieValue(req, SESSION_COOKIE)
}

export function sessionCookie(value: string | null): string {
  const attrs = 'Path=/api; HttpOnly; SameSite=Strict'
  return value ? `${SESSION_COOKIE}=${encodeURIComponent(value)}; ${attrs}` : `${SESSION_COOKIE}=; ${attrs}; Max-Age=0`
}
