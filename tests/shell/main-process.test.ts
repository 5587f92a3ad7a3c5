import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { isAbsolute, join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeAll, describe, expect, test } from 'vitest'
import { buildIfStale, ROOT } from '../../electron/webhost/build-if-stale.cjs'
import { CONTENT_SECURITY_POLICY } from '../../electron/core/transport/csp'
import { createCore } from '../../electron/core'
import { newClient } from '../../electron/core/transport/client'
import { makeTempDir, SETUP_INPUT, setUpCore } from '../support/temp-core'
import { loadPreload, loadShell, shutDown, type Frame, type Shell, type ShellOptions, type StandInWebContents } from './electron-stand-in'

// The desktop shell (electron/main) as built in out/main/index.js, loaded under plain Node with a stand-in for
// `electron` (electron-stand-in.ts) and checked call by call. This checks our wiring against Electron's
// documented API, not Electron itself: what Electron really does with these settings is for
// tests/e2e-electron/app.spec.ts, which launches the real app wherever an Electron binary exists.
// Everything else is real: the built bundle, its core, SQLite files in a temp data dir.

beforeAll(() => void buildIfStale({ quiet: true }), 180_000)

const shells: Shell[] = []
const dirs: string[] = []
afterEach(async () => {
  for (const shell of shells.splice(0)) await shutDown(shell)
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

const tempDir = (): string => {
  const dir = makeTempDir('taizhang-shell-')
  dirs.push(dir)
  return dir
}

async function start(options: Partial<ShellOptions> = {}): Promise<Shell> {
  const shell = loadShell({ dataDir: tempDir(), ...options })
  shells.push(shell)
  await shell.started()
  return shell
}

const PAGE = 'app://taizhang/index.html'
const windowOf = (shell: Shell) => shell.windows[0]!
const invoke = (shell: Shell, wc: StandInWebContents, frame: Frame | null, op: unknown, input: unknown = {}) =>
  shell.ipcHandlers.get('taizhang:invoke')!({ sender: wc, senderFrame: frame }, op, input) as Promise<{ ok: boolean; error?: { code: string }; data?: unknown }>
const DAMAGED = Buffer.alloc(16_384, 'not a database, just bytes. ')

describe('start', () => {
  test('opens the core on --data-dir, registers the app scheme before ready, and opens one locked-down window', async () => {
    const shell = await start()
    const { dataDir } = shell.options
    expect(shell.callsTo('app.setPath')).toEqual([['userData', dataDir]])
    expect(existsSync(join(dataDir, 'taizhang.sqlite'))).toBe(true)
    // The stand-in throws when a scheme is registered after ready, as Electron documents.
    expect(shell.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }])
    expect([...shell.protocolHandlers.keys()]).toEqual(['app'])
    expect([...shell.ipcHandlers.keys()]).toEqual(['taizhang:invoke'])
    expect(shell.callsTo('Menu.setApplicationMenu')).toHaveLength(1)

    expect(shell.windows).toHaveLength(1)
    const { webPreferences } = windowOf(shell).options
    expect(webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true })
    const preload = String(webPreferences!.preload)
    expect(isAbsolute(preload) && existsSync(preload)).toBe(true)
    expect(existsSync(String(windowOf(shell).options.icon))).toBe(true)
    expect(shell.callsTo('win.loadURL')).toEqual([[PAGE]])
    // Shown when ready, not before (no white flash).
    expect(shell.callsTo('win.show')).toHaveLength(0)
    windowOf(shell).emit('ready-to-show')
    expect(shell.callsTo('win.show')).toHaveLength(1)
  })

  test('a second instance hands over to the first and opens nothing', async () => {
    const shell = await start({ singleInstance: false })
    expect(shell.quit).toBe(true)
    expect(shell.windows).toHaveLength(0)
    expect(existsSync(join(shell.options.dataDir, 'taizhang.sqlite'))).toBe(false)
  })

  test('the running instance, told of a second one, brings its window back', async () => {
    const shell = await start()
    windowOf(shell).minimized = true
    shell.app.emit('second-instance', {}, [], '')
    expect(shell.calls.map((c) => c.name).filter((n) => n === 'win.restore' || n === 'win.focus')).toEqual(['win.restore', 'win.focus'])
  })
})

