import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'

// Runs the built app in real Electron where a binary exists. Electron 45 downloads its binary lazily on
// first launch; where that download is impossible (no access to its CDN), this spec reports itself skipped.
function electronBinary(): { path: string } | { reason: string } {
  try {
    const path = createRequire(__filename)('electron') as unknown
    if (typeof path === 'string' && existsSync(path)) return { path }
    return { reason: `Electron 二进制文件不存在（${String(path)}）` }
  } catch (err) {
    return { reason: `本机没有 Electron 二进制文件：${(err as Error).message.split('\n')[0]}` }
  }
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
