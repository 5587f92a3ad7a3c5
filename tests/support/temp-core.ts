import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createCore, newClient, type Core } from '../../electron/core'
import type { OpInput, OpName, OpResult } from '../../shared/api'

export const makeTempDir = (prefix = 'taizhang-test-'): string => mkdtempSync(join(tmpdir(), prefix))

export const SETUP_INPUT = {
  agency: { fullName: '测试县市场监督管理局', shortName: '测市监', address: '测试县人民路1号', phone: '0591-1234567', postcode: '350000' },
  admin: { login: 'admin', name: '王管理', password: 'admin-pass-123' },
} satisfies OpInput<'auth.setup'>

/** A clock a test moves by hand (idle times, lockouts). */
export class FakeClock {
  constructor(public ms = Date.parse('2026-11-23T01:00:00Z')) {}
  now = (): number => this.ms
  advanceMinutes(minutes: number): void {
    this.ms += minutes * 60_000
  }
}

/** A core on a fresh data dir, and helpers that unwrap results. Call `dispose` in afterEach. */
export function tempCore(dataDir = makeTempDir(), clock?: FakeClock) {
  const open = () => createCore({ dataDir, now: clock?.now })
  let core: Core = open()
  const client = newClient()
  const call = <N extends OpName>(op: N, input: OpInput<N>, c = client) => core.invoke(op, input, c)
  const ok = async <N extends OpName>(op: N, input: OpInput<N>, c = client): Promise<OpResult<N>> => {
    const r = await call(op, input, c)
    if (!r.ok) throw new Error(`${op} failed: ${r.error.code} ${r.error.message}`)
    return r.data
  }
  return {
    dataDir,
    client,
    get core() {
      return core
    },
    call,
    ok,
    async reopen() {
      await core.close()
      core = open()
    },
    async dispose() {
      await core.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

export type CoreHarness = ReturnType<typeof tempCore>

/** A core on a fresh data dir with first-run setup done and the harness's client signed in as the admin. */
export async function setUpCore(dataDir?: string, clock?: FakeClock) {
  const t = tempCore(dataDir, clock)
  await t.ok('auth.setup', SETUP_INPUT)
  return t
}
