import BetterSqlite3 from 'better-sqlite3'
import { ChainWalker } from '../../../electron/core/audit/chain'
import type { AuditLogTable } from '../../../electron/core/db/schema'
import type { ItemCategory, OutcomeKind, SeizureKind } from '../../../shared/domain/seizures'
import { computeTerm } from '../../../shared/rules/seizure-term'
import { describeState, officeToday, sameState, type AgencyState, type KillBook, type RecordState } from './ledger'

// After each restart: the killed database read through its own read-only connection, checked whole and
// against the ledger. The ledger then takes what was found as acknowledged (a cut-off write is settled).

/** seizures/search.ts joins the search text with this (not exported there). */
const SEARCH_SEPARATOR = ' ｜ '

/** The problems found (none: an empty list); the book is updated to what the database holds. */
export function checkDatabase(dbFile: string, book: KillBook): string[] {
  const { records: ledger, committedList, stats } = book
  const db = new BetterSqlite3(dbFile, { readonly: true, fileMustExist: true })
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
    // One audit entry per version of the seizure itself; a destruction writes its own entry on the seizure's history
    // (第2行 销毁 30瓶，批次 …) without changing the seizure.
    const audits = new Map(
      (db.prepare("SELECT record_id, count(*) AS n FROM audit_log WHERE record_type = 'seizure' AND action <> 'destroy' GROUP BY record_id").all() as { record_id: string; n: number }[]).map((r) => [r.record_id, r.n]),
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

    checkDestruction(db, outcomes, fail, book)

    // The agency profile: as acknowledged, or as the cut-off change would leave it.
    const p = profile[0]
    if (profile.length !== 1 || !p) fail(`agency_profile has ${profile.length} rows`)
    else {
      const { agency } = book
      const ok = [agency.committed, agency.inDoubt].some((a) => a && a.address === p.address && a.version === p.version)
      if (!ok) fail(`agency profile ${JSON.stringify(p)}, acknowledged ${JSON.stringify(agency.committed)}, cut off ${JSON.stringify(agency.inDoubt)}`)
      if (p.version - 1 !== profileEdits) fail(`agency profile at version ${p.version} with ${profileEdits} settings.update audit entries`)
      if (agency.inDoubt) {
        if (p.version === agency.inDoubt.version) stats.cutOffFoundWhole += 1
        else stats.cutOffAbsent += 1
      }
      book.agency = { committed: { address: p.address, version: p.version }, inDoubt: null, busy: false }
    }
  } finally {
    db.exec('COMMIT')
    db.close()
  }
  return problems
}

/**
 * 销毁管理 after a kill: the stock columns kept by triggers equal the facts (live 没收 outcomes, what live
 * batches hold), no line is in batches beyond what was confiscated, and a batch is executed whole or not at all:
 * every line of an executed batch has its destroyed quantity and holds exactly that, its seizures' history has
 * the destruction, and no line of any other batch has a destroyed quantity.
 */
