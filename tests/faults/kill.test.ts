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
 *     `seizures.outcome.add` (没收 half the time), or `settings.update`; each acknowledged answer is checked and
 *     recorded. Among them, destruction batch steps (create, add a stock line, submit, approve as an approver,
 *     execute with a line sometimes short): checked after each restart by their invariants — every line's
 *     confiscated_milli and batch_milli equal the live 没收 outcomes and the lines' held_milli, and an executed
 *     batch has every line's destroyed quantity (never half applied), its seizures' history the destruction.
 *  4. SIGKILLs the host at a random moment (85%: 20–600 ms into the loop; 15%: right after the k-th
 *     acknowledged write, k in 1..20) and waits for it to exit.
 * After the last kill the host is started and checked once more.
 *
 * Iterations: 50 in `npm test`; 500 in `npm run test:faults` (vitest --mode faults); TAIZHANG_KILLS=N overrides
 * both. TAIZHANG_KILL_SEED=S replays the random choices of a failed run (the seed is printed); which request is
 * in flight at the kill also depends on timing, so a replay is close, not exact. Each iteration is bounded by
 * ITERATION_TIMEOUT_MS; the whole test by a timeout that grows with the iteration count. On failure the data
 * dir is kept and its path printed.
 *
 * Parts: kill/host.ts (the host process and its API), kill/ledger.ts (what was asked for and acknowledged),
 * kill/check-database.ts (the checks after each restart).
 */
import { randomInt } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { OpInput } from '../../shared/api'
import type { Seizure } from '../../shared/api/seizure-types'
import type { Batch, BatchPage, StockPage } from '../../shared/api/destruction-types'
import type { BatchStatus } from '../../shared/domain/destruction'
import { batchFactsInput } from '../support/destruction'
import { seededRandom } from '../support/seeded-random'
import { seizureInput } from '../support/seizures'
import { SETUP_INPUT } from '../support/temp-core'
import { OWN_PASSWORD, TEMP_PASSWORD } from '../support/users'
import { checkDatabase } from './kill/check-database'
import { CutOff, ensureBuilt, killHost, logIn, Refused, Session, startHost, withTimeout, type Host } from './kill/host'
import { describeState, fromSeizure, isoDay, KINDS, newStats, officeToday, OUTCOMES, PRODUCTS, sameState, type AgencyState, type KillBook, type LineState, type RecordState, type Tracked } from './kill/ledger'

const MODE = (import.meta as unknown as { env?: { MODE?: string } }).env?.MODE
const KILLS = Number(process.env.TAIZHANG_KILLS ?? (MODE === 'faults' ? 500 : 50))
const SEED = process.env.TAIZHANG_KILL_SEED ? Number(process.env.TAIZHANG_KILL_SEED) : randomInt(2 ** 31)
const WORKERS = 4
const ITERATION_TIMEOUT_MS = 30_000
const TEST_TIMEOUT_MS = 120_000 + KILLS * 6_000

const DB_FILE = 'taizhang.sqlite'
const CLERK = { login: 'clerk1', name: '赵录入' }
const APPROVER = { login: 'boss1', name: '钱领导' }
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

