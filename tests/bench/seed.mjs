// Seeds a data dir with ten years of a busy bureau at `scale` seizures (five item lines each on average, so
// 200,000 seizures hold 1,000,000 lines), straight through SQL but shaped as core writes them: numbers per
// year, officers, lines, outcomes, pauses, extensions, voided records, the cached term end, quantities and
// value (core's own computeTerm), the search text, the party's sort key where the schema has it, and one
// audit entry per registration and per outcome, chained as core chains them. Deterministic: the same scale
// gives the same rows, so a seeded folder is kept and reused while this file and the schema stay the same.
import BetterSqlite3 from 'better-sqlite3'
// seededRandom comes with the harness (tests/support/seeded-random.ts).

export const BENCH_TODAY = '2026-12-02'
/** Noon in China on BENCH_TODAY: the same calendar day in every time zone from UTC−4 to UTC+14. */
export const BENCH_NOW = Date.parse(`${BENCH_TODAY}T04:00:00Z`)
const YEARS = 10
const LAST_YEAR = 2026

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '曾', '单', '解', '仇', '区', '查', '朴', '欧阳', '司马', '阿']
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '华', '慧', '建国', '小红', '长春', '重阳', '乐', '行', '朝阳', '银行']
const TOWNS = ['城关镇', '南山镇', '北岭乡', '东湖镇', '西坪乡', '溪口镇', '长乐乡', '重华镇', '白沙镇', '乐平乡']
const SHOPS = ['五金店', '便利店', '烟酒行', '母婴店', '服饰店', '化妆品店', '药房', '超市', '农资店', '电器行', '茶庄', '鞋城']
const FIRMS = ['东方', '鑫源', '华联', '利民', '金叶', '好又多', '阳光', '康乐', '新潮', '美丽', '银河', '长城', '重庆', '厦华', '乐购']
const INDUSTRIES = ['商贸有限公司', '百货有限公司', '食品有限公司', '贸易有限公司', '科技有限公司', '农业发展有限公司']
const ITEMS = [
  ['运动鞋', 'NIKE', 'apparel', '双'], ['休闲鞋', 'Adidas', 'apparel', '双'], ['羽绒服', '波司登', 'apparel', '件'],
  ['T恤', '李宁', 'apparel', '件'], ['白酒', '茅台', 'tobacco_alcohol', '瓶'], ['白酒', '五粮液', 'tobacco_alcohol', '瓶'],
  ['香烟', '中华', 'tobacco_alcohol', '条'], ['香烟', '玉溪', 'tobacco_alcohol', '条'], ['洗发水', '海飞丝', 'daily_goods', '瓶'],
  ['沐浴露', '舒肤佳', 'daily_goods', '瓶'], ['牙膏', '云南白药', 'daily_goods', '支'], ['奶粉', '飞鹤', 'food', '罐'],
  ['奶粉', '美赞臣', 'food', '罐'], ['散装茶叶', '西湖龙井', 'food', '千克'], ['月饼', '稻香村', 'food', '盒'],
  ['食用油', '金龙鱼', 'food', '桶'], ['口红', '迪奥', 'cosmetics', '支'], ['面霜', '雅诗兰黛', 'cosmetics', '瓶'],
  ['香水', '香奈儿', 'cosmetics', '瓶'], ['充电器', '华为', 'electronics', '个'], ['耳机', '苹果', 'electronics', '副'],
  ['手机壳', '小米', 'electronics', '个'], ['儿童玩具汽车', '乐高', 'children', '盒'], ['童装', '巴拉巴拉', 'children', '件'],
  ['化肥', '史丹利', 'agricultural', '袋'], ['农药', '先正达', 'agricultural', '瓶'], ['种子', '隆平高科', 'agricultural', '袋'],
  ['手提包', 'LV', 'bags', '个'], ['双肩包', '新秀丽', 'bags', '个'], ['保健胶囊', '汤臣倍健', 'health_food', '瓶'],
  ['蛋白粉', '康宝莱', 'health_food', '罐'], ['感冒药', '999', 'drug', '盒'], ['血压计', '欧姆龙', 'medical_device', '台'],
  ['口罩', '3M', 'medical_device', '包'], ['打火机', 'Zippo', 'other', '个'], ['电池', '南孚', 'daily_goods', '节'],
]
const UNITS = ['城关市场监督管理所', '南山市场监督管理所', '北岭市场监督管理所', '东湖市场监督管理所', '执法大队', '溪口市场监督管理所', '西坪市场监督管理所', '白沙市场监督管理所']
const OFFICERS = Array.from({ length: 30 }, (_v, i) => [`${SURNAMES[i % 30]}${GIVEN[(i * 7) % GIVEN.length]}`, `350100${String(10001 + i).padStart(5, '0')}`])
const SOURCES = ['inspection', 'inspection', 'inspection', 'complaint', 'complaint', 'campaign', 'assigned', 'referral']

