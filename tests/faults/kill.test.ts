/*
 * Crash fault test (issue 6): SIGKILL the real web host in the middle of a bulk write loop, again and again.
 *
 * What it does, per iteration, on one data dir that accumulates across iterations:
 *  1. Starts the built web host (`out/main/webhost.js --data-dir D --port 0`, built first if missing or older
 *     than the sources). Starting is the app's own recovery path: it opens the killed database (WAL recovery)
 *     and checks/migrates it.
 *  2. Checks the database through a separate read-only connection while the host runs: `integrity_check` ok
 *     (covers indexes and the FTS5 search index), `foreign_key_check` empty, the audit hash chain walks clean,
 *     and every record is whole: a seizure has its two officers, at least one live line numbered 1..n, its search
 *     text, cached held/disposed/value/term-end columns equal to what its lines and outcomes give, one audit entry
 *     per version; no line or outcome without its seizure, no outcome beyond its line, register numbers 1..n per
 *     year with the counter at n. Then, against the test's own ledger: every write that had answered 200 ok
 *     (seizure created, corrected, outcome added, agency profile changed) is there exactly as acknowledged; a
 *     write cut off by the kill is there whole or not at all (the record equals either its state before or its
 *     state after that write — nothing in between); no record exists that the test never asked for.
 *     Through the host: `audit.verify` as the admin, and `seizures.get` of a few records equals the ledger.
 *  3. Runs the write loop as a clerk (and the admin for the agency profile): 4 requests in flight, each a
 *     `seizures.create` with 1–5 lines, `seizures.update` (rename, re-quantify, add, take out, swap lines),
 *     `seizures.outcome.add`, or `settings.update`; each acknowledged answer is checked and recorded.
 *  4. SIGKILLs the host at a random moment (85%: 20–600 ms into the loop; 15%: right after the k-th
 *     acknowledged write, k in 1..20) and waits for it to exit.
 * After the last kill the host is started and checked once more.
 *
 * Iterations: 50 in `npm test`; 500 in `npm run test:faults` (vitest --mode faults); TAIZHANG_KILLS=N overrides
 * both. TAIZHANG_KILL_SEED=S replays the random choices of a failed run (the seed is printed); which request is
 * in flight at the kill also depends on timing, so a replay is close, not exact. Each iteration is bounded by
 * ITERATION_TIMEOUT_MS; the whole test by a timeout that grows with the iteration count. On failure the data
 * dir is kept and its path printed.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { randomInt } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { ChainWalker } from '../../electron/core/audit/chain'
import type { AuditLogTable } from '../../electron/core/db/schema'
import type { OpInput, OpName } from '../../shared/api'
import type { Seizure } from '../../shared/api/seizure-types'
import type { ItemCategory, OutcomeKind, SeizureKind } from '../../shared/domain/seizures'
import { computeTerm } from '../../shared/rules/seizure-term'
import { seededRandom } from '../support/seeded-random'
import { seizureInput } from '../support/seizures'
import { SETUP_INPUT } from '../support/temp-core'
import { OWN_PASSWORD, TEMP_PASSWORD } from '../support/users'

const MODE = (import.meta as unknown as { env?: { MODE?: string } }).env?.MODE
const KILLS = Number(process.env.TAIZHANG_KILLS ?? (MODE === 'faults' ? 500 : 50))
const SEED = process.env.TAIZHANG_KILL_SEED ? Number(process.env.TAIZHANG_KILL_SEED) : randomInt(2 ** 31)
const WORKERS = 4
const ITERATION_TIMEOUT_MS = 30_000
const TEST_TIMEOUT_MS = 120_000 + KILLS * 6_000

const ROOT = join(__dirname, '..', '..')
const ENTRY = join(ROOT, 'out', 'main', 'webhost.js')
const RENDERER_INDEX = join(ROOT, 'out', 'renderer', 'index.html')
const DB_FILE = 'taizhang.sqlite'
/** seizures/search.ts joins the search text with this (not exported there). */
const SEARCH_SEPARATOR = ' ｜ '
const CLERK = { login: 'clerk1', name: '赵录入' }

// ————— build —————

function newestMtime(path: string): number {
  const st = statSync(path)
  if (!st.isDirectory()) return st.mtimeMs
  let newest = st.mtimeMs
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)))
  return newest
}

