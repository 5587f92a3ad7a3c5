// 处罚案件 figures (issue 16), in-process through core.invoke as the window calls cases.list, on the 20,000 cases
// of case-seed.mjs: the first page, short searches (a surname; a 品名 found through the linked seizures), the
// deadline sort, the 'due soon' (5 working days) and 'overdue' filters and a year+status combination — each
// p95 ≤ 50 ms (group 'case-list', judged by run.mjs), beside the fastest plain better-sqlite3 query for the same page
// of ids and the same total, from the same file.
import BetterSqlite3 from 'better-sqlite3'
import { race } from './measure.mjs'
import { BENCH_NOW, BENCH_TODAY } from './seed.mjs'
import { BENCH_LEGAL } from './case-seed.mjs'

const PAGE = 50
const ORDER = 'ORDER BY case_year DESC, case_seq DESC'

/** A page and the count of live cases matching `where` (SQL after `voided_at IS NULL AND`), newest case first. */
function floorOf(db, where, params = [], order = ORDER) {
  const page = db.prepare(`SELECT id FROM penalty_cases WHERE voided_at IS NULL${where ? ` AND ${where}` : ''} ${order} LIMIT ${PAGE}`).pluck()
  const count = db.prepare(`SELECT count(*) FROM penalty_cases WHERE voided_at IS NULL${where ? ` AND ${where}` : ''}`).pluck()
  return () => ({ ids: page.all(...params), total: count.get(...params) })
}

/**
 * The deadline sort by hand: the cases with a deadline from the partial index of migration 010 (next_due
 * ascending, ties newest first), then, if the page is not full, those without one.
 */
function nextDueFloor(db) {
  const due = db.prepare(`SELECT id FROM penalty_cases WHERE next_due IS NOT NULL AND voided_at IS NULL ORDER BY next_due, case_year DESC, case_seq DESC LIMIT ${PAGE}`).pluck()
  const rest = db.prepare(`SELECT id FROM penalty_cases WHERE next_due IS NULL AND voided_at IS NULL ${ORDER} LIMIT ?`).pluck()
  const count = db.prepare('SELECT count(*) FROM penalty_cases WHERE voided_at IS NULL').pluck()
  return () => {
    const ids = due.all()
    if (ids.length < PAGE) ids.push(...rest.all(PAGE - ids.length))
    return { ids, total: count.get() }
  }
}

export async function caseFigures({ h, dataDir, reps, log }) {
  const dbFile = `${dataDir}/taizhang.sqlite`
  const core = h.createCore({ dataDir, now: () => BENCH_NOW, autoBackup: false })
  const legal = h.newClient()
  const ok = async (op, input) => {
    const r = await core.invoke(op, input, legal)
    if (!r.ok) throw new Error(`${op}: ${r.error.code} ${r.error.message}`)
    return r.data
  }
  await ok('auth.login', { login: BENCH_LEGAL.login, password: BENCH_LEGAL.password })
  const raw = new BetterSqlite3(dbFile, { readonly: true })
  // core's page cache (db/connection.ts): the table is read from memory by both sides.
  raw.pragma('cache_size = -262144')
  const rows = []
  try {
    // The 'soon' window as list.ts takes it: today up to 5 working days ahead by the office's calendar.
    const stored = raw.prepare('SELECT year, off_days, work_days FROM holiday_years').all()
    const calendar = { ...h.BUILT_IN_CALENDAR }
    for (const y of stored) calendar[String(y.year)] = { off: JSON.parse(y.off_days), work: JSON.parse(y.work_days) }
    const soonEnd = h.addWorkingDays(BENCH_TODAY, 5, calendar).date
    const figures = [
      ['cases: first page', {}, floorOf(raw, '')],
      ['cases: search 王', { query: '王' }, floorOf(raw, "instr(search_text, '王') > 0")],
      ['cases: search 白酒 (linked seizures)', { query: '白酒' }, floorOf(raw, "instr(search_text, '白酒') > 0")],
      ['cases: sort by next deadline', { sort: 'nextDue' }, nextDueFloor(raw)],
      [`cases: due soon (to ${soonEnd})`, { due: 'soon' }, floorOf(raw, 'next_due BETWEEN ? AND ?', [BENCH_TODAY, soonEnd])],
      ['cases: overdue', { due: 'overdue' }, floorOf(raw, 'next_due < ?', [BENCH_TODAY])],
      ['cases: 2025 + 已结案', { year: 2025, statuses: ['closed'] }, floorOf(raw, "case_year = 2025 AND status IN ('closed')")],
      ['cases: 2026 + 已立案/已决定', { year: 2026, statuses: ['filed', 'decided'] }, floorOf(raw, "case_year = 2026 AND status IN ('filed', 'decided')")],
    ]
    for (const [name, filter, floor] of figures) {
      const total = floor().total
      const r = await race({
        ours: async () => {
          const p = await ok('cases.list', { ...filter, pageSize: PAGE })
          return { ids: p.rows.map((x) => x.id), total: p.total }
        },
        floor,
        reps,
        check: (a, b) => {
          if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`${name}: the floor returned other rows: ${JSON.stringify(a).slice(0, 300)} / ${JSON.stringify(b).slice(0, 300)}`)
        },
      })
      rows.push({ name, group: 'case-list', total, ...r })
      log(`  ${name} [${total}]: ours p50 ${r.ours.p50} p95 ${r.ours.p95}, floor p50 ${r.floor.p50} (${r.ratio}×)`)
    }
  } finally {
    raw.close()
    await core.close()
  }
  return rows
}
