import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { WEBHOST_ENTRY } from '../../electron/webhost/build-if-stale.cjs'

const ENTRY = WEBHOST_ENTRY

export interface RunningHost {
  url: string
  token: string
  /** The one-time link the host printed at start. */
  loginUrl: string
  /** A new one-time link, asked for with the secret as a script would. */
  newLoginUrl(): Promise<string>
  output: () => string
  stop(): Promise<void>
}

/** Starts the built web host on a free port and waits for its ready line. */
export async function launchWebHost(dataDir: string): Promise<RunningHost> {
  // The host runs in the same time zone as the page (playwright.config.ts), as on an office PC.
  const child = spawn(process.execPath, [ENTRY, '--data-dir', dataDir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, TZ: 'Asia/Shanghai' },
  })
  let out = ''
  child.stdout.on('data', (c: Buffer) => (out += c.toString()))
  child.stderr.on('data', (c: Buffer) => (out += c.toString()))
  const loginUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web host did not start:\n${out}`)), 15_000)
    const check = () => {
      const m = /已启动：(http:\/\/127\.0\.0\.1:\d+\/\?login=[\w-]+)/.exec(out)
      if (m) {
        clearTimeout(timer)
        resolve(m[1]!)
      }
    }
    child.stdout.on('data', check)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`web host exited with ${code}:\n${out}`))
    })
  })
  const token = (JSON.parse(readFileSync(join(dataDir, 'webhost.json'), 'utf8')) as { token: string }).token
  const url = `${new URL(loginUrl).origin}/`
  const newLoginUrl = async () => {
    const res = await fetch(`${url}login-link`, { method: 'POST', headers: { 'X-Taizhang-Token': token } })
    return ((await res.json()) as { data: { url: string } }).data.url
  }
  return { url, token, loginUrl, newLoginUrl, output: () => out, stop: () => stopChild(child) }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}

export const makeDataDir = (): string => mkdtempSync(join(tmpdir(), 'taizhang-e2e-'))
export const removeDataDir = (dir: string): void => rmSync(dir, { recursive: true, force: true })
