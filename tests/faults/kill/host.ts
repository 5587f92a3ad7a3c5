import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildIfStale, WEBHOST_ENTRY } from '../../../electron/webhost/build-if-stale.cjs'
import type { OpInput, OpName } from '../../../shared/api'

// The kill test's web host: built if stale, started as its own process, killed, and called over HTTP.

const ENTRY = WEBHOST_ENTRY

// ————— build —————

/** The same rule as `npm run start:web`: build when out/ is missing or older than the sources. */
export const ensureBuilt = (): void => void buildIfStale({ quiet: true })

// ————— the host process and its API —————

export interface Host {
  child: ChildProcess
  url: string
  token: string
  exited: Promise<void>
  output(): string
}

export async function startHost(dataDir: string): Promise<Host> {
  const child = spawn(process.execPath, [ENTRY, '--data-dir', dataDir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, TZ: 'Asia/Shanghai' },
  })
  let out = ''
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()))
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web host did not start within 15 s:\n${out}`)), 15_000)
    const check = () => {
      const m = /已启动：(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)
      if (m) {
        clearTimeout(timer)
        resolve(m[1]!)
      }
    }
    child.stdout!.on('data', check)
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      reject(new Error(`web host exited (${code ?? signal}) while starting:\n${out}`))
    })
  }).catch((err: unknown) => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    throw err
  })
  // Written before the ready line; after a kill the stale file of the dead host has been replaced by now.
  const token = (JSON.parse(readFileSync(join(dataDir, 'webhost.json'), 'utf8')) as { token: string }).token
  return { child, url, token, exited, output: () => out }
}

export async function killHost(host: Host): Promise<void> {
  if (host.child.exitCode === null && host.child.signalCode === null) host.child.kill('SIGKILL')
  await host.exited
}

/** A refusal from the host (an answer arrived), as opposed to a request cut off by the kill. */
export class Refused extends Error {
  constructor(
    readonly op: string,
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`${op} answered ${status}: ${JSON.stringify(body)}`)
  }
}

/** No whole answer arrived: the connection failed or broke off (the kill), or the request timed out. */
export class CutOff extends Error {}

export class Session {
  cookie = ''
  constructor(private readonly host: Host) {}

  /** Resolves with the data of a 200 ok answer (a write acknowledged); throws Refused or CutOff. */
  async call<N extends OpName>(op: N, input: OpInput<N>): Promise<unknown> {
    let res: Response
    let body: { ok: boolean; data?: unknown }
    try {
      res = await fetch(`${this.host.url}api/${op}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Taizhang-Token': this.host.token, ...(this.cookie ? { Cookie: this.cookie } : {}) },
        body: JSON.stringify(input),
        signal: AbortSignal.timeout(15_000),
      })
      body = (await res.json()) as { ok: boolean; data?: unknown }
    } catch (err) {
      throw new CutOff(`${op}: no answer (${String(err)})`, { cause: err })
    }
    for (const c of res.headers.getSetCookie()) {
      const m = /^tz_session=([^;]*)/.exec(c)
      if (m) this.cookie = m[1] ? `tz_session=${m[1]}` : ''
    }
    if (res.status !== 200 || !body.ok) throw new Refused(op, res.status, body)
    return body.data
  }
}

export async function logIn(host: Host, login: string, password: string): Promise<Session> {
  const s = new Session(host)
  await s.call('auth.login', { login, password })
  return s
}

export function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms))),
  ])
}
