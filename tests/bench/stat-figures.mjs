// 统计 figures (issue 19), in-process through core.invoke as the window calls them, on the work copy at the largest
// scale (the seizures and seeded destruction batches, the 20,000 cases of case-seed.mjs, the 2,000 stations the
// station figures import): the bench year's report (p95 ≤ 500 ms) beside hand-written aggregates for the same
// headline numbers; a month's drill-down into the seizure and the case list (p95 ≤ 50 ms) beside the plain count
// and first page; the 工作总结 with its tables and charts (≤ 3 s) beside the bare docx library writing as many
// tables and pictures; and the 工作台 loaded as the window loads it, every card's call at once (p95 ≤ 200 ms),
// beside the same counts and pages in plain better-sqlite3. Every floor's numbers are checked equal to ours.
import { isDeepStrictEqual } from 'node:util'
import BetterSqlite3 from 'better-sqlite3'
import { Document, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx'
import PizZip from 'pizzip'
import { BENCH_LEGAL } from './case-seed.mjs'
import { openFloor } from './floors.mjs'
import { race } from './measure.mjs'
import { BENCH_NOW, BENCH_TODAY } from './seed.mjs'
import { BENCH_ADMIN } from './seeds.mjs'

const YEAR = BENCH_TODAY.slice(0, 4)
const PERIOD = { from: `${YEAR}-01-01`, to: `${YEAR}-12-31`, unit: '' }
const BEFORE = { from: `${YEAR - 1}-01-01`, to: `${YEAR - 1}-12-31` }
const ALL_ROLES = ['clerk', 'legal', 'approver', 'admin']

const same = (name) => (a, b) => {
  if (isDeepStrictEqual(a, b)) return
  // The first part that differs (a 工作台 call, a headline figure), not the whole answer.
  const key = Object.keys(a).find((k) => !isDeepStrictEqual(a[k], b?.[k]))
  const at = key === undefined ? '' : ` at ${Array.isArray(a) ? `call ${key}` : key}`
  const [x, y] = key === undefined ? [a, b] : [a[key], b?.[key]]
  throw new Error(`${name}: the floor's numbers differ from ours${at}:\n${JSON.stringify(x).slice(0, 600)}\n${JSON.stringify(y).slice(0, 600)}`)
}

/** The report's headline figures as the floor computes them: [this year, the year before] for each. */
function headline(report) {
  const fig = (section, key) => {
    const f = report.sections.find((s) => s.key === section)?.figures.find((x) => x.key === key)
    if (!f) throw new Error(`stats.report has no figure ${section}.${key}`)
    return f.asOfToday ? [f.value] : [f.value, f.previous]
  }
  return {
    seizures: fig('seizures', 'seizures'),
    value: fig('seizures', 'value'),
    decided: fig('cases', 'decided'),
    fines: fig('cases', 'fines'),
    batches: fig('destructions', 'batches'),
    inRegister: fig('stations', 'in_register'),
  }
}

/** The same headline numbers by hand: one aggregate per area and year, the register counted as of today. */
function reportFloor(raw) {
  const seizures = raw.prepare("SELECT count(*) AS n, coalesce(sum(value_fen), 0) AS v FROM seizures WHERE decision_date BETWEEN ? AND ? AND coalesce(voided_at, '') = ''")
  const cases = raw.prepare('SELECT count(*) AS n, coalesce(sum(fine_fen), 0) AS f FROM penalty_cases WHERE decision_date BETWEEN ? AND ? AND voided_at IS NULL AND revoked_on IS NULL')
  const batches = raw.prepare("SELECT count(*) FROM destruction_batches WHERE status = 'executed' AND voided_at IS NULL AND actual_date BETWEEN ? AND ?").pluck()
  const register = raw.prepare("SELECT count(*) FROM stations WHERE voided_at IS NULL AND status IN ('active', 'rectifying')").pluck()
  return () => {
    const [s, sb] = [seizures.get(PERIOD.from, PERIOD.to), seizures.get(BEFORE.from, BEFORE.to)]
    const [c, cb] = [cases.get(PERIOD.from, PERIOD.to), cases.get(BEFORE.from, BEFORE.to)]
    return {
      seizures: [s.n, sb.n],
      value: [s.v, sb.v],
      decided: [c.n, cb.n],
      fines: [c.f, cb.f],
      // No 同比 with a year that executed no batch at all (the area's hasData, destruction-stats.ts).
      batches: [batches.get(PERIOD.from, PERIOD.to), batches.get(BEFORE.from, BEFORE.to) || null],
      inRegister: [register.get()],
    }
  }
}

/** A page (newest number first) and the count of `from` under `where`, by hand. */
function pageFloor(raw, from, where, order, size, params = []) {
  const page = raw.prepare(`SELECT id FROM ${from} WHERE ${where} ORDER BY ${order} LIMIT ${size}`).pluck()
  const count = raw.prepare(`SELECT count(*) FROM ${from} WHERE ${where}`).pluck()
  return () => ({ total: count.get(...params), ids: page.all(...params) })
}

/** The month of `section`'s by_month table with the most records: its row (value, drill-down). */
function busiestMonth(report, section) {
  const t = report.sections.find((s) => s.key === section)?.tables.find((x) => x.key === 'by_month')
  const row = t?.rows.reduce((a, r) => (r.values[0] > a.values[0] ? r : a))
  if (!row?.drill) throw new Error(`stats.report: no month of ${section} to drill into`)
  return row
}

/** What a .docx holds: its tables and pictures. */
function contents(base64) {
  const zip = new PizZip(Buffer.from(base64, 'base64'))
  const xml = zip.file('word/document.xml').asText()
  const media = Object.keys(zip.files).filter((n) => n.startsWith('word/media/'))
  return { tables: (xml.match(/<w:tbl>/g) ?? []).length, pictures: (xml.match(/<pic:pic[ >]/g) ?? []).length, png: media.find((n) => n.endsWith('.png')) ? zip.file(media.find((n) => n.endsWith('.png'))).asNodeBuffer() : null }
}

/**
 * The bare docx library writing as many tables (the report's tables, label and values, one after another) and
 * pictures (one of ours, already drawn) as the 工作总结 holds: no template, no placeholders, no charts drawn.
 */
function summaryFloor(report, want) {
  const all = report.sections.flatMap((s) => s.tables)
  const cell = (t) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: String(t), size: 21, font: '仿宋_GB2312' })] })] })
  return async () => {
    const children = []
    for (let i = 0; i < want.tables; i++) {
      const t = all[i % all.length]
      children.push(new Paragraph({ children: [new TextRun({ text: t.title, bold: true })] }))
      const head = new TableRow({ tableHeader: true, children: ['', ...t.columns.map((c) => c.label)].map(cell) })
      children.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [head, ...t.rows.map((r) => new TableRow({ cantSplit: true, children: [r.label, ...r.values].map(cell) }))] }))
    }
    for (let i = 0; i < want.pictures; i++) children.push(new Paragraph({ children: [new ImageRun({ type: 'png', data: want.png, transformation: { width: 600, height: 300 } })] }))
    const base64 = (await Packer.toBuffer(new Document({ sections: [{ children }] }))).toString('base64')
    const c = contents(base64)
    return { tables: c.tables, pictures: c.pictures }
  }
}

