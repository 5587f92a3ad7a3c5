import { join, normalize, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { net, protocol } from 'electron'
import { CONTENT_SECURITY_POLICY } from '../core/transport/csp'

// The built renderer is served from app://taizhang/ rather than file://, so the page has a real origin,
// a CSP header, and cannot read arbitrary local files.
export const APP_SCHEME = 'app'
export const APP_ORIGIN = `${APP_SCHEME}://taizhang`

/**
 * Whether a URL is the app's own page: app://taizhang/, or the dev server's origin when one is given (unpackaged
 * only). The one rule for navigation, redirects, frame navigation and the IPC bridge.
 */
export function isAppUrl(url: string, devUrl: string | undefined): boolean {
  if (url.startsWith(`${APP_ORIGIN}/`)) return true
  // Compared by origin, not prefix: http://localhost:5173 must not admit http://localhost:51730.
  return devUrl !== undefined && URL.canParse(url) && URL.canParse(devUrl) && new URL(url).origin === new URL(devUrl).origin
}

export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }])
}

export function serveRenderer(rendererDir: string): void {
  const root = normalize(rendererDir + sep)
  protocol.handle(APP_SCHEME, async (request) => {
    const { host, pathname } = new URL(request.url)
    let path: string
    try {
      path = decodeURIComponent(pathname === '/' ? '/index.html' : pathname)
    } catch {
      // A malformed escape (%E0%A4%A) would otherwise throw out of the handler and fail the request unanswered.
      return new Response('Not found', { status: 404 })
    }
    const file = normalize(join(root, path))
    if (host !== 'taizhang' || !file.startsWith(root)) return new Response('Not found', { status: 404 })
    let res: Response
    try {
      res = await net.fetch(pathToFileURL(file).href)
    } catch {
      return new Response('Not found', { status: 404 })
    }
    const headers = new Headers(res.headers)
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY)
    headers.set('X-Content-Type-Options', 'nosniff')
    return new Response(res.body, { status: res.status, headers })
  })
}