describe('the app scheme', () => {
  test('serves the built renderer with the CSP header', async () => {
    const serve = (await start()).protocolHandlers.get('app')!
    for (const url of [PAGE, 'app://taizhang/']) {
      const res = await serve(new Request(url))
      expect(res.status).toBe(200)
      expect(res.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY)
      expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff')
      expect(await res.text()).toContain('<div id="root"></div>')
    }
    const asset = readdirSync(join(ROOT, 'out', 'renderer', 'assets')).find((f) => f.endsWith('.js'))!
    const res = await serve(new Request(`app://taizhang/assets/${asset}`))
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY)
  })

  test('answers 404 for anything outside the renderer folder, however the path is spelled', async () => {
    const serve = (await start()).protocolHandlers.get('app')!
    const outside = [
      'app://taizhang/../../etc/passwd',
      'app://taizhang/%2e%2e/%2e%2e/etc/passwd',
      // out/main/index.js exists beside out/renderer: reaching it would be a real escape.
      'app://taizhang/..%2fmain%2findex.js',
      'app://taizhang/%2e%2e%2fmain%2findex.js',
      'app://taizhang/assets/..%2f..%2f..%2fpackage.json',
      'app://taizhang/..%5cmain%5cindex.js',
      'app://taizhang/index.html%00.png',
      'app://taizhang/%E0%A4%A',
      'app://elsewhere/index.html',
      'app://taizhang/no-such-file.js',
    ]
    for (const url of outside) expect({ url, status: (await serve(new Request(url))).status }).toEqual({ url, status: 404 })
  })
})