/** The 工作台's calls as its cards make them (renderer/src/features/workbench), for a user who sees every card. */
const workbenchCalls = (userId) => [
  // 查扣期限 (SeizureDeadlines.tsx)
  ['seizures.list', { statuses: ['overdue'], sort: { field: 'termEnd', order: 'asc' }, pageSize: 20 }],
  ['seizures.list', { statuses: ['holding', 'partial'], sort: { field: 'termEnd', order: 'asc' }, pageSize: 50 }],
  ['seizures.longPauses', {}],
  // 案件期限 (CaseDeadlines.tsx)
  ['cases.list', { due: 'overdue', sort: 'nextDue', pageSize: 20 }],
  ['cases.list', { due: 'soon', sort: 'nextDue', pageSize: 20 }],
  ['destruction.workbench', {}],
  ['typical.workbench', {}],
  ['stations.workbench', {}],
  ['backup.health', {}],
  // 我的待办 (MyWork.tsx)
  ['seizures.list', { createdBy: userId, statuses: ['holding', 'partial', 'overdue'], pageSize: 10 }],
  ['seizures.list', { createdBy: userId, statuses: ['overdue'], pageSize: 10 }],
  ['cases.list', { createdBy: userId, statuses: ['filed', 'decided'], pageSize: 10 }],
  ['destruction.batch.list', { createdBy: userId, statuses: ['draft'], pageSize: 10 }],
]