it(`SIGKILL in the middle of bulk writes, ${KILLS} times: nothing acknowledged lost, nothing half written`, { timeout: TEST_TIMEOUT_MS }, async () => {
  const started = Date.now()
  const rnd = seededRandom(SEED)
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1))
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!
  dataDir = mkdtempSync(join(tmpdir(), 'taizhang-kill-'))
  const context = () => `seed ${SEED} (TAIZHANG_KILL_SEED=${SEED} to replay), data dir ${dataDir}`

  let created = 0
  let outcomesIssued = 0
  const book: KillBook = { records: new Map(), committedList: [], agency: { committed: { address: '', version: 0 }, inDoubt: null, busy: false }, stats: newStats() }
  const { records: ledger, committedList, stats } = book
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
    await admin.call('accounts.create', { login: APPROVER.login, name: APPROVER.name, roles: ['approver'], password: TEMP_PASSWORD })
    const boss = await logIn(host, APPROVER.login, TEMP_PASSWORD)
    await boss.call('auth.changePassword', { current: TEMP_PASSWORD, next: OWN_PASSWORD })
    const profile = (await admin.call('settings.get', {})) as { address: string; version: number }
    book.agency = { committed: { address: profile.address, version: profile.version }, inDoubt: null, busy: false }
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
    // 没收 more often than not: the destruction batches take from what was confiscated.
    const kind = rnd() < 0.5 ? 'confiscation' : pick(OUTCOMES)
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

  // ——— destruction batches: opened, filled from the stock, submitted, approved, executed ———
  // Checked after each restart by their invariants (check-database.ts): the stock columns equal the facts, and an
  // executed batch is whole. What the loop knows of them is read again after each restart.

  interface TrackedBatch {
    id: string
    version: number
    status: BatchStatus
    lines: { id: string; planned: number }[]
    busy: boolean
  }
  const batches = new Map<string, TrackedBatch>()
  const track = (b: Batch) => {
    if (b.status === 'executed' || b.voided) batches.delete(b.id)
    else batches.set(b.id, { id: b.id, version: b.version, status: b.status, lines: b.lines.map((l) => ({ id: l.id, planned: l.plannedMilli })), busy: false })
  }

  async function resyncBatches(clerk: Session): Promise<void> {
    batches.clear()
    const page = (await clerk.call('destruction.batch.list', { statuses: ['draft', 'submitted', 'approved'], pageSize: 200 })) as BatchPage
    for (const r of page.rows) track((await clerk.call('destruction.batch.get', { id: r.id })) as Batch)
  }

  /** One step of one batch; false when there was nothing to do (no stock yet). */
  async function batchStep(clerk: Session, boss: Session, guarded: (send: () => Promise<unknown>) => Promise<unknown>): Promise<boolean> {
    const free = [...batches.values()].filter((b) => !b.busy)
    if (batches.size < 3 && (free.length === 0 || rnd() < 0.3)) {
      track((await guarded(() => clerk.call('destruction.batch.create', batchFactsInput({ plannedDate: officeToday() })))) as Batch)
      return true
    }
    if (free.length === 0) return false
    const b = pick(free)
    b.busy = true
    const v = { id: b.id, version: b.version }
    try {
      let next: unknown
      if (b.status === 'draft' && (b.lines.length < 2 || (b.lines.length < 6 && rnd() < 0.5))) {
        const stock = (await clerk.call('destruction.stock.list', { pageSize: 50 })) as StockPage
        if (stock.rows.length === 0) {
          b.busy = false
          return false
        }
        const row = pick(stock.rows)
        const qtyMilli = rnd() < 0.5 ? null : int(1, row.leftMilli)
        next = await guarded(() => clerk.call('destruction.lines.add', { ...v, lines: [{ itemId: row.itemId, qtyMilli }] }))
      } else if (b.status === 'draft') next = await guarded(() => clerk.call('destruction.batch.submit', { ...v, request: '申请集中销毁（故障测试）' }))
      else if (b.status === 'submitted') next = await guarded(() => boss.call('destruction.batch.approve', { ...v, opinion: '同意销毁', date: officeToday() }))
      else {
        // Executed with one line short now and then: the difference goes back to the stock in the same transaction.
        const short = b.lines.length > 0 && rnd() < 0.4 ? [{ lineId: b.lines[0]!.id, destroyedMilli: Math.floor(b.lines[0]!.planned / 2), reason: '部分另案留作证据' }] : []
        next = await guarded(() => clerk.call('destruction.batch.execute', { ...v, actualDate: officeToday(), lines: short }))
      }
      track(next as Batch)
      return true
    } catch (err) {
      // Another worker took the stock line meanwhile: refused as it must be, nothing written; read the batch again.
      if (err instanceof Refused && ['CONFLICT', 'STATE'].includes((err.body as { error?: { code?: string } })?.error?.code ?? '')) {
        stats.batchRefused += 1
        track((await clerk.call('destruction.batch.get', { id: b.id })) as Batch)
        return false
      }
      throw err
    }
  }

  function checkDatabaseAfter(iteration: number): void {
    const problems = checkDatabase(join(dataDir, DB_FILE), book)
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

  async function writeUntilKilled(h: Host, admin: Session, clerk: Session, boss: Session): Promise<void> {
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
      if (r < 0.05 && !book.agency.busy) {
        // Another address than the current one: an unchanged profile is answered as it is, without a new version.
        let address = book.agency.committed.address
        while (address === book.agency.committed.address) address = `测试县人民路${int(1, 9999)}号`
        const next: AgencyState = { address, version: book.agency.committed.version + 1 }
        book.agency.busy = true
        book.agency.inDoubt = next
        const p = (await guarded(() => admin.call('settings.update', { ...SETUP_INPUT.agency, address: next.address, version: book.agency.committed.version }))) as AgencyState
        if (p.address !== next.address || p.version !== next.version) throw new Error(`settings.update answered ${JSON.stringify(p)}, asked ${JSON.stringify(next)}`)
        book.agency = { committed: next, inDoubt: null, busy: false }
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
      if (rnd() < 0.45 && (await batchStep(clerk, boss, guarded))) {
        stats.acked.batch += 1
        return acked()
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
    stats.cutOff += [...ledger.values()].filter((t) => t.inDoubt !== null).length + (book.agency.inDoubt ? 1 : 0)
    if (loopError) throw loopError
  }

  async function signIn(h: Host): Promise<{ admin: Session; clerk: Session; boss: Session }> {
    const [admin, clerk, boss] = await Promise.all([logIn(h, SETUP_INPUT.admin.login, SETUP_INPUT.admin.password), logIn(h, CLERK.login, OWN_PASSWORD), logIn(h, APPROVER.login, OWN_PASSWORD)])
    await resyncBatches(clerk)
    return { admin, clerk, boss }
  }

  // ——— the iterations ———
  let current: Host = host
  let sessions = await signIn(current)
  for (let i = 1; i <= KILLS; i++) {
    await withTimeout(
      (async () => {
        if (i > 1) {
          current = host = await timed('start', () => startHost(dataDir))
          await timed('check', () => checkDatabaseAfter(i - 1))
          sessions = await timed('signIn', () => signIn(current))
          await timed('check', () => checkThroughHost(sessions.admin, sessions.clerk, i - 1))
        }
        await timed('write', () => writeUntilKilled(current, sessions.admin, sessions.clerk, sessions.boss))
      })(),
      ITERATION_TIMEOUT_MS,
      `iteration ${i} (${context()})`,
    )
  }
  await withTimeout(
    (async () => {
      current = host = await startHost(dataDir)
      checkDatabaseAfter(KILLS)
      sessions = await signIn(current)
      await checkThroughHost(sessions.admin, sessions.clerk, KILLS)
      await killHost(current)
    })(),
    ITERATION_TIMEOUT_MS,
    `final check (${context()})`,
  )
  host = null

  const acked = stats.acked.create + stats.acked.update + stats.acked.outcome + stats.acked.settings + stats.acked.batch
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  const per = (what: keyof typeof stats.ms) => Math.round(stats.ms[what] / KILLS)
  console.log(
    `kill test: ${KILLS} iterations, ${stats.kills} SIGKILLs (${stats.killsWithWritesInFlight} with writes in flight), seed ${SEED}, ${seconds} s\n` +
      `  acknowledged writes: ${acked} (${stats.acked.create} creates, ${stats.acked.update} corrections, ${stats.acked.outcome} outcomes, ${stats.acked.settings} profile changes, ${stats.acked.batch} batch steps; ${stats.batchRefused} batch steps refused as the stock moved, ${stats.batchesExecuted} batches executed), ` +
      `all present after every restart (${stats.recordChecks} record checks in the database, ${stats.apiChecks} through the host)\n` +
      `  writes cut off by a kill: ${stats.cutOff} (${stats.cutOffFoundWhole} found whole, ${stats.cutOffAbsent} absent, none half written)\n` +
      `  database at the end: ${committedList.length} seizures; mean per iteration: start ${per('start')} ms, checks ${per('check')} ms, ` +
      `sign-in ${per('signIn')} ms, writes until the kill ${per('write')} ms`,
  )
  expect(stats.kills).toBe(KILLS)
  failed = false
})
