import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import sirv from 'sirv'
import type { Core } from '../core'
import { handleApi, refusal, send, sendInternalError } from './api'
import { BrowserAdmission, notAdmittedPage } from './browser-admission'
import { hostAllowed, originAllowed, setSecurityHeaders, tokenMatches } from './security'

export interface WebHostOptions {
  core: Core
  /** The built renderer (out/renderer). */
  rendererDir: string
  /** 0 picks a free port. */
  port: number
}

export interface WebHost {
  url: string
  /** The one-time link printed at start: opening it admits that browser (browser-admission.ts). */
  loginUrl: string
  /** A further one-time link, for another browser. */
  newLoginUrl(): string
  port: number
  token: string
  server: Server
  close(): Promise<void>
}

/**
 * Serves the renderer and the API on 127.0.0.1 only: the page only to a browser admitted by a one-time link, the
 * API only with the per-launch secret (which the admitted page carries).
 */
export async function startWebHost({ core, rendererDir, port }: WebHostOptions): Promise<WebHost> {
  const token = randomBytes(32).toString('base64url')
  // The page learns the secret from a meta tag in index.html; a page of another origin cannot read it.
  const indexHtml = readFileSync(join(rendererDir, 'index.html'), 'utf8').replace(
    '</head>',
    `<meta name="taizhang-token" content="${token}"></head>`,
  )
  // Build assets are named by their content hash, so the browser keeps them without asking again on every page
  // load; the icons keep their names and are checked as usual (index.html is answered on its own, never cached).
  const assets = sirv(rendererDir, {
    dev: false,
    etag: true,
    dotfiles: false,
    setHeaders: (res, pathname) => {
      if (pathname.startsWith('/assets/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable')
    },
  })

  // Made once the port is known (the cookie is named by it).
  let made: BrowserAdmission | null = null
  const admission = (): BrowserAdmission => (made ??= new BrowserAdmission((server.address() as AddressInfo).port))
  const server = createServer((req, res) => {
    setSecurityHeaders(res)
    const boundPort = (server.address() as AddressInfo).port
    if (!hostAllowed(req, boundPort)) {
      res.statusCode = 421
      return res.end('Misdirected request')
    }
    const url = new URL(req.url ?? '/', 'http://x')
    const path = url.pathname
    if (path.startsWith('/api/')) {
      // A script with the token alone is one caller, each admitted browser another (login throttling).
      const caller = admission().browserOf(req) ?? 'token-only'
      handleApi(req, res, core, token, boundPort, caller).catch((err: unknown) => sendInternalError(res, err))
      return
    }
    if (path === '/login-link') return answerLoginLink(req, res, boundPort)
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.statusCode = 405
      return res.end()
    }
    if (path === '/' || path === '/index.html') {
      res.setHeader('Cache-Control', 'no-store')
      const code = url.searchParams.get('login')
      if (code !== null) {
        if (!admission().redeem(code)) return sendPage(res, 403, notAdmittedPage('used'))
        // The code leaves the address bar (and the history) at once; a fragment typed after it is kept by the browser.
        res.statusCode = 303
        res.setHeader('Set-Cookie', admission().cookie())
        res.setHeader('Location', '/')
        return res.end()
      }
      if (!admission().admits(req)) return sendPage(res, 403, notAdmittedPage('none'))
      return sendPage(res, 200, indexHtml)
    }
    assets(req, res, () => {
      res.statusCode = 404
      res.end('Not found')
    })
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  const bound = (server.address() as AddressInfo).port
  const base = `http://127.0.0.1:${bound}/`
  const newLoginUrl = () => `${base}?login=${admission().newCode()}`

  /** POST /login-link with the secret: a new one-time link, for a script or `webhost.js --link`. */
  function answerLoginLink(req: IncomingMessage, res: ServerResponse, boundPort: number): void {
    if (req.method !== 'POST') return send(res, 405, refusal('VALIDATION', '只接受 POST 请求'))
    if (!originAllowed(req, boundPort) || !tokenMatches(req, token)) return send(res, 403, refusal('FORBIDDEN', '缺少或错误的访问令牌（X-Taizhang-Token）'))
    req.resume()
    send(res, 200, { ok: true, data: { url: newLoginUrl() } })
  }

  return {
    url: base,
    loginUrl: newLoginUrl(),
    newLoginUrl,
    port: bound,
    token,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

function sendPage(res: ServerResponse, status: number, html: string): void {
  res.statusCode = status
  res.setHeader('Content-Type', 'text/html; charset=utf-8')
  res.end(html)
}