/** Each call's answer reduced to what the card shows: the count, and the ids where the order is total. */
function shown(op, d) {
  if (op === 'seizures.list' || op === 'cases.list' || op === 'destruction.batch.list') return { total: d.total, ids: d.rows.map((r) => r.id) }
  if (op === 'seizures.longPauses') return { total: d.length }
  if (op === 'destruction.workbench') return { total: d.awaitingApproval.length + d.approvedNotExecuted.length }
  if (op === 'typical.workbench') return { total: d.awaitingReview.length + d.returned.length + d.toWithdraw.length }
  if (op === 'stations.workbench') return { total: d.rectifyOverdue.length, ids: d.rectifyOverdue.map((r) => r.id), unreviewed: d.unreviewed?.total ?? null }
  if (op === 'backup.health') return { total: d.verifyProblems }
  throw new Error(op)
}

/** The same cards by hand: the seizure lists by floors.mjs's list, the rest as one count (and page) each. */
function workbenchFloor(raw, seizureFloor, userId, soonEnd) {
  const cases = (where, order, size, params) => pageFloor(raw, 'penalty_cases', `voided_at IS NULL AND ${where}`, order, size, params)
  const due = 'next_due, case_year DESC, case_seq DESC'
  const count = (sql) => raw.prepare(sql).pluck()
  const pauses = count(`SELECT count(*) FROM (SELECT 1 FROM seizure_pauses p JOIN seizures s ON s.id = p.seizure_id
    WHERE p.end_date IS NULL AND p.voided_at IS NULL AND s.voided_at IS NULL AND p.start_date < date(?, '-29 days') LIMIT 50)`)
  const batches = count("SELECT (SELECT count(*) FROM (SELECT 1 FROM destruction_batches WHERE status = 'submitted' AND voided_at IS NULL LIMIT 50)) + (SELECT count(*) FROM (SELECT 1 FROM destruction_batches WHERE status = 'approved' AND voided_at IS NULL LIMIT 50))")
  const typical = count(`SELECT (SELECT count(*) FROM typical_entries e JOIN typical_collections k ON k.id = e.collection_id
    WHERE e.status IN ('review', 'draft') AND e.voided_at IS NULL AND k.status = 'open' AND k.voided_at IS NULL)
    + (SELECT count(DISTINCT k.id) FROM typical_collections k JOIN typical_entries e ON e.collection_id = k.id JOIN penalty_cases c ON c.id = e.case_id
    WHERE k.status = 'published' AND k.voided_at IS NULL AND e.voided_at IS NULL AND c.revoked_on IS NOT NULL)`)
  const rectify = raw.prepare("SELECT id FROM stations WHERE status = 'rectifying' AND voided_at IS NULL AND rectify_due < ? ORDER BY rectify_due LIMIT 100").pluck()
  const reviewMonth = count('SELECT review_month FROM station_settings')
  const unreviewed = count(`SELECT count(*) FROM stations s LEFT JOIN station_reviews r ON r.station_id = s.id AND r.year = ?
    WHERE s.voided_at IS NULL AND s.status IN ('active', 'rectifying') AND r.id IS NULL`)
  const problems = count('SELECT verify_problems FROM backup_settings')
  const drafts = pageFloor(raw, 'destruction_batches', "voided_at IS NULL AND status = 'draft' AND created_by = ?", 'batch_year DESC, batch_seq DESC', 10, [userId])
  const list = (f) => () => {
    const p = seizureFloor.list(f)
    return { total: p.total, ids: p.rows.map((r) => r.id) }
  }
  const mine = (where, params) => pageFloor(raw, 'seizures s', `coalesce(s.voided_at, '') = '' AND s.created_by = ? AND ${where}`, 's.register_year DESC, s.register_seq DESC', 10, params)
  const calls = workbenchCalls(userId)
  const parts = [
    list(calls[0][1]),
    list(calls[1][1]),
    () => ({ total: pauses.get(BENCH_TODAY) }),
    cases('next_due < ?', due, 20, [BENCH_TODAY]),
    cases('next_due BETWEEN ? AND ?', due, 20, [BENCH_TODAY, soonEnd]),
    () => ({ total: batches.get() }),
    () => ({ total: typical.get() }),
    () => {
      const ids = rectify.all(BENCH_TODAY)
      return { total: ids.length, ids, unreviewed: Number(BENCH_TODAY.slice(5, 7)) < reviewMonth.get() ? null : unreviewed.get(Number(YEAR)) }
    },
    () => ({ total: problems.get() }),
    // floors.mjs's list knows no createdBy: the two by hand (held in any status is held_milli > 0).
    mine('s.held_milli > 0', [userId]),
    mine('s.held_milli > 0 AND s.term_end IS NOT NULL AND s.term_end < ?', [userId, BENCH_TODAY]),
    cases("created_by = ? AND status IN ('filed', 'decided')", 'case_year DESC, case_seq DESC', 10, [userId]),
    drafts,
  ]
  return () => parts.map((p) => p())
}

