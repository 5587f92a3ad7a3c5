import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'

// Runs the built app in real Electron where a binary exists. Electron 45 downloads its binary lazily, and
// `require('electron')` starts that download, so the binary is looked up the way electron/index.js does,
// without fetching anything. Where there is none (no access to Electron's CDN), this spec reports itself skipped.
function electronBinary(): { path: string } | { reason: string } {
  const pkgDir = dirname(createRequire(__filename).resolve('electron/package.json'))
  const pathFile = join(pkgDir, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(pkgDir, 'dist')
  const path = relative ? join(dist, relative) : null
  if (path && existsSync(path)) return { path }
  return { reason: `本机没有 Electron 二进制文件（${path ?? join(pkgDir, 'path.txt')} 不存在）：Electron 在首次运行时下载，此处无法访问其下载地址` }
}

test('the Electron window opens on the setup screen with the security settings in force', async () => {
  const bin = electronBinary()
  test.skip('reason' in bin, 'reason' in bin ? bin.reason : '')
  if (!('path' in bin)) return
  const dataDir = mkdtempSync(join(tmpdir(), 'taizhang-electron-'))
  const app = await electron.launch({
    executablePath: bin.path,
    args: [join(__dirname, '..', '..', 'out', 'main', 'index.js'), `--data-dir=${dataDir}`, '--no-sandbox'],
  })
  try {
    const win = await app.firstWindow()
    await expect(win.getByRole('heading', { name: '欢迎使用市监台账' })).toBeVisible()
    // The page has exactly one bridge function, no Node, and cannot open windows.
    const page = await win.evaluate(() => {
      const g = globalThis as unknown as Record<string, unknown> & { open(url: string): unknown }
      return {
        bridge: Object.keys(g.taizhang as object),
        require: typeof g.require,
        process: typeof g.process,
        popup: g.open('https://example.com') === null,
      }
    })
    expect(page).toEqual({ bridge: ['invoke'], require: 'undefined', process: 'undefined', popup: true })
    expect(existsSync(join(dataDir, 'taizhang.sqlite'))).toBe(true)
  } finally {
    await app.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
})
