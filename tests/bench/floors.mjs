// The floors: the same answers as core's operations, by the plainest and fastest better-sqlite3 code on the same
// file — hand-written SQL, statements prepared once, no session, validation or query builder. The list floor
// takes the same route as core (seizures/list.ts): count matches to the bound from the narrowest index, sort
// them when that few, else read the page off the sort's index. Each floor's answer is compared with ours.
import BetterSqlite3 from 'better-sqlite3'

const BOUND = 1000
const HELD_BOUND = 1_000_000
const HELD = ['overdue', 'partial', 'holding']
const CATEGORIES = ['food', 'health_food', 'drug', 'medical_device', 'cosmetics', 'daily_goods', 'apparel', 'bags', 'tobacco_alcohol', 'agricultural', 'electronics', 'children', 'other']
const like = (s) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
const fold = (s) => s.replace(/[A-Z]/g, (c) => c.toLowerCase())
const cp = (c) => c.codePointAt(0).toString(36).padStart(4, '0')
const day = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000

export function openFloor(dbFile, today) {
  const db = new BetterSqlite3(dbFile, { readonly: true, fileMustExist: true })
  db.pragma('cache_size = -262144')
  const kept = new Map()
  const st = (sql) => kept.get(sql) ?? kept.set(sql, db.prepare(sql)).get(sql)

  function where(f, params) {
    const w = []
    if (!f.includeVoided || f.statuses?.length) w.push(`coalesce(s.voided_at, '') = ''`)
    const add = (cond, ...args) => {
      w.push(cond)
      params.push(...args)
    }
    if (f.dateFrom) add('s.decision_date >= ?', f.dateFrom)
    if (f.dateTo) add('s.decision_date <= ?', f.dateTo)
    if (f.kinds?.length) add(`s.kind IN (${f.kinds.map(() => '?').join(',')})`, ...f.kinds)
    for (const [col, v] of [['unit', f.unit], ['party_name', f.party], ['officer_names', f.officer]]) if (v) add(`s.${col} LIKE ? ESCAPE '\\'`, like(v))
    if (f.category) w.push(`(s.category_bits & ${1 << CATEGORIES.indexOf(f.category)}) <> 0`)
    const over = `(s.term_end IS NOT NULL AND s.term_end < '${today}')`
    const heldCond = (x) => (x === 'overdue' ? over : `NOT ${over} AND s.disposed_milli ${x === 'partial' ? '>' : '='} 0`)
    const st = f.statuses ?? []
    if (st.length && st.every((x) => HELD.includes(x))) w.push('s.held_milli > 0', `(${st.map(heldCond).join(' OR ')})`)
    else if (st.length) w.push(`(${st.map((x) => (x === 'disposed' ? 's.held_milli = 0' : `(s.held_milli > 0 AND ${heldCond(x)})`)).join(' OR ')})`)
    return w
  }
  // Every term's texts intersected by one index: the trigram index when all are long, else every term's one- and
  // two-character pieces in the gram index (a superset; LIKE decides).
  const piece = (chars) => (chars.length === 1 ? `u${cp(chars[0])}` : `b${cp(chars[0])}${cp(chars[1])}`)
  const candidates = (terms) => {
    const folded = terms.map((t) => [...fold(t)])
    if (folded.every((c) => c.length >= 3)) return ['SELECT rowid FROM seizure_search WHERE seizure_search MATCH ?', terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' AND ')]
    const pieces = new Set(folded.flatMap((c) => (c.length === 1 ? [piece(c)] : c.slice(1).map((x, i) => piece([c[i], x])))))
    return ['SELECT rowid FROM seizure_search_grams WHERE seizure_search_grams MATCH ?', [...pieces].join(' ')]
  }
  const ORDER = {
    registerNo: [],
    decisionDate: ['s.decision_date'],
    partyName: ['s.party_sort'],
    termEnd: null,
    valueFen: ['s.value_fen'],
  }
  const orderBy = ({ field, order }) => {
    const lead = field === 'termEnd' ? [order === 'asc' ? `coalesce(s.term_end, '9999-12-31')` : `coalesce(s.term_end, '0000-00-00')`] : ORDER[field]
    return [...lead, 's.register_year', 's.register_seq'].map((c) => `${c} ${order}`).join(', ')
  }
  const COLS = 's.id, s.register_no, s.kind, s.decision_no, s.decision_date, s.party_name, s.unit, s.officer_names, s.term_end, s.voided_at, s.value_fen, s.held_milli, s.disposed_milli'
  const terms = (f) => (f.query ?? '').split(/\s+/).filter(Boolean)

  function decorate(rows) {
    if (rows.length === 0) return []
    const lines = st(`SELECT seizure_id, name FROM seizure_items WHERE seizure_id IN (${rows.map(() => '?').join(',')}) AND voided_at IS NULL ORDER BY seizure_id, line_no`).all(...rows.map((r) => r.id))
    const names = new Map()
    for (const l of lines) (names.get(l.seizure_id) ?? names.set(l.seizure_id, []).get(l.seizure_id)).push(l.name)
    return rows.map((r) => {
      const n = names.get(r.id) ?? []
      const held = r.held_milli > 0
      const daysLeft = r.term_end ? day(r.term_end) - day(today) : null
      const overdue = held && daysLeft !== null && daysLeft < 0
      return {
        id: r.id, registerNo: r.register_no, kind: r.kind, decisionNo: r.decision_no, decisionDate: r.decision_date, partyName: r.party_name, unit: r.unit,
        officers: r.officer_names.split('\n').join('、'), itemSummary: n.length > 3 ? `${n.slice(0, 3).join('、')}等${n.length}项` : n.join('、'), lines: n.length,
        valueFen: r.value_fen, status: !held ? 'disposed' : overdue ? 'overdue' : r.disposed_milli > 0 ? 'partial' : 'holding', termEnd: r.term_end, daysLeft, overdue, voided: r.voided_at !== null,
      }
    })
  }

  function list(input) {
    const f = { includeVoided: false, statuses: [], kinds: [], ...input }
    const sort = f.sort ?? { field: 'registerNo', order: 'desc' }
    const size = f.pageSize ?? 50
    const offset = ((f.page ?? 1) - 1) * size
    const ts = terms(f)
    const walk = () => {
      const p = []
      const w = where(f, p)
      for (const t of ts) {
        w.push(`EXISTS (SELECT 1 FROM seizure_search_text t WHERE t.seizure_id = s.id AND t.body LIKE ? ESCAPE '\\')`)
        p.push(like(t))
      }
      return st(`SELECT ${COLS} FROM seizures s ${w.length ? `WHERE ${w.join(' AND ')}` : ''} ORDER BY ${orderBy(sort)} LIMIT ? OFFSET ?`).all(...p, size, offset)
    }
    const narrowing = ts.length || f.dateFrom || f.dateTo || f.kinds.length || f.unit || f.party || f.officer || f.category || f.statuses.length
    if (!narrowing) {
      const all = st('SELECT count(*) FROM seizures').pluck().get() - (f.includeVoided ? 0 : st('SELECT count(*) FROM seizures WHERE voided_at IS NOT NULL').pluck().get())
      return { rows: decorate(walk()), total: all, capped: false }
    }
    const heldOnly = f.statuses.length > 0 && f.statuses.every((x) => HELD.includes(x))
    // As core: records still holding goods, and a bounded period (统计's drill-downs), counted exactly.
    const bound = heldOnly || (f.dateFrom && f.dateTo) ? HELD_BOUND : BOUND
    const p = []
    let from = 'seizures s'
    const w = where(f, p)
    const driving = [...ts, ...(f.party ? [f.party] : [])]
    if (driving.length && !heldOnly) {
      const [sql, arg] = candidates(driving)
      from = `(${sql}) c JOIN seizure_search_text t ON t.id = c.rowid JOIN seizures s ON s.id = t.seizure_id`
      p.unshift(arg)
      // Every term checked on the text (the pieces are a superset; the trigram index folds more case than LIKE).
      for (const t of ts) {
        w.push(`t.body LIKE ? ESCAPE '\\'`)
        p.push(like(t))
      }
    } else {
      for (const t of ts) {
        w.push(`EXISTS (SELECT 1 FROM seizure_search_text t WHERE t.seizure_id = s.id AND t.body LIKE ? ESCAPE '\\')`)
        p.push(like(t))
      }
    }
    const m = `SELECT s.id FROM ${from} ${w.length ? `WHERE ${w.join(' AND ')}` : ''} LIMIT ${bound + 1}`
    const page = st(`WITH m AS MATERIALIZED (${m}) SELECT ${COLS}, (SELECT count(*) FROM m) AS matched FROM m JOIN seizures s ON s.id = m.id ORDER BY ${orderBy(sort)} LIMIT ? OFFSET ?`).all(...p, size, offset)
    const matched = page[0]?.matched ?? st(`SELECT count(*) FROM (${m})`).pluck().get(...p)
    if (matched <= bound) return { rows: decorate(page), total: matched, capped: false }
    return { rows: decorate(walk()), total: BOUND, capped: true }
  }

  /** The rows seizures.get reads: the record with its users' names, officers, lines, outcomes, pauses, locations. */
  function get(id) {
    const s = st('SELECT s.*, c.name AS created_by_name, v.name AS voided_by_name, x.name AS extension_by_name FROM seizures s JOIN users c ON c.id = s.created_by LEFT JOIN users v ON v.id = s.voided_by LEFT JOIN users x ON x.id = s.extension_by WHERE s.id = ?').get(id)
    const officers = st('SELECT name, cert_no FROM seizure_officers WHERE seizure_id = ? ORDER BY position').all(id)
    const items = st('SELECT * FROM seizure_items WHERE seizure_id = ? ORDER BY line_no').all(id)
    const outcomes = st('SELECT o.*, c.name AS created_by_name, v.name AS voided_by_name FROM seizure_outcomes o JOIN users c ON c.id = o.created_by LEFT JOIN users v ON v.id = o.voided_by WHERE o.seizure_id = ? ORDER BY o.date, o.created_at').all(id)
    const pauses = st('SELECT p.*, c.name AS created_by_name, v.name AS voided_by_name FROM seizure_pauses p JOIN users c ON c.id = p.created_by LEFT JOIN users v ON v.id = p.voided_by WHERE p.seizure_id = ? ORDER BY p.start_date').all(id)
    const locations = st('SELECT id, parent_id, name FROM storage_locations').all()
    return { id: s.id, registerNo: s.register_no, officers: officers.length, items: items.filter((i) => !i.voided_at).map((i) => i.id), outcomes: outcomes.map((o) => o.id), pauses: pauses.length, locations: locations.length }
  }

  /** What a call's session check reads: the user and their roles (auth.me's answer). */
  function me(userId) {
    const u = st('SELECT id, login, name, must_change_password FROM users WHERE id = ? AND active = 1 AND voided_at IS NULL').get(userId)
    const roles = st('SELECT role FROM user_roles WHERE user_id = ?').pluck().all(userId)
    return { id: u.id, login: u.login, roles: roles.sort() }
  }

  return { db, list, get, me, close: () => db.close() }
}
