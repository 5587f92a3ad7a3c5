import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import sirv from 'sirv'
import type { Core } from '../core'
import { handleApi, sendInternalError } from './api'
import { hostAllowed, setSecurityHeaders } from './security'

export interface WebHostOptions {
  core: Core
  /** The built renderer (out/renderer). */
  rendererDir: string
  /** 0 picks a free port. */
  port: number
}

export interface WebHost {
  url: string
  port: number
  token: string
  server: Server
  close(): Promise<void>
}

/** Serves the renderer and the API on 127.0.0.1 only, guarded by a per-launch secret. */
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

  const server = createServer((req, res) => {
    setSecurityHeaders(res)
    const boundPort = (server.address() as AddressInfo).port
    if (!hostAllowed(req, boundPort)) {
      res.statusCode = 421
      return res.end('Misdirected request')
    }
    const path = new URL(req.url ?? '/', 'http://x').pathname
    if (path.startsWith('/api/')) {
      handleApi(req, res, core, token, boundPort).catch((err: unknown) => sendInternalError(res, err))
      return
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.statusCode = 405
      return res.end()
    }
    if (path === '/' || path === '/index.html') {
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      res.setHeader('Cache-Control', 'no-store')
      return res.end(indexHtml)
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
  return {
    url: `http://127.0.0.1:${bound}/`,
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
