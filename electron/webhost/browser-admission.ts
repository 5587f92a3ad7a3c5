import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

// Which browsers may have the page (and with it the API secret). The model is Jupyter's token login: the host
// prints a link carrying a one-time code; opening it sets an HttpOnly, SameSite=Strict cookie and redirects to the
// page, and only a browser with that cookie gets index.html. Another account on the same PC can reach the port
// but has neither the link (on the owner's console) nor webhost.json (owner-only), so a plain `GET /` gives it
// nothing but how to open Taizhang. Scripts that can read webhost.json use the API secret directly, or ask the
// host for a new link (POST /login-link with the secret) for another browser.

/** Unused links kept at once: the oldest goes first, so a script asking in a loop cannot grow memory. */
const MAX_OPEN_LINKS = 20

export class BrowserAdmission {
  /** Per port: two hosts on one PC (cookies ignore ports) must not overwrite each other's cookie. */
  readonly cookieName: string
  private readonly key = randomBytes(32).toString('base64url')
  private readonly codes = new Set<string>()

  constructor(port: number) {
    this.cookieName = `tz_browser_${port}`
  }

  /** A new one-time link to the page. */
  newCode(): string {
    const code = randomBytes(24).toString('base64url')
    this.codes.add(code)
    if (this.codes.size > MAX_OPEN_LINKS) this.codes.delete(this.codes.values().next().value as string)
    return code
  }

  /** Uses up a code: true once for a code this host gave out, false for any other text and any second time. */
  redeem(code: string | null): boolean {
    if (code === null || !this.codes.has(code)) return false
    this.codes.delete(code)
    return true
  }

  /** The browser holds this launch's cookie. */
  admits(req: IncomingMessage): boolean {
    return this.browserOf(req) !== null
  }

  /** Which admitted browser sent the request (each link admits one, under its own name), or null. */
  browserOf(req: IncomingMessage): string | null {
    const [key = '', browser = ''] = (cookieValue(req, this.cookieName) ?? '').split('.')
    const a = Buffer.from(key)
    const b = Buffer.from(this.key)
    return browser !== '' && a.length === b.length && timingSafeEqual(a, b) ? browser : null
  }

  /**
   * For one newly admitted browser: this launch's key and a name of its own (failed sign-ins are throttled per
   * browser). Lives as long as the browser session; a new launch has a new key, so an old cookie admits nothing.
   */
  cookie(): string {
    return `${this.cookieName}=${this.key}.${randomBytes(12).toString('base64url')}; Path=/; HttpOnly; SameSite=Strict`
  }
}

export function cookieValue(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key !== name) continue
    // A malformed escape (`%E0%A4%A`) names nothing (decodeURIComponent would throw: a 500 with an empty body).
    try {
      return decodeURIComponent(rest.join('=')) || null
    } catch {
      return null
    }
  }
  return null
}

/** What a browser without the cookie gets instead of the page: how to open Taizhang, and nothing secret. */
export function notAdmittedPage(reason: 'none' | 'used'): string {
  const first =
    reason === 'used'
      ? '这个链接已经用过或已失效（每个链接只能打开一次）。'
      : '网页版只对启动它的本机用户开放，需要用启动时给出的链接打开。'
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>市监台账</title></head>
<body style="font-family: sans-serif; max-width: 40em; margin: 4em auto; line-height: 1.8">
<h1 style="font-size: 1.4em">市监台账 网页版</h1>
<p>${first}</p>
<p>请打开启动网页版的命令行窗口中“已启动”一行给出的完整地址（以 <code>?login=</code> 结尾的一串）。</p>
<p>要在另一个浏览器中打开，或已关闭了浏览器，请在本机运行：<br><code>node out/main/webhost.js --link</code>（与启动时相同的 <code>--data-dir</code>），取得一个新链接。</p>
</body></html>`
}
