// In-process figures: the operations the UI calls, through core.invoke as the window's IPC bridge calls them
// (session check, validation, transaction, handler), each beside its floor (floors.mjs) on the same file.
import { isDeepStrictEqual } from 'node:util'
import BetterSqlite3 from 'better-sqlite3'
import { openFloor } from './floors.mjs'
import { race } from './measure.mjs'
import { BENCH_NOW, BENCH_TODAY } from './seed.mjs'
import { BENCH_ADMIN, BENCH_CLERK } from './seeds.mjs'

/** The list's cases: every filter and sort alone, searches of 1–6 characters, and a few together. */
export const LIST_CASES = {
  'list: first page': {},
  'list: page 1000': { page: 1000 },
  'sort: 决定日期': { sort: { field: 'decisionDate', order: 'desc' } },
  'sort: 当事人 (pinyin)': { sort: { field: 'partyName', order: 'asc' } },
  'sort: 期限 asc': { sort: { field: 'termEnd', order: 'asc' } },
  'sort: 期限 desc': { sort: { field: 'termEnd', order: 'desc' } },
  'sort: 货值 desc': { sort: { field: 'valueFen', order: 'desc' } },
  'search 1 char 鞋': { query: '鞋' },
  'search 2 chars 茶叶': { query: '茶叶' },
  'search 3 chars 运动鞋': { query: '运动鞋' },
  'search 4 chars 西湖龙井': { query: '西湖龙井' },
  'search 6 chars 基准县东方商': { query: '基准县东方商' },
  'search 2 chars, none 鳄鱼': { query: '鳄鱼' },
  'search 文号 (one row)': { query: '〔2026〕4711号' },
  'search two terms 鞋 东方': { query: '鞋 东方' },
  'filter: overdue': { statuses: ['overdue'] },
  'filter: overdue by 期限': { statuses: ['overdue'], sort: { field: 'termEnd', order: 'asc' } },
  'filter: holding': { statuses: ['holding'] },
  'filter: disposed': { statuses: ['disposed'] },
  'filter: 类别 化妆品': { category: 'cosmetics' },
  'filter: kind 先行登记保存': { kinds: ['preservation'] },
  'filter: dates one quarter': { dateFrom: '2025-01-01', dateTo: '2025-03-31' },
  'filter: 承办单位': { unit: '执法大队' },
  'filter: 执法人员': { officer: '王伟' },
  'filter: 当事人 东方': { party: '东方' },
  'filter: 当事人, none': { party: '鳄鱼' },
  'search + 类别 + disposed': { query: '鞋', category: 'apparel', statuses: ['disposed'] },
  'with voided': { includeVoided: true, query: '茶叶' },
}