export async function statFigures({ h, dataDir, reps, log }) {
  const dbFile = `${dataDir}/taizhang.sqlite`
  const core = h.createCore({ dataDir, now: () => BENCH_NOW, autoBackup: false })
  const admin = h.newClient()
  const user = h.newClient()
  const ok = async (op, input, client = user) => {
    const r = await core.invoke(op, input, client)
    if (!r.ok) throw new Error(`${op}: ${r.error.code} ${r.error.message}`)
    return r.data
  }
  const raw = new BetterSqlite3(dbFile, { readonly: true })
  // core's page cache (db/connection.ts): the tables are read from memory by both sides.
  raw.pragma('cache_size = -262144')
  const seizureFloor = openFloor(dbFile, BENCH_TODAY)
  const rows = []
  const add = (name, group, r, extra = {}) => {
    rows.push({ name, group, ...r, ...extra })
    log(`  ${name}${extra.total !== undefined ? ` [${extra.total}]` : ''}: ours p50 ${r.ours.p50} p95 ${r.ours.p95}, floor p50 ${r.floor.p50} (${r.ratio}×)${extra.note ? ` — ${extra.note}` : ''}`)
  }
  try {
    // The 法制员 who filed the 20,000 cases, given every role: the 工作台 then shows every card (备份 for an
    // admin, 典型案例 for a 法制员 or 审核领导, 我的待办 for who registers seizures and cases).
    await ok('auth.login', { login: BENCH_ADMIN.login, password: BENCH_ADMIN.password }, admin)
    const legal = (await ok('accounts.list', {}, admin)).find((a) => a.login === BENCH_LEGAL.login)
    if (!legal) throw new Error('stat figures: the 法制员 of case-seed.mjs is missing (the cases are seeded first)')
    await ok('accounts.update', { id: legal.id, version: legal.version, name: legal.name, roles: ALL_ROLES, active: true }, admin)
    await ok('auth.login', { login: BENCH_LEGAL.login, password: BENCH_LEGAL.password })

    // ——— the report of the bench's year ———
    const report = await ok('stats.report', PERIOD)
    const r = await race({ ours: async () => headline(await ok('stats.report', PERIOD)), floor: reportFloor(raw), reps, check: same('stats.report') })
    const hl = headline(report)
    add(`stats: report ${YEAR} (${hl.seizures[0]} seizures, ${hl.decided[0]} cases decided, ${hl.batches[0]} batches, ${hl.inRegister[0]} stations)`, 'stats-report', r)

    // ——— drill-downs: the busiest month of seizures and of cases decided ———
    const sm = busiestMonth(report, 'seizures')
    const { from, to } = sm.drill.params
    const sd = await race({
      ours: async () => {
        const p = await ok('seizures.list', { dateFrom: from, dateTo: to, pageSize: 50 })
        return { total: p.total, ids: p.rows.map((x) => x.id) }
      },
      floor: pageFloor(raw, 'seizures', "decision_date BETWEEN ? AND ? AND coalesce(voided_at, '') = ''", 'register_year DESC, register_seq DESC', 50, [from, to]),
      reps,
      check: (a, b) => {
        same('seizures.list (drill-down)')(a, b)
        if (a.total !== sm.values[0]) throw new Error(`the seizure list of ${sm.label} holds ${a.total}, the report's row says ${sm.values[0]}`)
      },
    })
    add(`stats: drill 查扣 ${sm.label} → seizures.list`, 'stats-drill', sd, { total: sm.values[0] })
    const cm = busiestMonth(report, 'cases')
    const cp = cm.drill.params
    if (cp.pb !== 'decision') throw new Error(`the cases' month row opens ${JSON.stringify(cp)}`)
    const cd = await race({
      ours: async () => {
        const p = await ok('cases.list', { period: { basis: 'decision', from: cp.pf, to: cp.pt }, pageSize: 50 })
        return { total: p.total, ids: p.rows.map((x) => x.id) }
      },
      floor: pageFloor(raw, 'penalty_cases', 'decision_date BETWEEN ? AND ? AND voided_at IS NULL AND revoked_on IS NULL', 'case_year DESC, case_seq DESC', 50, [cp.pf, cp.pt]),
      reps,
      check: (a, b) => {
        same('cases.list (drill-down)')(a, b)
        if (a.total !== cm.values[0]) throw new Error(`the case list of ${cm.label} holds ${a.total}, the report's row says ${cm.values[0]}`)
      },
    })
    add(`stats: drill 案件 ${cm.label} → cases.list`, 'stats-drill', cd, { total: cm.values[0] })

    // ——— the 工作总结, tables and charts ———
    const input = { kind: 'work_summary', period: PERIOD, date: BENCH_TODAY }
    const doc = contents((await ok('stats.document.preview', input)).base64)
    if (doc.pictures === 0 || !doc.png) throw new Error('the 工作总结 holds no chart')
    const d = await race({
      ours: async () => {
        const c = contents((await ok('stats.document.preview', input)).base64)
        return { tables: c.tables, pictures: c.pictures }
      },
      floor: summaryFloor(report, doc),
      reps: 5,
      warmup: 1,
      check: same('stats.document.preview'),
    })
    add(`stats: 工作总结 ${YEAR} (${doc.tables} tables, ${doc.pictures} charts)`, 'stats-summary', d, { note: `the report alone p50 ${r.ours.p50} ms` })

    // ——— the 工作台, every card's call at once ———
    const stored = raw.prepare('SELECT year, off_days, work_days FROM holiday_years').all()
    const calendar = { ...h.BUILT_IN_CALENDAR }
    for (const y of stored) calendar[String(y.year)] = { off: JSON.parse(y.off_days), work: JSON.parse(y.work_days) }
    const calls = workbenchCalls(legal.id)
    const w = await race({
      ours: async () => (await Promise.all(calls.map(([op, x]) => ok(op, x)))).map((res, i) => shown(calls[i][0], res)),
      floor: workbenchFloor(raw, seizureFloor, legal.id, h.addWorkingDays(BENCH_TODAY, 5, calendar).date),
      reps,
      check: same('工作台'),
    })
    add(`工作台: ${calls.length} calls at once (Promise.all)`, 'workbench', w)
  } finally {
    seizureFloor.close()
    raw.close()
    await core.close()
  }
  return rows
}