/** The same rule as `npm run start:web`: build when out/ is missing or older than the sources. */
function ensureBuilt(): void {
  const sources = ['electron', 'shared', 'renderer', 'package.json', 'electron.vite.config.ts'].map((p) => join(ROOT, p))
  const built = existsSync(ENTRY) && existsSync(RENDERER_INDEX) ? Math.min(statSync(ENTRY).mtimeMs, statSync(RENDERER_INDEX).mtimeMs) : 0
  if (built >= Math.max(...sources.map(newestMtime))) return
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
}

// ————— the host process and its API —————

interface Host {
  child: ChildProcess
  url: string
  token: string
  exited: Promise<void>
  output(): string
}

async function startHost(dataDir: string): Promise<Host> {
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

async function killHost(host: Host): Promise<void> {
  if (host.child.exitCode === null && host.child.signalCode === null) host.child.kill('SIGKILL')
  await host.exited
}

/** A refusal from the host (an answer arrived), as opposed to a request cut off by the kill. */
class Refused extends Error {
  constructor(
    readonly op: string,
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`${op} answered ${status}: ${JSON.stringify(body)}`)
  }
}

/** No whole answer arrived: the connection failed or broke off (the kill), or the request timed out. */
class CutOff extends Error {}

class Session {
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

async function logIn(host: Host, login: string, password: string): Promise<Session> {
  const s = new Session(host)
  await s.call('auth.login', { login, password })
  return s
}

// ————— the ledger: what the test asked for and what was acknowledged —————

interface LineState {
  /** null: a line added by a write not yet seen in the database. */
  id: string | null
  name: string
  brand: string
  spec: string
  category: ItemCategory
  qtyMilli: number
  unit: string
  weightG: number | null
  valueFen: number | null
}
interface OutcomeState {
  docNo: string
  itemId: string
  kind: OutcomeKind
  qtyMilli: number
}
interface RecordState {
  version: number
  notes: string
  lines: LineState[]
  outcomes: OutcomeState[]
}
interface Tracked {
  n: number
  decisionNo: string
  kind: SeizureKind
  decisionDate: string
  id: string | null
  /** The state last acknowledged or seen in the database; null while its create is unacknowledged. */
  committed: RecordState | null
  /** The state a write cut off by the kill would have left: may or may not be in the database, but whole. */
  inDoubt: RecordState | null
  busy: boolean
  revisions: number
}
interface AgencyState {
  address: string
  version: number
}

const PRODUCTS: { name: string; category: ItemCategory; unit: string; brand: string }[] = [
  { name: '运动鞋', category: 'apparel', unit: '双', brand: 'NIKE' },
  { name: '白酒', category: 'tobacco_alcohol', unit: '瓶', brand: '茅台' },
  { name: '散装茶叶', category: 'food', unit: '千克', brand: '' },
  { name: '食用油', category: 'food', unit: '桶', brand: '金龙鱼' },
  { name: '婴幼儿奶粉', category: 'food', unit: '罐', brand: '飞鹤' },
  { name: '面霜', category: 'cosmetics', unit: '支', brand: '大宝' },
  { name: '电动牙刷', category: 'electronics', unit: '支', brand: '' },
  { name: '儿童玩具', category: 'children', unit: '个', brand: '乐高' },
  { name: '除草剂', category: 'agricultural', unit: '瓶', brand: '' },
  { name: '香烟', category: 'tobacco_alcohol', unit: '条', brand: '中华' },
]
const KINDS: SeizureKind[] = ['detention', 'sealing', 'preservation']
const OUTCOMES: OutcomeKind[] = ['release', 'confiscation', 'transfer']

const sameLine = (a: LineState, b: LineState) =>
  (a.id === null || b.id === null || a.id === b.id) &&
  a.name === b.name &&
  a.brand === b.brand &&
  a.spec === b.spec &&
  a.category === b.category &&
  a.qtyMilli === b.qtyMilli &&
  a.unit === b.unit &&
  a.weightG === b.weightG &&
  a.valueFen === b.valueFen

const outcomeKey = (o: OutcomeState) => `${o.docNo}|${o.itemId}|${o.kind}|${o.qtyMilli}`

function sameState(a: RecordState, b: RecordState): boolean {
  if (a.version !== b.version || a.notes !== b.notes || a.lines.length !== b.lines.length) return false
  if (!a.lines.every((l, i) => sameLine(l, b.lines[i]!))) return false
  const ka = a.outcomes.map(outcomeKey).sort()
  const kb = b.outcomes.map(outcomeKey).sort()
  return ka.length === kb.length && ka.every((k, i) => k === kb[i])
}

function fromSeizure(s: Seizure): RecordState {
  return {
    version: s.version,
    notes: s.notes,
    lines: s.items.map((l) => ({
      id: l.id,
      name: l.name,
      brand: l.brand,
      spec: l.spec,
      category: l.category,
      qtyMilli: l.qtyMilli,
      unit: l.unit,
      weightG: l.weightG,
      valueFen: l.valueFen,
    })),
    outcomes: s.outcomes.filter((o) => !o.voided).map((o) => ({ docNo: o.docNo, itemId: o.itemId, kind: o.kind, qtyMilli: o.qtyMilli })),
  }
}

const describeState = (s: RecordState | null | undefined) =>
  s
    ? `v${s.version} notes=${JSON.stringify(s.notes)} lines=[${s.lines.map((l) => `${l.id?.slice(-6) ?? 'new'}:${l.name}×${l.qtyMilli}`).join(', ')}] outcomes=[${s.outcomes.map(outcomeKey).join(', ')}]`
    : 'absent'

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10)
/** The office's date (the host runs in Asia/Shanghai). */
const officeToday = () => isoDay(Date.now() + 8 * 3_600_000)

