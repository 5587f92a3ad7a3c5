import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Core } from '../../electron/core'
import { startWebHost, type WebHost } from '../../electron/webhost/server'
import { makeTempDir } from './temp-core'

/** A web host on a real core, serving a one-line page instead of the built renderer (tests of the API alone). */
export function startBareWebHost(core: Core): Promise<WebHost> {
  const renderer = makeTempDir('taizhang-renderer-')
  mkdirSync(renderer, { recursive: true })
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><html><head></head><body></body></html>')
  return startWebHost({ core, rendererDir: renderer, port: 0 })
}