export async function coreFigures({ h, dataDir, reps, log }) {
  const dbFile = `${dataDir}/taizhang.sqlite`
  const core = h.createCore({ dataDir, now: () => BENCH_NOW, autoBackup: false })
  const clerk = h.newClient()
  const admin = h.newClient()
  const ok = async (op, input, client = clerk) => {
    const r = await core.invoke(op, input, client)
    if (!r.ok) throw new Error(`${op}: ${r.error.message}`)
    return r.data
  }
  await ok('auth.login', { login: BENCH_CLERK.login, password: BENCH_CLERK.password })
  await ok('auth.login', { login: BENCH_ADMIN.login, password: BENCH_ADMIN.password }, admin)
  const v6 = new BetterSqlite3(dbFile, { readonly: true }).prepare("SELECT 1 FROM pragma_table_info('seizures') WHERE name = 'party_sort'").get() !== undefined
  const floor = v6 ? openFloor(dbFile, BENCH_TODAY) : null
  const rows = []
  const add = (name, r, extra = {}) => {
    rows.push({ name, ...r, ...extra })
    log(`  ${name}: ours p50 ${r.ours.p50} p95 ${r.ours.p95}${r.floor ? `, floor p50 ${r.floor.p50} (${r.ratio}×)` : ''}`)
  }
  const same = (name) => (a, b) => {
    if (!isDeepStrictEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)))) throw new Error(`floor of “${name}” returned other rows than ours:\n${JSON.stringify(a).slice(0, 600)}\n${JSON.stringify(b).slice(0, 600)}`)
  }
  try {
    for (const [name, input] of Object.entries(LIST_CASES)) {
      const body = { pageSize: 50, ...input }
      let total
      const r = await race({
        ours: async () => {
          const page = await ok('seizures.list', body)
          total = page.capped ? `${page.total}+` : page.total
          return page
        },
        floor: floor && (() => floor.list(body)),
        reps,
        check: same(name),
      })
      add(name, r, { group: 'list', total })
    }

    // A record as its page opens it.
    const id = (await ok('seizures.list', { pageSize: 10, statuses: ['partial'] })).rows[0]?.id ?? (await ok('seizures.list', { pageSize: 10 })).rows[0].id
    add('seizures.get (one record)', await race({
      ours: async () => {
        const s = await ok('seizures.get', { id })
        return { id: s.id, registerNo: s.registerNo, officers: s.officers.length, items: s.items.map((i) => i.id), outcomes: s.outcomes.map((o) => o.id), pauses: s.pauses.length, locations: null }
      },
      floor: floor && (() => ({ ...floor.get(id), locations: null })),
      reps,
      check: same('seizures.get'),
    }), { group: 'read' })
    const me = await ok('auth.me', {})
    add('call overhead (auth.me)', await race({
      ours: async () => {
        const m = await ok('auth.me', {})
        return { id: m.user.id, login: m.user.login, roles: [...m.user.roles].sort() }
      },
      floor: floor && (() => floor.me(me.user.id)),
      reps: reps * 10,
      check: same('auth.me'),
    }), { group: 'overhead' })
    for (const [name, op, input, client] of [
      ['seizures.suggestions', 'seizures.suggestions', {}, clerk],
      ['storage.list', 'storage.list', {}, clerk],
      ['audit.list page 1', 'audit.list', { page: 1, pageSize: 50 }, admin],
      ['audit.list action=outcome', 'audit.list', { filter: { action: 'outcome' }, page: 1, pageSize: 50 }, admin],
      ['audit.history of a record', 'audit.history', { recordType: 'seizure', recordId: id }, clerk],
      ['accounts.list', 'accounts.list', {}, admin],
      ['backup.list', 'backup.list', {}, admin],
    ]) {
      add(name, await race({ ours: () => ok(op, input, client), reps }), { group: 'read' })
    }
    rows.push(...(await writeFigures({ h, ok, dbFile, reps, log })))
  } finally {
    floor?.close()
    await core.close()
  }
  return rows
}

const seizureInput = (i) => ({
  kind: 'detention',
  decisionNo: `基市监强制〔2026〕${900_000 + i}号`,
  decisionDate: '2026-11-20',
  place: '城关镇人民路1号',
  source: 'inspection',
  unit: '执法大队',
  officers: [{ name: '张伟', certNo: '35010010001' }, { name: '李娜', certNo: '35010010002' }],
  party: { type: 'enterprise', name: '基准商行', idNo: '' },
  items: [
    { name: '运动鞋', brand: 'NIKE', category: 'apparel', qtyMilli: 10_000, unit: '双' },
    { name: '白酒', brand: '茅台', category: 'tobacco_alcohol', qtyMilli: 6_000, unit: '瓶' },
    { name: '散装茶叶', category: 'food', qtyMilli: 2_500, unit: '千克' },
  ],
})

/**
 * Registering a 3-line seizure through core, beside the raw transaction that writes the same rows (counter,
 * record with its cached columns, officers, lines, search text and grams, audit entry) with prepared
 * statements and synchronous=FULL; then sequential registrations per second.
 */