const pad = (n, w) => String(n).padStart(w, '0')
const addDays = (iso, n) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10)
const dayOfYear = (year, d) => addDays(`${year}-01-01`, d)

function partyOf(r) {
  const x = r()
  if (x < 0.25) {
    const name = SURNAMES[Math.floor(r() * SURNAMES.length)] + GIVEN[Math.floor(r() * GIVEN.length)]
    return { type: 'natural_person', name, idNo: `3501${pad(Math.floor(r() * 1e6), 6)}19${pad(50 + Math.floor(r() * 50), 2)}0101${pad(Math.floor(r() * 1e4), 4)}`, legalRep: '' }
  }
  if (x < 0.6) {
    const owner = GIVEN[Math.floor(r() * GIVEN.length)]
    return { type: 'individual_business', name: `${TOWNS[Math.floor(r() * TOWNS.length)]}${owner}${SHOPS[Math.floor(r() * SHOPS.length)]}`, idNo: '', legalRep: '' }
  }
  const legalRep = SURNAMES[Math.floor(r() * SURNAMES.length)] + GIVEN[Math.floor(r() * GIVEN.length)]
  return { type: 'enterprise', name: `基准县${FIRMS[Math.floor(r() * FIRMS.length)]}${INDUSTRIES[Math.floor(r() * INDUSTRIES.length)]}`, idNo: '', legalRep }
}

/** The search text core writes (seizures/search.ts), for a build that does not export it (schema before 6). */
const searchBody = (s, items) =>
  [s.registerNo, s.decisionNo, s.party.name, s.party.idNo, s.party.legalRep, ...items.flatMap((i) => [i.name, i.brand])].filter((x) => x !== '').join(' ｜ ')

/**
 * Seeds `scale` seizures into the data dir's database (set up by core, with users `bench` and `clerk`).
 * `h` is the bench harness (out/bench/harness.mjs): core's computeTerm, entryHash and, where the schema has
 * the column, partySortKey.
 */
