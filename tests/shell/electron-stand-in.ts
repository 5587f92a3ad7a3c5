import { EventEmitter } from 'node:events'
import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import Module, { createRequire } from 'node:module'
import { extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ROOT } from '../../electron/webhost/build-if-stale.cjs'

// Why a stand-in: no Electron binary can be fetched on these machines, so the built main process
// (out/main/index.js) is loaded under plain Node with this module resolved in place of `electron`. It follows
// Electron's documented API for the parts the shell uses (including its rules: schemes are registered before
// `ready`, windows and sessions exist only after it, app.quit closes the windows without 'window-all-closed'),
// records every call, and hands the registered handlers back to the test. It checks our wiring against that
// documented API, not Electron itself: tests/e2e-electron/app.spec.ts runs the real thing where a binary exists.

export const OUT_MAIN = join(ROOT, 'out', 'main')
export const OUT_PRELOAD = join(ROOT, 'out', 'preload', 'index.js')
const STAND_IN_ID = join(ROOT, 'tests', 'shell', '<electron stand-in>')

export interface Call {
  name: string
  args: unknown[]
}

/** Electron's Event: preventDefault() and, for navigation events, the details (url, isMainFrame, …). */
export class StandInEvent<T extends object = object> {
  defaultPrevented = false
  constructor(details?: T) {
    Object.assign(this, details)
  }
  preventDefault(): void {
    this.defaultPrevented = true
  }
}

export interface Frame {
  url: string
}

export class StandInWebContents extends EventEmitter {
  private static next = 1
  readonly id = StandInWebContents.next++
  readonly mainFrame: Frame = { url: '' }
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
  constructor(private readonly shell: Shell) {
    super()
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.shell.record('webContents.setWindowOpenHandler', handler)
    this.windowOpenHandler = handler
  }
  /** Fires a navigation event as Electron does (details first, the deprecated url after); true when prevented. */
  navigate(event: 'will-navigate' | 'will-redirect' | 'will-frame-navigate', url: string, isMainFrame = true): boolean {
    const details = new StandInEvent({ url, isMainFrame, isSameDocument: false, frame: isMainFrame ? this.mainFrame : { url: '' } })
    this.emit(event, details, url, false, isMainFrame)
    return details.defaultPrevented
  }
}

export class StandInWindow extends EventEmitter {
  readonly webContents: StandInWebContents
  minimized = false
  maximized = false
  destroyed = false
  constructor(
    private readonly shell: Shell,
    readonly options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>,
  ) {
    super()
    shell.mustBeReady('new BrowserWindow')
    this.webContents = new StandInWebContents(shell)
    shell.windows.push(this)
    // Electron announces every new webContents on app before the constructor returns.
    shell.app.emit('web-contents-created', new StandInEvent(), this.webContents)
    shell.record('new BrowserWindow', options)
  }
  loadURL(url: string): Promise<void> {
    this.webContents.mainFrame.url = url
    this.shell.record('win.loadURL', url)
    return Promise.resolve()
  }
  maximize = () => void (this.maximized = true)
  isMaximized = () => this.maximized
  isMinimized = () => this.minimized
  restore = () => this.shell.record('win.restore')
  focus = () => this.shell.record('win.focus')
  show = () => this.shell.record('win.show')
  getNormalBounds = () => ({ x: 10, y: 20, width: 1300, height: 820 })
  /** The user closes the window: 'close' (preventable), then 'closed', and the last one closing tells app. */
  close(): void {
    const event = new StandInEvent()
    this.emit('close', event)
    if (event.defaultPrevented) return
    this.destroy()
    if (this.shell.windows.length === 0 && !this.shell.quitting) this.shell.app.emit('window-all-closed', new StandInEvent())
  }
  destroy(): void {
    this.destroyed = true
    this.shell.windows.splice(this.shell.windows.indexOf(this), 1)
    this.emit('closed')
    this.webContents.emit('destroyed')
    this.shell.record('win.closed')
  }
}

/** A download as will-download hands it over; `finish` plays the end of it. */
export class StandInDownload extends EventEmitter {
  saveDialogOptions: Record<string, unknown> | null = null
  constructor(
    private readonly filename: string,
    private readonly savePath: string,
  ) {
    super()
  }
  getFilename = () => this.filename
  getSavePath = () => this.savePath
  setSaveDialogOptions(options: Record<string, unknown>): void {
    this.saveDialogOptions = options
  }
  finish(state: 'completed' | 'cancelled' | 'interrupted'): void {
    this.emit('done', new StandInEvent(), state)
  }
}

export class StandInSession extends EventEmitter {
  permissionRequestHandler: ((wc: unknown, permission: string, callback: (granted: boolean) => void, details: object) => void) | null = null
  permissionCheckHandler: ((wc: unknown, permission: string) => boolean) | null = null
  setPermissionRequestHandler(handler: NonNullable<StandInSession['permissionRequestHandler']>): void {
    this.permissionRequestHandler = handler
  }
  setPermissionCheckHandler(handler: NonNullable<StandInSession['permissionCheckHandler']>): void {
    this.permissionCheckHandler = handler
  }
  download(filename: string, savePath: string): StandInDownload {
    const item = new StandInDownload(filename, savePath)
    this.emit('will-download', new StandInEvent(), item, null)
    return item
  }
}