// ————— the test —————

let dataDir = ''
let host: Host | null = null
let failed = true

beforeAll(() => ensureBuilt(), 180_000)

afterAll(async () => {
  if (host) await killHost(host)
  if (!dataDir) return
  if (failed) console.log(`kill test: data dir kept for inspection: ${dataDir}`)
  else rmSync(dataDir, { recursive: true, force: true })
})

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms))),
  ])
}

it(`SIGKILL in the middle of bulk writes, ${KILLS} times: nothing acknowledged lost, nothing half written`, { timeout: TEST_TIMEOUT_MS }, async () => {
  const started = Date.now()
  const rnd = seededRandom(SEED)
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1))
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!
  dataDir = mkdtempSync(join(tmpdir(), 'taizhang-kill-'))
  const context = () => `seed ${SEED} (TAIZHANG_KILL_SEED=${SEED} to replay), data dir ${dataDir}`

  const ledger = new Map<string, Tracked>() // by decision number
  const committedList: Tracked[] = []
  let created = 0
  let outcomesIssued = 0
  let agency: { committed: AgencyState; inDoubt: AgencyState | null; busy: boolean }
  const stats = {
    kills: 0,
    killsWithWritesInFlight: 0,
    acked: { create: 0, update: 0, outcome: 0, settings: 0 },
    cutOff: 0,
    cutOffFoundWhole: 0,
    cutOffAbsent: 0,
    recordChecks: 0,
    apiChecks: 0,
    /** Milliseconds spent, summed over iterations. */
    ms: { start: 0, check: 0, signIn: 0, write: 0 },
  }
  const timed = async <T>(what: keyof typeof stats.ms, f: () => T | Promise<T>): Promise<T> => {
    const t0 = performance.now()
    try {
      return await f()
    } finally {
      stats.ms[what] += performance.now() - t0
    }
  }

  // ——— set up the office once ———
  host = await startHost(dataDir)
  {
    const admin = new Session(host)
    await admin.call('auth.setup', SETUP_INPUT)
    await admin.call('accounts.create', { login: CLERK.login, name: CLERK.name, roles: ['clerk'], password: TEMP_PASSWORD })
    const clerk = await logIn(host, CLERK.login, TEMP_PASSWORD)
    await clerk.call('auth.changePassword', { current: TEMP_PASSWORD, next: OWN_PASSWORD })
    const profile = (await admin.call('settings.get', {})) as { address: string; version: number }
    agency = { committed: { address: profile.address, version: profile.version }, inDoubt: null, busy: false }
  }

  // ——— one write of each kind; each returns once acknowledged, throws when cut off or refused ———

  function newCreate(): { t: Tracked; input: OpInput<'seizures.create'>; expected: RecordState } {
    const n = ++created
    const lines: LineState[] = Array.from({ length: int(1, 5) }, (_, j) => {
      const p = pick(PRODUCTS)
      return {
        id: null,
        name: `${p.name}${n}-${j + 1}`,
        brand: p.brand,
        spec: rnd() < 0.5 ? '' : `${int(1, 99)}号`,
        category: p.category,
        qtyMilli: int(1, 500) * 1000 + (rnd() < 0.3 ? int(1, 999) : 0),
        unit: p.unit,
        weightG: rnd() < 0.5 ? null : int(0, 100_000),
        valueFen: rnd() < 0.3 ? null : int(0, 5_000_000),
      }
    })
    const kind = pick(KINDS)
    const decisionDate = isoDay(Date.now() - int(1, 20) * 86_400_000)
    const t: Tracked = { n, decisionNo: `测市监强制〔2026〕${n}号`, kind, decisionDate, id: null, committed: null, inDoubt: null, busy: true, revisions: 0 }
    const notes = `故障测试#${n}`
    const input = seizureInput({
      kind,
      decisionNo: t.decisionNo,
      decisionDate,
      notes,
      items: lines.map(({ id: _id, ...l }) => ({ ...l, storageLocationId: null, note: '' })),
    })
    return { t, input, expected: { version: 1, notes, lines, outcomes: [] } }
  }

  function newUpdate(t: Tracked, c: RecordState): { input: OpInput<'seizures.update'>; expected: RecordState } {
    const lines = c.lines.map((l) => ({ ...l }))
    const disposed = (id: string | null) => c.outcomes.filter((o) => o.itemId === id).reduce((s, o) => s + o.qtyMilli, 0)
    const rev = ++t.revisions
    for (let k = int(1, 2); k > 0; k--) {
      const what = rnd()
      if (what < 0.35) {
        const l = pick(lines)
        l.name = `${l.name.split('·')[0]}·改${rev}`
      } else if (what < 0.6) {
        const l = pick(lines)
        l.qtyMilli = Math.max(disposed(l.id) + int(0, 3) * 1000, int(1, 500) * 1000 + int(0, 999)) || 1000
      } else if (what < 0.8 && lines.length < 8) {
        const p = pick(PRODUCTS)
        lines.push({ id: null, name: `${p.name}${t.n}-补${rev}`, brand: p.brand, spec: '', category: p.category, qtyMilli: int(1, 50) * 1000, unit: p.unit, weightG: null, valueFen: int(0, 100_000) })
      } else if (what < 0.92 && lines.length > 1) {
        const free = lines.filter((l) => disposed(l.id) === 0)
        if (free.length > 0) lines.splice(lines.indexOf(pick(free)), 1)
      } else if (lines.length > 1) {
        const i = int(0, lines.length - 2)
        ;[lines[i], lines[i + 1]] = [lines[i + 1]!, lines[i]!]
      }
    }
    const notes = `故障测试#${t.n} 第${rev}次更正`
    const input: OpInput<'seizures.update'> = {
      ...seizureInput({ kind: t.kind, decisionNo: t.decisionNo, decisionDate: t.decisionDate, notes }),
      items: lines.map((l) => ({
        ...(l.id ? { id: l.id } : {}),
        name: l.name,
        brand: l.brand,
        spec: l.spec,
        category: l.category,
        qtyMilli: l.qtyMilli,
        unit: l.unit,
        weightG: l.weightG,
        valueFen: l.valueFen,
        storageLocationId: null,
        note: '',
      })),
      id: t.id!,
      version: c.version,
    }
    return { input, expected: { version: c.version + 1, notes, lines, outcomes: c.outcomes } }
  }

  function newOutcome(t: Tracked, c: RecordState): { input: OpInput<'seizures.outcome.add'>; expected: RecordState } | null {
    const open = c.lines
      .map((l) => ({ l, left: l.qtyMilli - c.outcomes.filter((o) => o.itemId === l.id).reduce((s, o) => s + o.qtyMilli, 0) }))
      .filter((x) => x.left > 0)
    if (open.length === 0) return null
    const { l, left } = pick(open)
    const qtyMilli = rnd() < 0.3 ? left : int(1, left)
    const kind = pick(OUTCOMES)
    const docNo = `测市监处〔2026〕${++outcomesIssued}号`
    const input: OpInput<'seizures.outcome.add'> = {
      id: t.id!,
      version: c.version,
      itemId: l.id!,
      kind,
      qtyMilli,
      date: t.decisionDate,
      docNo,
      receivingUnit: kind === 'transfer' ? '测试县公安局' : '',
      note: `故障测试#${t.n}`,
    }
    return { input, expected: { ...c, version: c.version + 1, outcomes: [...c.outcomes, { docNo, itemId: l.id!, kind, qtyMilli }] } }
  }

  /** Records a seizure write: the expected state is in doubt until the answer; the answer must equal it. */
  async function seizureWrite(t: Tracked, expected: RecordState, send: () => Promise<unknown>, kind: 'create' | 'update' | 'outcome'): Promise<void> {
    t.inDoubt = expected
    const s = (await send()) as Seizure
    const got = fromSeizure(s)
    if (!sameState(expected, got) || s.decisionNo !== t.decisionNo) {
      throw new Error(`${kind} #${t.n} answered ok with a different record:\n  asked ${describeState(expected)}\n  got   ${describeState(got)}`)
    }
    if (t.id !== null && t.id !== s.id) throw new Error(`${kind} #${t.n} answered with another record id`)
    if (t.committed === null) committedList.push(t)
    t.id = s.id
    t.committed = got
    t.inDoubt = null
    t.busy = false
    stats.acked[kind] += 1
  }

  // ——— the checks after a restart ———

  function checkDatabase(iteration: number): void {
    const db = new BetterSqlite3(join(dataDir, DB_FILE), { readonly: true, fileMustExist: true })
    const problems: string[] = []
    const fail = (msg: string) => problems.push(msg)
    // One read transaction: every query below sees the same committed state.
    db.exec('BEGIN')
    try {
      const integrity = db.pragma('integrity_check') as { integrity_check: string }[]
      if (integrity.length !== 1 || integrity[0]!.integrity_check !== 'ok') fail(`integrity_check: ${JSON.stringify(integrity.slice(0, 10))}`)
      const fk = db.pragma('foreign_key_check') as unknown[]
      if (fk.length > 0) fail(`foreign_key_check: ${JSON.stringify(fk.slice(0, 10))}`)

      // The audit chain, walked as audit.verify does.
      const walker = new ChainWalker()
      for (const row of db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<AuditLogTable>) {
        const broken = walker.next(row)
        if (broken) {
          fail(`audit chain broken at ${broken.seq}: ${broken.reason}`)
          break
        }
      }

      interface SRow {
        id: string
        decision_no: string
        notes: string
        version: number
        kind: SeizureKind
        decision_date: string
        register_year: number
        register_seq: number
        register_no: string
        held_milli: number
        disposed_milli: number
        value_fen: number
        term_end: string | null
        voided_at: string | null
        party_name: string
        party_id_no: string
        party_legal_rep: string
      }
      interface LRow {
        id: string
        seizure_id: string
        line_no: number
        name: string
        brand: string
        spec: string
        category: ItemCategory
        qty_milli: number
        unit: string
        weight_g: number | null
        value_fen: number | null
        voided_at: string | null
      }
      interface ORow {
        id: string
        seizure_id: string
        item_id: string
        kind: OutcomeKind
        qty_milli: number
        doc_no: string
        voided_at: string | null
      }
      const seizures = db.prepare('SELECT * FROM seizures').all() as SRow[]
      const lines = db.prepare('SELECT * FROM seizure_items ORDER BY seizure_id, line_no').all() as LRow[]
      const outcomes = db.prepare('SELECT * FROM seizure_outcomes').all() as ORow[]
      const officers = new Map((db.prepare('SELECT seizure_id, count(*) AS n FROM seizure_officers GROUP BY seizure_id').all() as { seizure_id: string; n: number }[]).map((r) => [r.seizure_id, r.n]))
      const search = new Map((db.prepare('SELECT seizure_id, body FROM seizure_search_text').all() as { seizure_id: string; body: string }[]).map((r) => [r.seizure_id, r.body]))
      const audits = new Map(
        (db.prepare("SELECT record_id, count(*) AS n FROM audit_log WHERE record_type = 'seizure' GROUP BY record_id").all() as { record_id: string; n: number }[]).map((r) => [r.record_id, r.n]),
      )
      const counters = db.prepare('SELECT year, last_no FROM seizure_counters').all() as { year: number; last_no: number }[]
      const profile = db.prepare('SELECT address, version FROM agency_profile').all() as AgencyState[]
      const profileEdits = (db.prepare("SELECT count(*) AS n FROM audit_log WHERE operation = 'settings.update'").get() as { n: number }).n

      const byId = new Map(seizures.map((s) => [s.id, s]))
      const linesOf = new Map<string, LRow[]>()
      for (const l of lines) {
        if (!byId.has(l.seizure_id)) fail(`line ${l.id} without its seizure ${l.seizure_id}`)
        if (!linesOf.has(l.seizure_id)) linesOf.set(l.seizure_id, [])
        linesOf.get(l.seizure_id)!.push(l)
      }
      const lineById = new Map(lines.map((l) => [l.id, l]))
      const outcomesOf = new Map<string, ORow[]>()
      for (const o of outcomes) {
        if (!byId.has(o.seizure_id)) fail(`outcome ${o.id} without its seizure ${o.seizure_id}`)
        if (!outcomesOf.has(o.seizure_id)) outcomesOf.set(o.seizure_id, [])
        outcomesOf.get(o.seizure_id)!.push(o)
      }
      const today = officeToday()

      // Register numbers: unique, 1..n per year with no gap, the counter at n.
      const seqs = new Map<number, number[]>()
      for (const s of seizures) {
        if (!seqs.has(s.register_year)) seqs.set(s.register_year, [])
        seqs.get(s.register_year)!.push(s.register_seq)
        if (s.register_no !== `${s.register_year}-${String(s.register_seq).padStart(4, '0')}`) fail(`register number ${s.register_no} ≠ year/seq`)
      }
      if (new Set(seizures.map((s) => s.register_no)).size !== seizures.length) fail('duplicate register numbers')
      for (const [year, list] of seqs) {
        list.sort((a, b) => a - b)
        if (!list.every((q, i) => q === i + 1)) fail(`register numbers of ${year} are not 1..${list.length}`)
        const counter = counters.find((c) => c.year === year)?.last_no
        if (counter !== list.length) fail(`seizure counter of ${year} is ${counter}, ${list.length} records`)
      }

      // Each seizure whole, and as the ledger allows.
      const seen = new Set<string>()
      for (const s of seizures) {
        const all = linesOf.get(s.id) ?? []
        const live = all.filter((l) => l.voided_at === null)
        const liveOutcomes = (outcomesOf.get(s.id) ?? []).filter((o) => o.voided_at === null)
        const tag = `seizure ${s.register_no} (${s.decision_no})`
        if (s.voided_at !== null) fail(`${tag} is voided; the test never voids`)
        if (live.length === 0) fail(`${tag} has no lines`)
        if (!live.every((l, i) => l.line_no === i + 1)) fail(`${tag} lines numbered ${live.map((l) => l.line_no).join(',')}`)
        if (officers.get(s.id) !== 2) fail(`${tag} has ${officers.get(s.id) ?? 0} officers`)
        if (audits.get(s.id) !== s.version) fail(`${tag} is at version ${s.version} with ${audits.get(s.id) ?? 0} audit entries`)
        const qty = live.reduce((n, l) => n + l.qty_milli, 0)
        const out = liveOutcomes.reduce((n, o) => n + o.qty_milli, 0)
        const value = live.reduce((n, l) => n + (l.value_fen ?? 0), 0)
        if (s.held_milli !== qty - out || s.disposed_milli !== out || s.value_fen !== value) {
          fail(`${tag} caches held ${s.held_milli}/disposed ${s.disposed_milli}/value ${s.value_fen}, facts give ${qty - out}/${out}/${value}`)
        }
        const termEnd = computeTerm({ kind: s.kind, decisionDate: s.decision_date, extensionDays: null, pauses: [] }, today).endDate
        if (s.term_end !== termEnd) fail(`${tag} cached term end ${s.term_end}, facts give ${termEnd}`)
        const body = [s.register_no, s.decision_no, s.party_name, s.party_id_no, s.party_legal_rep, ...live.flatMap((l) => [l.name, l.brand])].filter((x) => x !== '').join(SEARCH_SEPARATOR)
        if (search.get(s.id) !== body) fail(`${tag} search text ${JSON.stringify(search.get(s.id))} ≠ ${JSON.stringify(body)}`)
        for (const o of liveOutcomes) {
          const l = lineById.get(o.item_id)
          if (!l || l.seizure_id !== s.id || l.voided_at !== null) fail(`${tag} outcome ${o.doc_no} on a line not live in this record`)
        }
        for (const l of live) {
          const used = liveOutcomes.filter((o) => o.item_id === l.id).reduce((n, o) => n + o.qty_milli, 0)
          if (used > l.qty_milli) fail(`${tag} line ${l.line_no}: outcomes ${used} > quantity ${l.qty_milli}`)
        }

        const t = ledger.get(s.decision_no)
        if (!t) {
          fail(`${tag} was never asked for`)
          continue
        }
        seen.add(s.decision_no)
        const actual: RecordState = {
          version: s.version,
          notes: s.notes,
          lines: live.map((l) => ({ id: l.id, name: l.name, brand: l.brand, spec: l.spec, category: l.category, qtyMilli: l.qty_milli, unit: l.unit, weightG: l.weight_g, valueFen: l.value_fen })),
          outcomes: liveOutcomes.map((o) => ({ docNo: o.doc_no, itemId: o.item_id, kind: o.kind, qtyMilli: o.qty_milli })),
        }
        if (t.id !== null && t.id !== s.id) fail(`${tag} has id ${s.id}, acknowledged as ${t.id}`)
        const allowed = [t.committed, t.inDoubt].filter((x): x is RecordState => x !== null)
        if (!allowed.some((e) => sameState(e, actual))) {
          fail(
            `${tag} is neither as acknowledged nor as the cut-off write would leave it (half written or lost):\n` +
              `    acknowledged ${describeState(t.committed)}\n    cut off      ${describeState(t.inDoubt)}\n    found        ${describeState(actual)}`,
          )
          continue
        }
        if (t.committed !== null) stats.recordChecks += 1
        if (t.inDoubt !== null) {
          if (sameState(t.inDoubt, actual)) stats.cutOffFoundWhole += 1
          else stats.cutOffAbsent += 1
          if (t.committed === null) committedList.push(t)
        }
        t.id = s.id
        t.committed = actual
        t.inDoubt = null
        t.busy = false
      }
      for (const t of ledger.values()) {
        if (seen.has(t.decisionNo)) continue
        if (t.committed !== null) fail(`acknowledged seizure #${t.n} (${t.decisionNo}) is missing: ${describeState(t.committed)}`)
        else {
          // Its create was cut off before committing: never there, and never will be.
          stats.cutOffAbsent += 1
          ledger.delete(t.decisionNo)
        }
      }

      // The agency profile: as acknowledged, or as the cut-off change would leave it.
      const p = profile[0]
      if (profile.length !== 1 || !p) fail(`agency_profile has ${profile.length} rows`)
      else {
        const ok = [agency.committed, agency.inDoubt].some((a) => a && a.address === p.address && a.version === p.version)
        if (!ok) fail(`agency profile ${JSON.stringify(p)}, acknowledged ${JSON.stringify(agency.committed)}, cut off ${JSON.stringify(agency.inDoubt)}`)
        if (p.version - 1 !== profileEdits) fail(`agency profile at version ${p.version} with ${profileEdits} settings.update audit entries`)
        if (agency.inDoubt) {
          if (p.version === agency.inDoubt.version) stats.cutOffFoundWhole += 1
          else stats.cutOffAbsent += 1
        }
        agency = { committed: { address: p.address, version: p.version }, inDoubt: null, busy: false }
      }
    } finally {
      db.exec('COMMIT')
      db.close()
    }
    if (problems.length > 0) throw new Error(`after kill ${iteration}: ${problems.length} problem(s), ${context()}\n  ${problems.slice(0, 20).join('\n  ')}`)
  }

  async function checkThroughHost(admin: Session, clerk: Session, iteration: number): Promise<void> {
    const verify = (await admin.call('audit.verify', {})) as { ok: boolean; broken: unknown }
    if (!verify.ok) throw new Error(`after kill ${iteration}: audit.verify ${JSON.stringify(verify)}, ${context()}`)
    for (let k = 0; k < 3 && committedList.length > 0; k++) {
      const t = pick(committedList)
      const got = fromSeizure((await clerk.call('seizures.get', { id: t.id! })) as Seizure)
      if (!sameState(t.committed!, got)) throw new Error(`after kill ${iteration}: seizures.get #${t.n} gave ${describeState(got)}, database has ${describeState(t.committed)}, ${context()}`)
      stats.apiChecks += 1
    }
  }

  // ——— the write loop, cut off by SIGKILL ———

  async function writeUntilKilled(h: Host, admin: Session, clerk: Session): Promise<void> {
    let killed = false
    let inFlight = 0
    let loopError: unknown = null
    let ackedThisRound = 0
    const killAfterAcks = rnd() < 0.15 ? int(1, 20) : 0
    const kill = () => {
      if (killed) return
      killed = true
      if (inFlight > 0) stats.killsWithWritesInFlight += 1
      h.child.kill('SIGKILL')
    }
    const timer = killAfterAcks ? null : setTimeout(kill, int(20, 600))
    const acked = () => {
      ackedThisRound += 1
      if (killAfterAcks && ackedThisRound >= killAfterAcks) kill()
    }
    const guarded = async (send: () => Promise<unknown>): Promise<unknown> => {
      inFlight += 1
      try {
        return await send()
      } finally {
        inFlight -= 1
      }
    }

    const step = async () => {
      const r = rnd()
      const known = committedList.length > 0 ? pick(committedList) : null
      if (r < 0.05 && !agency.busy) {
        const next: AgencyState = { address: `测试县人民路${int(1, 9999)}号`, version: agency.committed.version + 1 }
        agency.busy = true
        agency.inDoubt = next
        const p = (await guarded(() => admin.call('settings.update', { ...SETUP_INPUT.agency, address: next.address, version: agency.committed.version }))) as AgencyState
        if (p.address !== next.address || p.version !== next.version) throw new Error(`settings.update answered ${JSON.stringify(p)}, asked ${JSON.stringify(next)}`)
        agency = { committed: next, inDoubt: null, busy: false }
        stats.acked.settings += 1
        return acked()
      }
      if (r < 0.3 && known && !known.busy) {
        known.busy = true
        const u = newUpdate(known, known.committed!)
        await seizureWrite(known, u.expected, () => guarded(() => clerk.call('seizures.update', u.input)), 'update')
        return acked()
      }
      if (r < 0.5 && known && !known.busy) {
        const o = newOutcome(known, known.committed!)
        if (o) {
          known.busy = true
          await seizureWrite(known, o.expected, () => guarded(() => clerk.call('seizures.outcome.add', o.input)), 'outcome')
          return acked()
        }
      }
      const c = newCreate()
      ledger.set(c.t.decisionNo, c.t)
      await seizureWrite(c.t, c.expected, () => guarded(() => clerk.call('seizures.create', c.input)), 'create')
      return acked()
    }

    const worker = async () => {
      while (!killed) {
        try {
          await step()
        } catch (err) {
          if (killed && err instanceof CutOff) return // cut off by the kill: its write stays in doubt
          loopError ??= new Error(`${killed ? 'during' : 'before'} the kill: ${String(err)}\nhost output:\n${h.output()}`, { cause: err })
          kill()
          return
        }
      }
    }
    await Promise.all(Array.from({ length: WORKERS }, worker))
    if (timer) clearTimeout(timer)
    kill()
    await h.exited
    stats.kills += 1
    stats.cutOff += [...ledger.values()].filter((t) => t.inDoubt !== null).length + (agency.inDoubt ? 1 : 0)
    if (loopError) throw loopError
  }

  async function signIn(h: Host): Promise<{ admin: Session; clerk: Session }> {
    const [admin, clerk] = await Promise.all([logIn(h, SETUP_INPUT.admin.login, SETUP_INPUT.admin.password), logIn(h, CLERK.login, OWN_PASSWORD)])
    return { admin, clerk }
  }

  // ——— the iterations ———
  let current: Host = host
  let sessions = await signIn(current)
  for (let i = 1; i <= KILLS; i++) {
    await withTimeout(
      (async () => {
        if (i > 1) {
          current = host = await timed('start', () => startHost(dataDir))
          await timed('check', () => checkDatabase(i - 1))
          sessions = await timed('signIn', () => signIn(current))
          await timed('check', () => checkThroughHost(sessions.admin, sessions.clerk, i - 1))
        }
        await timed('write', () => writeUntilKilled(current, sessions.admin, sessions.clerk))
      })(),
      ITERATION_TIMEOUT_MS,
      `iteration ${i} (${context()})`,
    )
  }
  await withTimeout(
    (async () => {
      current = host = await startHost(dataDir)
      checkDatabase(KILLS)
      sessions = await signIn(current)
      await checkThroughHost(sessions.admin, sessions.clerk, KILLS)
      await killHost(current)
    })(),
    ITERATION_TIMEOUT_MS,
    `final check (${context()})`,
  )
  host = null

  const acked = stats.acked.create + stats.acked.update + stats.acked.outcome + stats.acked.settings
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  const per = (what: keyof typeof stats.ms) => Math.round(stats.ms[what] / KILLS)
  console.log(
    `kill test: ${KILLS} iterations, ${stats.kills} SIGKILLs (${stats.killsWithWritesInFlight} with writes in flight), seed ${SEED}, ${seconds} s\n` +
      `  acknowledged writes: ${acked} (${stats.acked.create} creates, ${stats.acked.update} corrections, ${stats.acked.outcome} outcomes, ${stats.acked.settings} profile changes), ` +
      `all present after every restart (${stats.recordChecks} record checks in the database, ${stats.apiChecks} through the host)\n` +
      `  writes cut off by a kill: ${stats.cutOff} (${stats.cutOffFoundWhole} found whole, ${stats.cutOffAbsent} absent, none half written)\n` +
      `  database at the end: ${committedList.length} seizures; mean per iteration: start ${per('start')} ms, checks ${per('check')} ms, ` +
      `sign-in ${per('signIn')} ms, writes until the kill ${per('write')} ms`,
  )
  expect(stats.kills).toBe(KILLS)
  failed = false
})