describe('the IPC bridge', () => {
  test('answers the main frame of app://taizhang and refuses subframes, other origins and odd calls', async () => {
    const shell = await start()
    const wc = windowOf(shell).webContents
    const info = await invoke(shell, wc, wc.mainFrame, 'app.info')
    expect(info).toMatchObject({ ok: true, data: { dataDir: shell.options.dataDir, setupDone: false } })

    const forbidden = { ok: false, error: { code: 'FORBIDDEN' } }
    expect(await invoke(shell, wc, { url: PAGE }, 'app.info')).toMatchObject(forbidden) // a subframe on our own origin
    expect(await invoke(shell, wc, null, 'app.info')).toMatchObject(forbidden) // the frame is gone
    expect(await invoke(shell, wc, wc.mainFrame, 42)).toMatchObject(forbidden)
    for (const url of ['https://evil.example/', 'app://taizhang.evil/index.html', 'file:///etc/passwd', 'http://localhost:5173/']) {
      wc.mainFrame.url = url
      expect(await invoke(shell, wc, wc.mainFrame, 'app.info')).toMatchObject(forbidden)
    }
  })

  test('a packaged app ignores ELECTRON_RENDERER_URL: it loads app://taizhang and trusts only that', async () => {
    const shell = await start({ isPackaged: true, rendererUrl: 'http://localhost:5173' })
    expect(shell.callsTo('win.loadURL')).toEqual([[PAGE]])
    const wc = windowOf(shell).webContents
    expect(wc.navigate('will-navigate', 'http://localhost:5173/')).toBe(true)
    wc.mainFrame.url = 'http://localhost:5173/'
    expect(await invoke(shell, wc, wc.mainFrame, 'app.info')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  test('unpackaged with a dev server: its origin is trusted, a neighbouring port is not', async () => {
    const shell = await start({ rendererUrl: 'http://localhost:5173' })
    expect(shell.callsTo('win.loadURL')).toEqual([['http://localhost:5173']])
    const wc = windowOf(shell).webContents
    expect(wc.navigate('will-navigate', 'http://localhost:5173/#/seizures')).toBe(false)
    expect(wc.navigate('will-navigate', 'http://localhost:51730/')).toBe(true)
    wc.mainFrame.url = 'http://localhost:5173/'
    expect(await invoke(shell, wc, wc.mainFrame, 'app.info')).toMatchObject({ ok: true })
    wc.mainFrame.url = 'http://localhost:51730/'
    expect(await invoke(shell, wc, wc.mainFrame, 'app.info')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})

describe('the window stays on the app', () => {
  test('navigation, redirects and frame navigation to another origin are prevented; the app origin is not', async () => {
    const wc = windowOf(await start()).webContents
    for (const event of ['will-navigate', 'will-redirect', 'will-frame-navigate'] as const) {
      for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://taizhang.evil/', 'javascript:alert(1)', 'blob:app://taizhang/x']) {
        expect({ event, url, prevented: wc.navigate(event, url) }).toEqual({ event, url, prevented: true })
      }
      expect({ event, prevented: wc.navigate(event, 'app://taizhang/index.html') }).toEqual({ event, prevented: false })
    }
    // A subframe is held to the same rule.
    expect(wc.navigate('will-frame-navigate', 'https://evil.example/', false)).toBe(true)
    expect(wc.navigate('will-frame-navigate', 'app://taizhang/index.html', false)).toBe(false)
  })

  test('window.open is denied, webviews are refused, and every permission is refused', async () => {
    const shell = await start()
    const wc = windowOf(shell).webContents
    for (const url of ['https://example.com/', 'app://taizhang/index.html', 'blob:app://taizhang/0b9c']) expect(wc.windowOpenHandler!({ url })).toEqual({ action: 'deny' })
    const attach = { prevented: false, preventDefault: () => void (attach.prevented = true) }
    wc.emit('will-attach-webview', attach, {}, {})
    expect(attach.prevented).toBe(true)
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const granted: boolean[] = []
      shell.session.permissionRequestHandler!(wc, permission, (g) => granted.push(g), {})
      expect({ permission, granted }).toEqual({ permission, granted: [false] })
      expect(shell.session.permissionCheckHandler!(wc, permission)).toBe(false)
    }
  })

  test('a page refusing to unload asks first, and only 离开 lets it go', async () => {
    const leave = [0, 1] // 离开, then 留在本页
    const shell = await start({ answer: (o) => (o.buttons?.[0] === '离开' ? leave.shift()! : 0) })
    for (const expected of [true, false]) {
      const event = { prevented: false, preventDefault: () => void (event.prevented = true) }
      windowOf(shell).webContents.emit('will-prevent-unload', event)
      expect(event.prevented).toBe(expected)
    }
  })
})

describe('downloads', () => {
  test('a document is saved where the clerk chooses, with its type filter, and offered to open', async () => {
    const shell = await start({ answer: (o) => (o.buttons?.[0]?.startsWith('用 ') ? 0 : (o.cancelId ?? 0)) })
    const item = shell.session.download('扣押决定书.docx', '/home/clerk/文档/扣押决定书.docx')
    expect(item.saveDialogOptions).toEqual({ title: '保存文书', defaultPath: '扣押决定书.docx', filters: [{ name: 'Word 文档', extensions: ['docx'] }] })
    item.finish('completed')
    await shell.waitFor(() => shell.callsTo('shell.openPath').length > 0)
    expect(shell.callsTo('dialog.showMessageBox')).toMatchObject([[{ message: '文书已保存', detail: '/home/clerk/文档/扣押决定书.docx', buttons: ['用 Word/WPS 打开', '关闭'] }]])
    expect(shell.callsTo('shell.openPath')).toEqual([['/home/clerk/文档/扣押决定书.docx']])
  })

  test('a saved document with nothing on the PC to open it says so, with where it was saved', async () => {
    const shell = await start({ answer: (o) => (o.buttons?.[0]?.startsWith('用 ') ? 0 : (o.cancelId ?? 0)), openPathError: 'No application is associated with the specified file' })
    shell.session.download('清单.docx', '/home/clerk/文档/清单.docx').finish('completed')
    await shell.waitFor(() => shell.callsTo('dialog.showMessageBox').length === 2)
    expect(shell.callsTo('dialog.showMessageBox')[1]).toMatchObject([
      { type: 'warning', message: '无法打开文件', detail: '文件已保存在：/home/clerk/文档/清单.docx\n但这台电脑上没有能打开它的程序（No application is associated with the specified file）。' },
    ])
  })

  test('tables and scans get their own filter; other files none; a cancelled download says nothing', async () => {
    const shell = await start()
    expect(shell.session.download('台账.XLSX', '/tmp/台账.XLSX').saveDialogOptions).toMatchObject({ title: '保存表格', filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }] })
    expect(shell.session.download('扫描件.pdf', '/tmp/扫描件.pdf').saveDialogOptions).toMatchObject({ title: '保存扫描件', filters: [{ name: 'PDF 文件', extensions: ['pdf'] }] })
    const other = shell.session.download('说明.txt', '/tmp/说明.txt')
    expect(other.saveDialogOptions).toEqual({ title: '保存文件', defaultPath: '说明.txt', filters: [] })
    other.finish('completed')
    const doc = shell.session.download('文书.docx', '/tmp/文书.docx')
    doc.finish('cancelled')
    doc.finish('interrupted')
    expect(shell.callsTo('dialog.showMessageBox')).toEqual([])
  })
})

describe('quitting', () => {
  test('closing the last window quits, and the database is closed first: WAL checkpointed, lock released', async () => {
    const shell = await start()
    const { dataDir } = shell.options
    const wc = windowOf(shell).webContents
    expect(await invoke(shell, wc, wc.mainFrame, 'auth.setup', SETUP_INPUT)).toMatchObject({ ok: true })
    const wal = join(dataDir, 'taizhang.sqlite-wal')
    expect(statSync(wal).size).toBeGreaterThan(0) // the setup is in the WAL, not yet in the main file
    expect(existsSync(join(dataDir, 'taizhang.lock'))).toBe(true)

    windowOf(shell).close()
    await shell.waitFor(() => shell.quit)
    // will-quit was held until the core closed, then app.quit ran again to finish.
    expect(shell.callsTo('app.quit').length).toBe(2)
    expect(!existsSync(wal) || statSync(wal).size === 0).toBe(true)
    expect(existsSync(join(dataDir, 'taizhang.lock'))).toBe(false)
    expect(JSON.parse(readFileSync(join(dataDir, 'window-state.json'), 'utf8'))).toEqual({ bounds: { x: 10, y: 20, width: 1300, height: 820 }, maximized: false })

    // Closing the window signed the admin out, and that call finished before the database closed.
    const db = new BetterSqlite3(join(dataDir, 'taizhang.sqlite'), { readonly: true })
    try {
      expect(db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'logout'").get()).toEqual({ n: 1 })
    } finally {
      db.close()
    }
    // Another program can open the same folder now, and the setup was kept.
    const core = createCore({ dataDir, autoBackup: false })
    try {
      expect(await core.invoke('app.info', {}, newClient())).toMatchObject({ ok: true, data: { setupDone: true } })
    } finally {
      await core.close()
    }
  })

  test('app.quit (menu 退出) closes the windows without window-all-closed and still closes the database', async () => {
    const shell = await start()
    let allClosed = 0
    shell.app.on('window-all-closed', () => allClosed++)
    shell.quitApp()
    await shell.waitFor(() => shell.quit)
    expect(allClosed).toBe(0)
    expect(existsSync(join(shell.options.dataDir, 'taizhang.lock'))).toBe(false)
  })
})

describe('a damaged database', () => {
  test('with no backup: one error box naming the damage, exit 1, the file left as it was', async () => {
    const dataDir = tempDir()
    writeFileSync(join(dataDir, 'taizhang.sqlite'), DAMAGED)
    const shell = await start({ dataDir })
    expect(shell.exitCode).toBe(1)
    expect(shell.callsTo('dialog.showMessageBoxSync')).toEqual([]) // nothing to offer
    const boxes = shell.callsTo('dialog.showErrorBox')
    expect(boxes).toHaveLength(1)
    expect(boxes[0]![0]).toBe('市监台账无法启动')
    expect(boxes[0]![1]).toContain('未通过完整性检查')
    expect(shell.windows).toHaveLength(0)
    expect(readFileSync(join(dataDir, 'taizhang.sqlite')).equals(DAMAGED)).toBe(true)
  })

  async function damagedWithBackup(): Promise<string> {
    const dataDir = tempDir()
    const t = await setUpCore(dataDir)
    await t.ok('backup.create', {})
    await t.core.close()
    writeFileSync(join(dataDir, 'taizhang.sqlite'), DAMAGED)
    return dataDir
  }

  test('with a good backup: recovery is offered, the backup put in place, the damaged file kept, the window opens', async () => {
    const dataDir = await damagedWithBackup()
    const shell = await start({ dataDir, answer: () => 0 })
    expect(shell.exitCode).toBeNull()
    const [offer, done] = shell.callsTo('dialog.showMessageBoxSync').map((args) => args[0])
    expect(offer).toMatchObject({ type: 'error', title: '数据库文件已损坏', buttons: ['从最近的完好备份恢复', '退出'], cancelId: 1 })
    expect(done).toMatchObject({ type: 'info', title: '已恢复' })
    const [kept] = readdirSync(join(dataDir, 'damaged'))
    expect(readFileSync(join(dataDir, 'damaged', kept!, 'taizhang.sqlite')).equals(DAMAGED)).toBe(true)
    const wc = windowOf(shell).webContents
    expect(await invoke(shell, wc, wc.mainFrame, 'app.info')).toMatchObject({ ok: true, data: { setupDone: true } })
  })

  test('with a good backup declined: the app stops without touching the file', async () => {
    const dataDir = await damagedWithBackup()
    const shell = await start({ dataDir })
    expect(shell.exitCode).toBe(1)
    expect(shell.callsTo('dialog.showMessageBoxSync')).toHaveLength(1)
    expect(existsSync(join(dataDir, 'damaged'))).toBe(false)
    expect(readFileSync(join(dataDir, 'taizhang.sqlite')).equals(DAMAGED)).toBe(true)
  })

  test('a recovery that fails says why once and exits once', async () => {
    const dataDir = await damagedWithBackup()
    // The backup disappears between the offer and the choice (a USB drive pulled, another program).
    const shell = await start({ dataDir, answer: () => (rmSync(join(dataDir, 'backups'), { recursive: true }), 0) })
    expect(shell.callsTo('app.exit')).toEqual([[1]])
    expect(shell.callsTo('dialog.showErrorBox')).toEqual([['市监台账无法启动', '没有可用的完好备份']])
    expect(shell.windows).toHaveLength(0)
  })
})

test('the preload exposes one function that calls the one channel, and needs nothing a sandbox lacks', async () => {
  const { shell, requests } = loadPreload()
  expect(requests).toEqual(['electron'])
  expect([...shell.exposed.keys()]).toEqual(['taizhang'])
  const bridge = shell.exposed.get('taizhang') as { invoke: (op: string, input: unknown) => Promise<unknown> }
  expect(Object.keys(bridge)).toEqual(['invoke'])
  await bridge.invoke('app.info', { a: 1 })
  expect(shell.callsTo('ipcRenderer.invoke')).toEqual([['taizhang:invoke', 'app.info', { a: 1 }]])
})