function checkDestruction(db: BetterSqlite3.Database, outcomes: { item_id: string; kind: string; qty_milli: number; voided_at: string | null }[], fail: (msg: string) => void, book: KillBook): void {
  interface Item {
    id: string
    confiscated_milli: number
    batch_milli: number
  }
  interface Line {
    id: string
    batch_id: string
    item_id: string
    seizure_id: string
    planned_milli: number
    destroyed_milli: number | null
    held_milli: number
  }
  interface BatchRow {
    id: string
    batch_no: string
    batch_year: number
    batch_seq: number
    status: string
    voided_at: string | null
    line_count: number
    version: number
  }
  const items = db.prepare('SELECT id, confiscated_milli, batch_milli FROM seizure_items').all() as Item[]
  const lines = db.prepare('SELECT * FROM destruction_lines').all() as Line[]
  const batches = db.prepare('SELECT * FROM destruction_batches').all() as BatchRow[]
  const counters = db.prepare("SELECT year, last_no FROM number_counters WHERE kind = 'destruction_batch'").all() as { year: number; last_no: number }[]
  const destroyAudits = new Set(db.prepare("SELECT DISTINCT record_id FROM audit_log WHERE record_type = 'seizure' AND action = 'destroy'").pluck().all() as string[])
  const batchAudits = new Map((db.prepare("SELECT record_id, count(*) AS n FROM audit_log WHERE record_type = 'destruction_batch' GROUP BY record_id").all() as { record_id: string; n: number }[]).map((r) => [r.record_id, r.n]))

  const confiscated = new Map<string, number>()
  for (const o of outcomes) if (o.kind === 'confiscation' && o.voided_at === null) confiscated.set(o.item_id, (confiscated.get(o.item_id) ?? 0) + o.qty_milli)
  const held = new Map<string, number>()
  for (const l of lines) held.set(l.item_id, (held.get(l.item_id) ?? 0) + l.held_milli)
  for (const i of items) {
    const c = confiscated.get(i.id) ?? 0
    const h = held.get(i.id) ?? 0
    if (i.confiscated_milli !== c) fail(`item ${i.id}: confiscated_milli ${i.confiscated_milli}, live confiscations give ${c}`)
    if (i.batch_milli !== h) fail(`item ${i.id}: batch_milli ${i.batch_milli}, the batch lines hold ${h}`)
    if (h > c) fail(`item ${i.id}: batches hold ${h} of ${c} confiscated`)
  }

  const linesOf = new Map<string, Line[]>()
  for (const l of lines) {
    if (!linesOf.has(l.batch_id)) linesOf.set(l.batch_id, [])
    linesOf.get(l.batch_id)!.push(l)
  }
  const byYear = new Map<number, number[]>()
  let executed = 0
  for (const b of batches) {
    const own = linesOf.get(b.id) ?? []
    const tag = `batch ${b.batch_no} (${b.status}${b.voided_at ? ', voided' : ''})`
    if (!byYear.has(b.batch_year)) byYear.set(b.batch_year, [])
    byYear.get(b.batch_year)!.push(b.batch_seq)
    if (b.line_count !== own.length) fail(`${tag} caches ${b.line_count} lines, has ${own.length}`)
    // Every step of a batch is one version and one audit entry (documents and photos add entries, never a version).
    if (batchAudits.get(b.id) !== b.version) fail(`${tag} is at version ${b.version} with ${batchAudits.get(b.id) ?? 0} audit entries`)
    if (b.status === 'executed') {
      executed += 1
      for (const l of own) {
        if (l.destroyed_milli === null) fail(`${tag}: line ${l.id} has no destroyed quantity (execution half applied)`)
        else if (l.held_milli !== l.destroyed_milli) fail(`${tag}: line ${l.id} holds ${l.held_milli}, destroyed ${l.destroyed_milli}`)
        if ((l.destroyed_milli ?? 0) > 0 && !destroyAudits.has(l.seizure_id)) fail(`${tag}: seizure ${l.seizure_id} has no destruction in its history`)
      }
    } else {
      for (const l of own) {
        if (l.destroyed_milli !== null) fail(`${tag}: line ${l.id} has a destroyed quantity before execution (half applied)`)
        const want = b.voided_at ? 0 : l.planned_milli
        if (l.held_milli !== want) fail(`${tag}: line ${l.id} holds ${l.held_milli}, should hold ${want}`)
      }
    }
  }
  for (const [year, seqs] of byYear) {
    seqs.sort((a, b) => a - b)
    if (!seqs.every((q, i) => q === i + 1)) fail(`batch numbers of ${year} are not 1..${seqs.length}`)
    const counter = counters.find((c) => c.year === year)?.last_no
    if (counter !== seqs.length) fail(`batch counter of ${year} is ${counter}, ${seqs.length} batches`)
  }
  book.stats.batchesExecuted = executed
}
