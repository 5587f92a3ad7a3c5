import { join, resolve } from 'node:path'
import { app, BrowserWindow, dialog, session } from 'electron'
import { createCore, AppError, type Core } from '../core'
import { DamagedDatabaseError } from '../core/db/connection'
import { recoverFromBackup } from '../core/backup/recover'
import { defaultDataDir } from '../core/paths'
import { handleDocumentDownloads } from './downloads'
import { callsSettled, registerIpc } from './ipc'
import { installMenu } from './menu'
import { APP_ORIGIN, isAppUrl, registerAppScheme, serveRenderer } from './protocol'
import { loadWindowState, trackWindowState } from './window-state'

// The Electron shell: window, security, menu and the IPC bridge. Everything worth testing lives in core.

const devUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
const dataDirArg = process.argv.find((a) => a.startsWith('--data-dir='))?.slice('--data-dir='.length)
const dataDir = resolve(dataDirArg ?? defaultDataDir())
app.setPath('userData', dataDir)

let core: Core | null = null
let mainWindow: BrowserWindow | null = null

registerAppScheme()

if (!app.requestSingleInstanceLock()) {
  // Two instances on one database would fight over it: hand over to the running one.
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })

  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
    // The page stays on the app's own origin: a link, a server redirect (dev server) or a subframe cannot take
    // the window, or a frame inside it, anywhere else.
    const stayHome = (details: { url: string; preventDefault(): void }) => {
      if (!isAppUrl(details.url, devUrl)) details.preventDefault()
    }
    contents.on('will-navigate', stayHome)
    contents.on('will-redirect', stayHome)
    contents.on('will-frame-navigate', stayHome)
    contents.on('will-attach-webview', (event) => event.preventDefault())
  })

  app.whenReady().then(start, (err: unknown) => fatal(String(err)))

  app.on('window-all-closed', () => app.quit())
  // Close the database cleanly (WAL checkpointed) before the process ends.
  let closing = false
  app.on('will-quit', (event) => {
    if (!core || closing) return
    closing = true
    event.preventDefault()
    const closingCore = core
    void callsSettled()
      .then(() => closingCore.close())
      .catch((err: unknown) => console.error('关闭数据库时出错：', err))
      .finally(() => app.quit())
  })
}

function start(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)

  try {
    core = createCore({ dataDir })
  } catch (err) {
    if (!(err instanceof DamagedDatabaseError && err.newestBackup && offerRecovery(err))) return fatal(err instanceof AppError ? err.message : String(err))
    try {
      core = createCore({ dataDir })
    } catch (again) {
      return fatal(again instanceof AppError ? again.message : String(again))
    }
  }
  console.log(`市监台账 数据目录：${dataDir}`)
  if (core.migration.backupFile) console.log(`升级数据库前已备份：${core.migration.backupFile}`)

  // A cleanly closed database is checked while the window opens (nothing is written until it passes); found
  // damaged, the same choice as at start: restore the newest good backup and start again, or quit.
  core.checked.catch(async (err: unknown) => {
    await core?.close()
    core = null
    if (err instanceof DamagedDatabaseError && err.newestBackup && offerRecovery(err)) {
      app.relaunch()
      app.exit(0)
    } else fatal(err instanceof AppError ? err.message : String(err))
  })
  handleDocumentDownloads(session.defaultSession, () => mainWindow)
  serveRenderer(join(__dirname, '../renderer'))
  registerIpc(core, devUrl)
  installMenu()
  createWindow()
}

function createWindow(): void {
  const state = loadWindowState(dataDir)
  mainWindow = new BrowserWindow({
    ...(state.placed ? state.bounds : { width: state.bounds.width, height: state.bounds.height }),
    minWidth: 1024,
    minHeight: 640,
    title: '市监台账',
    // resources/icon.png, copied beside the renderer by the build: window and taskbar.
    icon: join(__dirname, '../renderer/icon.png'),
    show: false,
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  })
  if (state.maximized) mainWindow.maximize()
  trackWindowState(mainWindow, dataDir)
  // A page with unsaved changes refuses to unload (reload, close): Electron would just stay put without a word,
  // so ask here, in the words the page uses for leaving a changed form.
  mainWindow.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(mainWindow!, {
      type: 'question',
      buttons: ['离开', '留在本页'],
      defaultId: 1,
      cancelId: 1,
      title: '市监台账',
      message: '有未保存的内容，确定离开吗？',
      detail: '离开后，本页填写、修改的内容不会保存。',
    })
    if (choice === 0) event.preventDefault() // lets the unload go ahead
  })
  mainWindow.once('ready-to-show', () => mainWindow?.show())
  mainWindow.on('closed', () => (mainWindow = null))
  void mainWindow.loadURL(devUrl ?? `${APP_ORIGIN}/index.html`)
}

/** A damaged database: ask whether to put the newest good backup in place (the damaged file is kept aside). */
function offerRecovery(err: DamagedDatabaseError): boolean {
  const choice = dialog.showMessageBoxSync({
    type: 'error',
    title: '数据库文件已损坏',
    message: '数据库文件未通过完整性检查',
    detail: err.message,
    buttons: ['从最近的完好备份恢复', '退出'],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  })
  if (choice !== 0) return false
  try {
    const { restored, damagedDir } = recoverFromBackup(dataDir, 'latest')
    dialog.showMessageBoxSync({ type: 'info', title: '已恢复', message: `已从备份 ${restored.fileName} 恢复。`, detail: `损坏的文件已移到：${damagedDir}` })
    return true
  } catch (e) {
    fatal(e instanceof AppError ? e.message : String(e))
    return false
  }
}

let fatalShown = false
function fatal(message: string): void {
  // Once: a failed recovery reports itself, and its caller must not follow with a second box and exit.
  if (fatalShown) return
  fatalShown = true
  dialog.showErrorBox('市监台账无法启动', message)
  app.exit(1)
}