export interface ShellOptions {
  dataDir: string
  isPackaged?: boolean
  /** ELECTRON_RENDERER_URL as electron-vite's dev server sets it. */
  rendererUrl?: string
  /** false: another instance holds the single-instance lock. */
  singleInstance?: boolean
  /** Answers a message box (by its options); default: its cancelId. */
  answer?: (options: { title?: string; buttons?: string[]; cancelId?: number }) => number
  /** What shell.openPath answers: '' when the file opened, else Electron's error text (no program for the type). */
  openPathError?: string
}

/** One loaded main process and everything it registered. */
export class Shell {
  readonly calls: Call[] = []
  readonly windows: StandInWindow[] = []
  readonly app: EventEmitter
  readonly session = new StandInSession()
  readonly schemes: unknown[] = []
  readonly protocolHandlers = new Map<string, (request: Request) => Promise<Response>>()
  readonly ipcHandlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>()
  readonly exposed = new Map<string, unknown>()
  isReady = false
  quitting = false
  quit = false
  exitCode: number | null = null
  readonly paths = new Map<string, string>()
  private waiters: { done: () => boolean; resolve: () => void }[] = []

  constructor(readonly options: ShellOptions) {
    this.app = new EventEmitter()
  }

  record(name: string, ...args: unknown[]): void {
    this.calls.push({ name, args })
    this.waiters = this.waiters.filter((w) => (w.done() ? (w.resolve(), false) : true))
  }
  callsTo(name: string): unknown[][] {
    return this.calls.filter((c) => c.name === name).map((c) => c.args)
  }
  /** Resolves once `done` holds; re-checked after every call the shell makes, so no timers are involved. */
  waitFor(done: () => boolean): Promise<void> {
    return done() ? Promise.resolve() : new Promise((resolve) => this.waiters.push({ done, resolve }))
  }
  /** Started: a window is loading the page, or the shell gave up. */
  started(): Promise<void> {
    return this.waitFor(() => this.callsTo('win.loadURL').length > 0 || this.exitCode !== null || this.quit)
  }
  mustBeReady(what: string): void {
    if (!this.isReady) throw new Error(`${what} before the app is ready`)
  }

  /** app.quit(): before-quit, the windows closed, will-quit (either may be prevented), then quit. */
  quitApp(): void {
    this.record('app.quit')
    if (this.quit || this.exitCode !== null) return
    const before = new StandInEvent()
    this.app.emit('before-quit', before)
    if (before.defaultPrevented) return
    this.quitting = true
    for (const win of [...this.windows]) win.destroy()
    const will = new StandInEvent()
    this.app.emit('will-quit', will)
    if (will.defaultPrevented) return
    this.quit = true
    this.app.emit('quit', new StandInEvent(), 0)
    this.record('quit')
  }
}

/** The module handed to out/main/index.js for require('electron'). */
function electronModule(shell: Shell): Record<string, unknown> {
  const answer = (options: { cancelId?: number }) => (shell.options.answer ? shell.options.answer(options) : (options.cancelId ?? 0))
  // showMessageBox[Sync]([window], options): the window is optional.
  const optionsOf = (args: unknown[]) => (args.length > 1 ? args[1] : args[0]) as { cancelId?: number }
  const ready = Promise.resolve().then(() => {
    shell.isReady = true
    shell.app.emit('ready')
  })
  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version
  const app = Object.assign(shell.app, {
    isPackaged: shell.options.isPackaged ?? false,
    whenReady: () => ready,
    isReady: () => shell.isReady,
    setPath: (name: string, path: string) => (shell.record('app.setPath', name, path), shell.paths.set(name, path)),
    getPath: (name: string) => shell.paths.get(name) ?? join(shell.options.dataDir, `<${name}>`),
    getVersion: () => version,
    requestSingleInstanceLock: () => shell.options.singleInstance ?? true,
    quit: () => shell.quitApp(),
    exit: (code = 0) => {
      shell.exitCode = code
      shell.record('app.exit', code)
    },
    relaunch: () => shell.record('app.relaunch'),
  })
  return {
    app,
    BrowserWindow: class extends StandInWindow {
      constructor(options: StandInWindow['options']) {
        super(shell, options)
      }
    },
    dialog: {
      showMessageBoxSync: (...args: unknown[]) => (shell.record('dialog.showMessageBoxSync', optionsOf(args)), answer(optionsOf(args))),
      showMessageBox: (...args: unknown[]) => {
        shell.record('dialog.showMessageBox', optionsOf(args))
        return Promise.resolve({ response: answer(optionsOf(args)), checkboxChecked: false })
      },
      showErrorBox: (title: string, content: string) => shell.record('dialog.showErrorBox', title, content),
    },
    session: {
      get defaultSession() {
        shell.mustBeReady('session.defaultSession')
        return shell.session
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        // Documented: only before ready.
        if (shell.isReady) throw new Error('registerSchemesAsPrivileged after ready')
        shell.schemes.push(...schemes)
        shell.record('protocol.registerSchemesAsPrivileged', schemes)
      },
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
        shell.mustBeReady('protocol.handle')
        shell.protocolHandlers.set(scheme, handler)
        shell.record('protocol.handle', scheme)
      },
    },
    net: { fetch: fetchFile },
    ipcMain: {
      handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => Promise<unknown>) => {
        shell.ipcHandlers.set(channel, handler)
        shell.record('ipcMain.handle', channel)
      },
    },
    Menu: {
      buildFromTemplate: (template: unknown[]) => ({ template }),
      setApplicationMenu: (menu: unknown) => shell.record('Menu.setApplicationMenu', menu),
    },
    screen: { getAllDisplays: () => (shell.mustBeReady('screen'), [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }]) },
    shell: { openPath: (path: string) => (shell.record('shell.openPath', path), Promise.resolve(shell.options.openPathError ?? '')) },
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (shell.record('contextBridge.exposeInMainWorld', key), shell.exposed.set(key, api)) },
    ipcRenderer: { invoke: (...args: unknown[]) => (shell.record('ipcRenderer.invoke', ...args), Promise.resolve({ ok: true, data: 'from main' })) },
  }
}