export function seed(dbFile, scale, h) {
  const db = new BetterSqlite3(dbFile)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = OFF') // a seed is thrown away if the machine dies mid-way
  try {
    const users = db.prepare('SELECT id FROM users ORDER BY login').pluck().all()
    // Schema 7 added cached columns and the gram index (seizures/derived.ts); an older schema is seeded without.
    const v6 = db.prepare("SELECT 1 FROM pragma_table_info('seizures') WHERE name = 'party_sort'").get() !== undefined
    const cols = `id, register_year, register_seq, register_no, kind, decision_no, decision_date, place, source, unit, party_type, party_name, party_id_no,
      party_legal_rep, extension_days, extension_reason, extension_notice_date, extension_by, extension_at, term_end, held_milli, disposed_milli, value_fen,
      created_at, created_by, updated_at, updated_by, voided_at, voided_by, void_reason${v6 ? ', party_sort, officer_names, category_bits' : ''}`
    const grams = v6 ? db.prepare('INSERT INTO seizure_search_grams (rowid, grams) VALUES (?, ?)') : null
    const s = db.prepare(`INSERT INTO seizures (${cols}) VALUES (${cols.split(',').map(() => '?').join(', ')})`)
    const o = db.prepare('INSERT INTO seizure_officers (seizure_id, position, name, cert_no) VALUES (?, ?, ?, ?)')
    const it = db.prepare(`INSERT INTO seizure_items (id, seizure_id, line_no, name, brand, spec, category, qty_milli, unit, value_fen, weight_g, created_at, created_by, updated_at, updated_by)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
    const out = db.prepare(`INSERT INTO seizure_outcomes (id, seizure_id, item_id, kind, qty_milli, date, doc_no, receiving_unit, created_at, created_by)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
    const pause = db.prepare('INSERT INTO seizure_pauses (id, seizure_id, kind, start_date, end_date, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)')
    const fts = db.prepare('INSERT INTO seizure_search_text (seizure_id, body) VALUES (?, ?)')
    const counter = db.prepare('INSERT INTO seizure_counters (year, last_no) VALUES (?, ?) ON CONFLICT (year) DO UPDATE SET last_no = excluded.last_no')
    const audit = db.prepare(
      'INSERT INTO audit_log (seq, at, user_id, operation, action, record_type, record_id, changes, note, prev_hash, hash) VALUES (@seq, @at, @user_id, @operation, @action, @record_type, @record_id, @changes, @note, @prev_hash, @hash)',
    )
    const head = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get()
    let seq = head?.seq ?? 0
    let prev = head?.hash ?? h.GENESIS_HASH
    const pending = []
    const chain = (e) => pending.push(e)
    const flushAudit = () => {
      pending.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
      for (const e of pending) {
        const row = { seq: ++seq, prev_hash: prev, ...e, note: e.note ?? null }
        prev = h.entryHash(row)
        audit.run({ ...row, hash: prev })
      }
      pending.length = 0
    }

    const r = h.seededRandom(scale)
    const perYear = Math.ceil(scale / YEARS)
    let made = 0
    const insertAll = db.transaction((year) => {
      const days = year === LAST_YEAR ? 333 : 365 // to 2026-11-30
      const n = Math.min(perYear, scale - made)
      for (let k = 1; k <= n; k++) {
        const id = `seed-${year}-${pad(k, 6)}`
        const decisionDate = dayOfYear(year, Math.floor(((k - 1) * days) / n))
        const at = `${addDays(decisionDate, Math.floor(r() * 2))}T0${Math.floor(r() * 9)}:${pad(Math.floor(r() * 60), 2)}:00.000Z`
        const by = users[1 + Math.floor(r() * (users.length - 1))] ?? users[0]
        const x = r()
        const kind = x < 0.6 ? 'detention' : x < 0.9 ? 'sealing' : 'preservation'
        const party = partyOf(r)
        const registerNo = `${year}-${pad(k, 4)}`
        const decisionNo = `基市监${kind === 'preservation' ? '登保' : '强制'}〔${year}〕${k}号`
        const age = (Date.parse(BENCH_TODAY) - Date.parse(decisionDate)) / 86_400_000
        const voided = r() < 0.003
        // Older records were decided long ago, all but one in three hundred; the last two months are still held.
        const decided = !voided && age > 60 && r() > 1 / 300
        const pauses = []
        if (kind !== 'preservation' && r() < 0.02) pauses.push({ kind: 'testing', start: addDays(decisionDate, 5), end: addDays(decisionDate, 14) })
        if (kind !== 'preservation' && age <= 60 && r() < 0.05) pauses.push({ kind: 'appraisal', start: addDays(decisionDate, 3), end: null })
        const extension = kind !== 'preservation' && !pauses.some((p) => p.end === null) && r() < 0.03 ? 30 : null
        const term = h.computeTerm({ kind, decisionDate, extensionDays: extension, pauses: pauses.map((p) => ({ startDate: p.start, endDate: p.end })) }, BENCH_TODAY)

        const lines = 1 + Math.floor(r() * 9)
        const items = []
        for (let l = 1; l <= lines; l++) {
          const [name, brand, category, unit] = ITEMS[Math.floor(r() * ITEMS.length)]
          items.push({ id: `${id}-${l}`, line: l, name, brand, category, unit, qty: 1000 * (1 + Math.floor(r() * 200)), fen: r() < 0.9 ? 100 * Math.floor(r() * 50_000) : null, g: r() < 0.3 ? Math.floor(r() * 100_000) : null })
        }
        const outcomes = []
        for (const item of items) {
          const partial = !decided && !voided && age <= 60 && item.line === 1 && r() < 0.3
          if (!decided && !partial) continue
          const y = r()
          const outKind = partial ? 'release' : y < 0.7 ? 'confiscation' : y < 0.95 ? 'release' : 'transfer'
          const qty = partial ? Math.max(1000, item.qty - 1000) : item.qty
          outcomes.push({ id: `${item.id}-o`, item: item.id, kind: outKind, qty, date: addDays(decisionDate, 20 + Math.floor(r() * 8)), receiving: outKind === 'transfer' ? '基准县公安局' : '' })
        }
        const total = items.reduce((a, i) => a + i.qty, 0)
        const disposed = outcomes.reduce((a, i) => a + i.qty, 0)
        const value = items.reduce((a, i) => a + (i.fen ?? 0), 0)
        const rec = { registerNo, decisionNo, party }
        const row = [
          id, year, k, registerNo, kind, decisionNo, decisionDate, `${TOWNS[k % TOWNS.length]}人民路${k % 300}号`, SOURCES[Math.floor(r() * SOURCES.length)],
          UNITS[Math.floor(r() * UNITS.length)], party.type, party.name, party.idNo, party.legalRep,
          extension, extension ? '案情复杂，需进一步调查' : null, extension ? addDays(decisionDate, 28) : null, extension ? users[0] : null, extension ? at : null,
          term.endDate, voided ? 0 : total - disposed, disposed, value, at, by, at, by,
          voided ? at : null, voided ? by : null, voided ? '登记错误' : null,
        ]
        const officers = Array.from({ length: r() < 0.1 ? 3 : 2 }, (_v, p) => p)
        const first = Math.floor(r() * OFFICERS.length)
        const who = officers.map((p) => OFFICERS[(first + p * 7) % OFFICERS.length])
        if (v6) row.push(h.partySortKey(party.name, party.type), who.map((w) => w[0]).join(h.OFFICER_SEPARATOR), items.reduce((b, i) => b | h.categoryBit(i.category), 0))
        s.run(...row)
        who.forEach((w, p) => o.run(id, p + 1, ...w))
        for (const i of items) it.run(i.id, id, i.line, i.name, i.brand, '', i.category, i.qty, i.unit, i.fen, i.g, at, by, at, by)
        for (const x of outcomes) out.run(x.id, id, x.item, x.kind, x.qty, x.date, `基市监罚〔${year}〕${k}号`, x.receiving, `${x.date}T02:00:00.000Z`, by)
        pauses.forEach((p, n) => pause.run(`${id}-p${n}`, id, p.kind, p.start, p.end, at, by))
        const body = h.searchBody
          ? h.searchBody({ registerNo, decisionNo, partyName: party.name, partyIdNo: party.idNo, partyLegalRep: party.legalRep, items })
          : searchBody(rec, items)
        const text = fts.run(id, body)
        grams?.run(text.lastInsertRowid, h.gramsOf(body))
        chain({ at, user_id: by, operation: 'seizures.create', action: 'create', record_type: 'seizure', record_id: id, changes: JSON.stringify({ registerNo: [null, registerNo], decisionNo: [null, decisionNo], partyName: [null, party.name] }) })
        if (outcomes.length > 0) {
          const x = outcomes[0]
          chain({ at: `${x.date}T02:00:00.000Z`, user_id: by, operation: 'seizures.outcome.add', action: 'outcome', record_type: 'seizure', record_id: id, changes: JSON.stringify({ outcome: [null, `${x.kind} ${items.length}行`] }) })
        }
        made++
      }
      counter.run(year, n)
      flushAudit()
    })
    for (let year = LAST_YEAR - YEARS + 1; year <= LAST_YEAR && made < scale; year++) insertAll(year)
    // Schema 8 added destruction batches; an older schema is seeded without them.
    if (db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'destruction_batches'").get()) db.transaction(() => seedDestructions(db, users))()
    db.pragma('wal_checkpoint(TRUNCATE)')
  } finally {
    db.close()
  }
}

/** Confiscated lines left in the stock after the seeded destructions: the newest ones, as in an office. */
export const STOCK_KEPT = 8_000
const BATCH_LINES = 5_000

/** `total` × part / whole, rounded half up (electron/core/destruction/share.ts). */
const shareOf = (total, part, whole) => (total === null ? null : part === whole ? total : Number((BigInt(total) * BigInt(part) * 2n + BigInt(whole)) / (BigInt(whole) * 2n)))

/**
 * Executed destruction batches for every confiscated line but the newest STOCK_KEPT: in date order, at most
 * 5,000 lines a batch and a new batch each half-year, executed a week after their last confiscation, one line
 * in a thousand destroyed short (the rest stays in the stock). Written as core leaves them — each batch through
 * 草稿 → 待审批 → 已批准 → 已销毁 so the triggers of migration 008 keep the lines' stock columns.
 */
function seedDestructions(db, users) {
  const clerk = users[1] ?? users[0]
  const boss = users[0]
  const lines = db
    .prepare(`SELECT i.id, i.seizure_id, i.qty_milli, i.weight_g, i.value_fen, i.confiscated_milli, o.date FROM seizure_items i
      JOIN seizures s ON s.id = i.seizure_id JOIN seizure_outcomes o ON o.item_id = i.id AND o.kind = 'confiscation' AND o.voided_at IS NULL
      WHERE i.confiscated_milli > 0 AND i.voided_at IS NULL AND s.voided_at IS NULL ORDER BY o.date, i.id`)
    .all()
  const destroy = lines.slice(0, Math.max(0, lines.length - STOCK_KEPT))
  const chunks = []
  for (const l of destroy) {
    const half = `${l.date.slice(0, 4)}-${l.date.slice(5, 7) <= '06' ? 1 : 2}`
    const last = chunks.at(-1)
    if (!last || last.half !== half || last.lines.length >= BATCH_LINES) chunks.push({ half, lines: [l] })
    else last.lines.push(l)
  }
  const batch = db.prepare(`INSERT INTO destruction_batches (id, batch_year, batch_seq, batch_no, status, planned_date, place, method, contractor, media, environment_note, campaign,
    contact, notes, created_at, created_by, updated_at, updated_by, version) VALUES (?, ?, ?, ?, 'draft', ?, '基准县生活垃圾焚烧发电厂', 'incineration', '', '基准县融媒体中心',
    '密闭焚烧，烟气处理达标排放', ?, '', '', ?, ?, ?, ?, 5)`)
  const person = db.prepare('INSERT INTO destruction_people (batch_id, role, position, name, cert_no, unit, capacity) VALUES (?, ?, ?, ?, ?, ?, ?)')
  const line = db.prepare('INSERT INTO destruction_lines (id, batch_id, item_id, seizure_id, position, planned_milli, held_milli, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
  const submit = db.prepare("UPDATE destruction_batches SET status = 'submitted', request = '申请集中销毁', submitted_at = ?, submitted_by = ? WHERE id = ?")
  const approve = db.prepare("UPDATE destruction_batches SET status = 'approved', approval_opinion = '同意销毁', approval_date = ?, approved_at = ?, approved_by = ? WHERE id = ?")
  const destroyed = db.prepare('UPDATE destruction_lines SET destroyed_milli = ?, destroyed_weight_g = ?, short_reason = ?, held_milli = ? WHERE id = ?')
  const execute = db.prepare(`UPDATE destruction_batches SET status = 'executed', actual_date = ?, executed_at = ?, executed_by = ?, line_count = ?, weight_g = ?, value_fen = ? WHERE id = ?`)
  const counter = db.prepare("INSERT INTO number_counters (kind, year, last_no) VALUES ('destruction_batch', ?, ?) ON CONFLICT (kind, year) DO UPDATE SET last_no = excluded.last_no")
  const seqs = new Map()
  let n = 0
  for (const c of chunks) {
    const lastDate = c.lines.at(-1).date
    const actual = addDays(lastDate, 7) > BENCH_TODAY ? BENCH_TODAY : addDays(lastDate, 7)
    const approved = addDays(actual, -3) < lastDate ? lastDate : addDays(actual, -3)
    const year = Number(approved.slice(0, 4))
    const seq = (seqs.get(year) ?? 0) + 1
    seqs.set(year, seq)
    const id = `seed-xh-${year}-${pad(seq, 3)}`
    const at = (d) => `${d}T02:00:00.000Z`
    batch.run(id, year, seq, `${year}-XH-${pad(seq, 3)}`, actual, c.half.endsWith('1') ? `${year}年"3·15"集中销毁活动` : '', at(lastDate), clerk, at(actual), clerk)
    person.run(id, 'officer', 1, OFFICERS[0][0], OFFICERS[0][1], '', '')
    person.run(id, 'officer', 2, OFFICERS[1][0], OFFICERS[1][1], '', '')
    person.run(id, 'witness', 1, '吴代表', '', '基准县人大常委会', 'npc_deputy')
    const ids = c.lines.map((l, i) => {
      const lineId = `${id}-${pad(i + 1, 4)}`
      line.run(lineId, id, l.id, l.seizure_id, i + 1, l.confiscated_milli, l.confiscated_milli, at(lastDate), clerk)
      return lineId
    })
    submit.run(at(approved), clerk, id)
    approve.run(approved, at(approved), boss, id)
    let weight = 0
    let value = 0
    c.lines.forEach((l, i) => {
      const short = ++n % 1000 === 0
      const d = short ? l.confiscated_milli - 1000 : l.confiscated_milli
      const w = shareOf(l.weight_g === null ? null : shareOf(l.weight_g, l.confiscated_milli, l.qty_milli), d, l.confiscated_milli)
      destroyed.run(d, w, short ? '包装破损，另行处理' : '', d, ids[i])
      weight += w ?? 0
      value += d > 0 ? (shareOf(l.value_fen, d, l.qty_milli) ?? 0) : 0
    })
    execute.run(actual, at(actual), clerk, c.lines.length, weight, value, id)
  }
  for (const [year, last] of seqs) counter.run(year, last)
}
