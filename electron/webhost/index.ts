import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { createCore, AppError, type Core } from '../core'
import { DamagedDatabaseError } from '../core/db/connection'
import { recoverFromBackup } from '../core/backup/recover'
import { defaultDataDir } from '../core/paths'
import { startWebHost, type WebHost } from './server'

// The web host: the same app for a browser on this PC (and for end-to-end tests), on 127.0.0.1 only.
// Usage: node out/main/webhost.js [--data-dir DIR] [--port N] [--restore-backup latest|FILE]
//        node out/main/webhost.js --link [--data-dir DIR]   (a new one-time link to the running host)

export const DEFAULT_PORT = 47815

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { 'data-dir': { type: 'string' }, port: { type: 'string' }, 'restore-backup': { type: 'string' }, link: { type: 'boolean' } },
    allowPositionals: false,
  })
  const dataDir = resolve(values['data-dir'] ?? defaultDataDir())
  if (values.link) return printNewLink(dataDir)
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`端口无效：${values.port}`)

  // After a refusal for a damaged database: --restore-backup latest (or a backup's file name) puts that
  // backup in place, the damaged file moved aside into <data>/damaged/.
  if (values['restore-backup']) {
    try {
      const { restored, damagedDir } = recoverFromBackup(dataDir, values['restore-backup'])
      console.log(`已从备份 ${restored.fileName} 恢复；原数据库文件已移到 ${damagedDir}`)
    } catch (err) {
      fail(err instanceof AppError ? err.message : String(err))
    }
  }

  const refusal = (err: unknown) => {
    const hint = err instanceof DamagedDatabaseError && err.newestBackup ? `\n要从最近的完好备份恢复，请加参数 --restore-backup latest 重新启动。` : ''
    return (err instanceof AppError ? err.message : String(err)) + hint
  }
  let core: Core
  try {
    core = createCore({ dataDir })
  } catch (err) {
    fail(refusal(err))
  }
  if (core.migration.backupFile) console.log(`升级数据库前已备份：${core.migration.backupFile}`)

  let host: WebHost
  try {
    host = await startWebHost({ core, rendererDir: join(__dirname, '../renderer'), port })
  } catch (err) {
    await core.close()
    const code = (err as { code?: string }).code
    fail(code === 'EADDRINUSE' ? `端口 ${port} 已被占用，请用 --port 指定其他端口` : String(err))
  }

  // Scripts on this PC find the host and its secret here; owner-only, removed on exit.
  const infoFile = join(dataDir, 'webhost.json')
  writeFileSync(infoFile, JSON.stringify({ url: host.url, token: host.token, pid: process.pid }, null, 2), { mode: 0o600 })
  chmodSync(infoFile, 0o600)

  let stopping = false
  const stop = async (code = 0) => {
    if (stopping) return
    stopping = true
    await host.close()
    await core.close()
    rmSync(infoFile, { force: true })
    process.exit(code)
  }
  // Before the ready line: a stop asked for the moment it shows (a script, a quick Ctrl+C) still closes cleanly,
  // instead of the signal's default ending the process without the clean-close mark (then the next start checks
  // the whole file before opening, seconds at 200,000 records).
  process.on('SIGINT', () => void stop())
  process.on('SIGTERM', () => void stop())
  // A cleanly closed database is checked after the host is up (nothing is written until it passes); found
  // damaged, the host stops with the same message as a refusal at start.
  core.checked.catch((err: unknown) => {
    console.error(`无法继续：${refusal(err)}`)
    void stop(1)
  })
  // The link admits one browser (browser-admission.ts); only this console and the owner's webhost.json lead to it.
  console.log(`市监台账 网页版已启动：${host.loginUrl}`)
  console.log(`数据目录：${dataDir}`)
  console.log('按 Ctrl+C 停止。')
}

/** Asks the running host for a new one-time link, with the secret only the owner can read. */
async function printNewLink(dataDir: string): Promise<void> {
  let info: { url: string; token: string }
  try {
    info = JSON.parse(readFileSync(join(dataDir, 'webhost.json'), 'utf8')) as { url: string; token: string }
  } catch {
    fail(`网页版没有在运行（${join(dataDir, 'webhost.json')} 不存在或无法读取）`)
  }
  try {
    const res = await fetch(`${info.url}login-link`, { method: 'POST', headers: { 'X-Taizhang-Token': info.token } })
    const body = (await res.json()) as { ok: boolean; data?: { url: string }; error?: { message: string } }
    if (!body.ok || !body.data) fail(body.error?.message ?? `网页版拒绝了请求（${res.status}）`)
    console.log(`请在浏览器中打开（只能用一次）：${body.data.url}`)
  } catch (err) {
    fail(`无法连接网页版 ${info.url}：${(err as Error).message}`)
  }
}

function fail(message: string): never {
  console.error(`无法启动：${message}`)
  process.exit(1)
}

void main()