const MIME: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png' }

/** net.fetch on a file: URL, as Chromium answers it: the bytes with a type, or a rejection for a missing file. */
async function fetchFile(url: string): Promise<Response> {
  if (!url.startsWith('file:')) throw new TypeError(`the stand-in fetches only file: URLs, not ${url}`)
  const path = fileURLToPath(url)
  const bytes = await readFile(path).catch(() => {
    throw new TypeError('net::ERR_FILE_NOT_FOUND')
  })
  return new Response(bytes, { headers: { 'Content-Type': MIME[extname(path)] ?? 'application/octet-stream' } })
}

// Node's resolver answers `electron` with the stand-in, for everything required from out/.
const nodeRequire = createRequire(join(ROOT, 'package.json'))
const loader = Module as unknown as {
  _resolveFilename: (request: string, parent: unknown, ...rest: unknown[]) => string
  _cache: Record<string, { exports: unknown; loaded: boolean; id: string; filename: string } | undefined>
}
const resolveFilename = loader._resolveFilename
/** Every module request made from out/ (the preload must need nothing but electron: a sandboxed preload gets no require). */
export const requestsFromOut: string[] = []
loader._resolveFilename = function (request, parent, ...rest) {
  const from = (parent as { filename?: string } | undefined)?.filename ?? ''
  if (from.startsWith(join(ROOT, 'out'))) requestsFromOut.push(request)
  return request === 'electron' ? STAND_IN_ID : resolveFilename.call(this, request, parent, ...rest)
}

function provide(shell: Shell): void {
  loader._cache[STAND_IN_ID] = { id: STAND_IN_ID, filename: STAND_IN_ID, loaded: true, exports: electronModule(shell) }
}

function forgetOut(): void {
  for (const key of Object.keys(loader._cache)) if (key.startsWith(join(ROOT, 'out'))) delete loader._cache[key]
}

/** Loads a fresh copy of out/main/index.js (as `electron out/main/index.js --data-dir=…` would start it). */
export function loadShell(options: ShellOptions): Shell {
  const shell = new Shell(options)
  provide(shell)
  forgetOut()
  const { argv } = process
  const devUrl = process.env.ELECTRON_RENDERER_URL
  process.argv = [argv[0]!, join(OUT_MAIN, 'index.js'), `--data-dir=${options.dataDir}`]
  if (options.rendererUrl) process.env.ELECTRON_RENDERER_URL = options.rendererUrl
  else delete process.env.ELECTRON_RENDERER_URL
  try {
    nodeRequire(join(OUT_MAIN, 'index.js'))
  } finally {
    process.argv = argv
    if (devUrl === undefined) delete process.env.ELECTRON_RENDERER_URL
    else process.env.ELECTRON_RENDERER_URL = devUrl
  }
  return shell
}

/** Loads out/preload/index.js against a stand-in; returns what it exposed and which modules it asked for. */
export function loadPreload(): { shell: Shell; requests: string[] } {
  const shell = new Shell({ dataDir: '' })
  provide(shell)
  forgetOut()
  const before = requestsFromOut.length
  nodeRequire(OUT_PRELOAD)
  return { shell, requests: requestsFromOut.slice(before) }
}

/** Quits a shell still running (its core closed through will-quit) and waits until it has. */
export async function shutDown(shell: Shell): Promise<void> {
  if (shell.quit || shell.exitCode !== null) return
  shell.quitApp()
  await shell.waitFor(() => shell.quit || shell.exitCode !== null)
}