async function writeFigures({ h, ok, dbFile, reps, log }) {
  const raw = new BetterSqlite3(dbFile)
  raw.pragma('journal_mode = WAL')
  raw.pragma('synchronous = FULL')
  raw.pragma('foreign_keys = ON')
  raw.pragma('busy_timeout = 5000')
  const v6 = raw.prepare("SELECT 1 FROM pragma_table_info('seizures') WHERE name = 'party_sort'").get() !== undefined
  const user = raw.prepare("SELECT id FROM users WHERE login = 'clerk'").pluck().get()
  const counter = raw.prepare('INSERT INTO seizure_counters (year, last_no) VALUES (2026, 1) ON CONFLICT (year) DO UPDATE SET last_no = last_no + 1 RETURNING last_no')
  const dup = raw.prepare('SELECT register_no FROM seizures WHERE decision_no = ? AND voided_at IS NULL')
  const ins = raw.prepare(`INSERT INTO seizures (id, register_year, register_seq, register_no, kind, decision_no, decision_date, place, source, unit, party_type, party_name,
    term_end, held_milli, value_fen, created_at, created_by, updated_at, updated_by${v6 ? ', party_sort, officer_names, category_bits' : ''})
    VALUES (?, 2026, ?, ?, 'detention', ?, ?, ?, 'inspection', ?, 'enterprise', ?, ?, ?, ?, ?, ?, ?, ?${v6 ? ', ?, ?, ?' : ''})`)
  const off = raw.prepare('INSERT INTO seizure_officers (seizure_id, position, name, cert_no) VALUES (?, ?, ?, ?)')
  const line = raw.prepare(`INSERT INTO seizure_items (id, seizure_id, line_no, name, brand, category, qty_milli, unit, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
  const text = raw.prepare('INSERT INTO seizure_search_text (seizure_id, body) VALUES (?, ?)')
  const grams = v6 ? raw.prepare('INSERT INTO seizure_search_grams (rowid, grams) VALUES (?, ?)') : null
  const head = raw.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1')
  const audit = raw.prepare('INSERT INTO audit_log (seq, at, user_id, operation, action, record_type, record_id, changes, note, prev_hash, hash) VALUES (@seq, @at, @user_id, @operation, @action, @record_type, @record_id, @changes, @note, @prev_hash, @hash)')
  let n = 0
  const rawCreate = raw.transaction((input) => {
    const at = new Date().toISOString()
    if (dup.get(input.decisionNo)) throw new Error('dup')
    const seq = counter.pluck().get()
    const id = `bench-raw-${Date.now()}-${n}`
    const regNo = `2026-${String(seq).padStart(4, '0')}`
    const term = h.computeTerm({ kind: 'detention', decisionDate: input.decisionDate, extensionDays: null, pauses: [] }, '2026-12-02')
    const cached = v6 ? [h.partySortKey(input.party.name, 'enterprise'), input.officers.map((o) => o.name).join('\n'), input.items.reduce((b, i) => b | h.categoryBit(i.category), 0)] : []
    ins.run(id, seq, regNo, input.decisionNo, input.decisionDate, input.place, input.unit, input.party.name, term.endDate, 18_500, 0, at, user, at, user, ...cached)
    input.officers.forEach((o, i) => off.run(id, i + 1, o.name, o.certNo))
    input.items.forEach((l, i) => line.run(`${id}-${i}`, id, i + 1, l.name, l.brand ?? '', l.category, l.qtyMilli, l.unit, at, user, at, user))
    const body = [regNo, input.decisionNo, input.party.name, ...input.items.flatMap((l) => [l.name, l.brand ?? ''])].filter(Boolean).join(' ｜ ')
    const t = text.run(id, body)
    grams?.run(t.lastInsertRowid, h.gramsOf(body))
    const last = head.get()
    const e = { seq: last.seq + 1, prev_hash: last.hash, at, user_id: user, operation: 'seizures.create', action: 'create', record_type: 'seizure', record_id: id, changes: JSON.stringify({ registerNo: [null, regNo] }), note: null }
    audit.run({ ...e, hash: h.entryHash(e) })
    return id
  })
  const rows = []
  try {
    const r = await race({
      ours: async () => ok('seizures.create', seizureInput(n++)),
      floor: () => rawCreate(seizureInput(n++)),
      reps,
    })
    rows.push({ name: 'register a 3-line seizure', group: 'write', ...r })
    log(`  register: ours p50 ${r.ours.p50}, raw transaction p50 ${r.floor.p50} (${r.ratio}×)`)
    const count = 200
    let t = performance.now()
    for (let i = 0; i < count; i++) await ok('seizures.create', seizureInput(n++))
    const oursRate = count / ((performance.now() - t) / 1000)
    t = performance.now()
    for (let i = 0; i < count; i++) rawCreate(seizureInput(n++))
    const rawRate = count / ((performance.now() - t) / 1000)
    rows.push({ name: 'sequential registrations per second', group: 'write', rate: { ours: Math.round(oursRate), floor: Math.round(rawRate) } })
    log(`  sequential: ours ${Math.round(oursRate)}/s, raw ${Math.round(rawRate)}/s`)
  } finally {
    raw.close()
  }
  return rows
}
