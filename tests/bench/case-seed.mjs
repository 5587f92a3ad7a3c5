// 20,000 处罚案件 (issue 16) over ten years, put into a bench work copy before the case figures. Straight through
// SQL, not cases.create & co.: a case takes five to eight calls through core (立案, 决定, 送达, 缴款, 执行, 结案,
// 公示), ~120,000 audited transactions with synchronous=FULL, minutes on this machine. The cached columns are
// what core computes: the deadlines from core's own caseDeadlines (through the harness), the search text and
// officers' names built as cases/derived.ts builds them, its seizure query included (its row order is the
// text's order) — and a sample of 200 is then rewritten by core's refreshCaseDerived and compared, failing loudly.
import BetterSqlite3 from 'better-sqlite3'
import { BENCH_NOW, BENCH_TODAY } from './seed.mjs'
import { BENCH_ADMIN } from './seeds.mjs'

export const CASE_COUNT = 20_000
/** The 法制员 who registers the cases, and whom the figures sign in as. */
export const BENCH_LEGAL = { login: 'fazhi', name: '法制员', password: 'legal-password-2' }

const FIRST_YEAR = 2017
const LAST_YEAR = 2026
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高', '郑', '欧阳']
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '华', '建国']
const TOWNS = ['城关镇', '南山镇', '北岭乡', '东湖镇', '西坪乡', '溪口镇', '长乐乡', '白沙镇']
const SHOPS = ['便利店', '烟酒行', '母婴店', '化妆品店', '药房', '超市', '农资店', '餐馆', '电器行', '茶庄']
const FIRMS = ['东方', '鑫源', '华联', '利民', '金叶', '阳光', '康乐', '银河', '长城', '乐购']
const INDUSTRIES = ['商贸有限公司', '食品有限公司', '贸易有限公司', '科技有限公司', '医药连锁有限公司']
const UNITS = ['城关市场监督管理所', '南山市场监督管理所', '北岭市场监督管理所', '东湖市场监督管理所', '执法大队', '溪口市场监督管理所', '西坪市场监督管理所', '白沙市场监督管理所']
const OFFICERS = Array.from({ length: 30 }, (_v, i) => [`${SURNAMES[i % 20]}${GIVEN[(i * 7) % GIVEN.length]}`, `350100${String(10001 + i).padStart(5, '0')}`])
// Fields weighted as a county bureau's caseload runs: food first, then product quality, trademarks, prices.
const FIELDS = ['food_safety', 'food_safety', 'food_safety', 'food_safety', 'product_quality', 'product_quality', 'ip_trademark', 'ip_trademark', 'price', 'advertising', 'drug', 'medical_device', 'cosmetics', 'special_equipment', 'unfair_competition', 'metrology', 'standardization', 'online_trade', 'contract', 'other']
const SOURCES = ['inspection', 'inspection', 'inspection', 'complaint', 'complaint', 'campaign', 'assigned', 'referral']
const ORDINARY_KINDS = [['fine'], ['fine'], ['fine', 'confiscate_gains'], ['fine', 'confiscate_property'], ['fine', 'confiscate_gains', 'confiscate_property'], ['warning', 'fine'], ['warning'], ['criticism', 'fine'], ['fine', 'stop_business'], ['fine', 'revoke_licence']]

const pad = (n, w) => String(n).padStart(w, '0')
const addDays = (iso, n) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10)
const daysBetween = (a, b) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000)
const at = (d) => `${d}T02:${pad(d.charCodeAt(9) % 60, 2)}:00.000Z`
/** A date or, when it falls after the bench's today, null: that step has not happened yet. */
const byToday = (d) => (d <= BENCH_TODAY ? d : null)

// cases/derived.ts's query for the linked seizures' text, as Kysely writes it: the same plan gives the same order.
const SEIZURE_TEXT = `select "s"."register_no", "i"."name", "i"."brand" from "case_seizures" as "l" inner join "seizures" as "s" on "s"."id" = "l"."seizure_id"
  left join "seizure_items" as "i" on "i"."seizure_id" = "s"."id" and "i"."voided_at" is null where "l"."case_id" = ?`

function partyOf(r) {
  const pick = (a) => a[Math.floor(r() * a.length)]
  const x = r()
  if (x < 0.2) return { type: 'natural_person', name: pick(SURNAMES) + pick(GIVEN), idNo: `3501${pad(Math.floor(r() * 1e6), 6)}19${pad(50 + Math.floor(r() * 50), 2)}0101${pad(Math.floor(r() * 1e4), 4)}`, legalRep: '' }
  if (x < 0.6) return { type: 'individual_business', name: `${pick(TOWNS)}${pick(GIVEN)}${pick(SHOPS)}`, idNo: '', legalRep: pick(SURNAMES) + pick(GIVEN) }
  return { type: 'enterprise', name: `基准县${pick(FIRMS)}${pick(INDUSTRIES)}`, idNo: '', legalRep: pick(SURNAMES) + pick(GIVEN) }
}

/** One case's facts and history up to BENCH_TODAY: how far it got, and when. */
function caseOf(r, filing) {
  const party = partyOf(r)
  const person = party.type !== 'enterprise'
  const summary = r() < 0.12
  const kinds = summary ? (r() < 0.4 ? ['warning'] : ['fine']) : ORDINARY_KINDS[Math.floor(r() * ORDINARY_KINDS.length)]
  const fine = !kinds.includes('fine') ? 0 : summary ? 100 * (50 + Math.floor(r() * (person ? 150 : 2950))) : 10_000 * Math.round(Math.exp(Math.log(1000) + r() * Math.log(500)) / 100)
  const gains = kinds.includes('confiscate_gains') ? 100 * Math.floor(r() * 50_000) : 0
  const c = { party, procedure: summary ? 'summary' : 'ordinary', kinds, fine, gains, status: 'filed', extensions: [], pauses: [], voided: r() < 0.003 }
  // Most cases are decided in the last weeks of their 90 days; an approved extension now and then, rarely a
  // collective one, a testing period in a few, and one in three hundred left undecided past its deadline.
  let after = summary ? Math.floor(r() * 5) : 15 + Math.floor(75 * Math.sqrt(r()))
  // Nothing is recorded ahead of today: an extension or period not yet due is simply not there (yet).
  if (!summary && r() < 0.06) {
    const approved = addDays(filing, 80 + Math.floor(r() * 9))
    if (byToday(approved)) c.extensions.push({ kind: 'approved', date: approved, days: null })
    after = 90 + Math.floor(r() * 28)
    if (r() < 0.15) {
      if (byToday(approved) && byToday(addDays(filing, 115))) c.extensions.push({ kind: 'collective', date: addDays(filing, 115), days: 30 })
      after += 25
    }
  }
  if (!summary && r() < 0.04) {
    const start = addDays(filing, 5 + Math.floor(r() * 20))
    const len = 10 + Math.floor(r() * 20)
    // A testing period still under way stops the 90 days' clock (decision_due null).
    if (byToday(start)) c.pauses.push({ kind: 'testing', start, end: byToday(addDays(start, len)) })
    after += len
  }
  if (r() < 0.003) after += 40 + Math.floor(r() * 60)
  if (c.voided) return { ...c, voidedOn: byToday(addDays(filing, 1 + Math.floor(r() * 10))) ?? filing }
  if (!summary && r() < 0.045) {
    const end = byToday(addDays(filing, 20 + Math.floor(r() * 60)))
    if (end) return { ...c, status: r() < 0.65 ? 'not_punished' : 'cancelled', endDate: end, endReason: '违法事实不能成立' }
    return c
  }
  c.decisionDate = byToday(addDays(filing, after))
  if (!c.decisionDate) return c
  c.status = 'decided'
  // 公示 within 20 working days (about 28 calendar days), a few late, one in five hundred never.
  if (!summary && !(kinds.length === 1 && kinds[0] === 'warning') && r() > 0.002) c.publishedOn = byToday(addDays(c.decisionDate, r() < 0.03 ? 28 + Math.floor(r() * 15) : 2 + Math.floor(r() * 24)))
  if (c.publishedOn && r() < 0.003) {
    c.revokedOn = byToday(addDays(c.publishedOn, 30 + Math.floor(r() * 150)))
    if (c.revokedOn) c.withdrawnOn = byToday(addDays(c.revokedOn, 1 + Math.floor(r() * 3)))
  }
  c.serviceDate = byToday(addDays(c.decisionDate, Math.floor(r() * 6)))
  if (!c.serviceDate) return c
  const money = fine + gains > 0
  if (money) {
    const late = r() < 0.04 ? 16 + Math.floor(r() * 15) : 1 + Math.floor(r() * 14)
    c.paidOn = r() < 0.003 ? null : byToday(addDays(c.serviceDate, late))
    if (!c.paidOn) return c
    c.surcharge = late > 15 ? Math.min(fine, Math.round((fine * 3 * (late - 15)) / 100)) : 0
  }
  c.executedOn = byToday(addDays(c.paidOn ?? c.serviceDate, Math.floor(r() * 10)))
  if (!c.executedOn) return c
  c.status = 'executed'
  c.closedOn = byToday(addDays(c.executedOn, 5 + Math.floor(r() * 55)))
  if (c.closedOn) c.status = 'closed'
  return c
}

/** Signs up the 法制员 through core, then seeds the cases into the work copy `dataDir`. */
export async function seedCases({ h, dataDir, log }) {
  const core = h.createCore({ dataDir, now: () => BENCH_NOW, autoBackup: false })
  try {
    const admin = h.newClient()
    const legal = h.newClient()
    const ok = async (op, input, client) => {
      const r = await core.invoke(op, input, client)
      if (!r.ok) throw new Error(`${op}: ${r.error.message}`)
      return r.data
    }
    await ok('auth.login', { login: BENCH_ADMIN.login, password: BENCH_ADMIN.password }, admin)
    await ok('accounts.create', { login: BENCH_LEGAL.login, name: BENCH_LEGAL.name, roles: ['legal'], password: 'temp-password-1' }, admin)
    await ok('auth.login', { login: BENCH_LEGAL.login, password: 'temp-password-1' }, legal)
    await ok('auth.changePassword', { current: 'temp-password-1', next: BENCH_LEGAL.password }, legal)
  } finally {
    await core.close()
  }
  const dbFile = `${dataDir}/taizhang.sqlite`
  const started = performance.now()
  const ids = writeCases(dbFile, h)
  log(`  seeded ${CASE_COUNT} cases in ${Math.round(performance.now() - started)} ms`)
  // Core's own recompute of 200 of them must leave every cached column as seeded.
  const r = h.seededRandom(16_000)
  const sample = [...new Set(Array.from({ length: 200 }, () => ids[Math.floor(r() * ids.length)]))].sort()
  const db = new BetterSqlite3(dbFile, { readonly: true })
  const seeded = db.prepare(`SELECT id, decision_due, publication_due, withdrawal_due, payment_due, publicity_end, next_due, next_due_kind, officer_names, search_text
    FROM penalty_cases WHERE id IN (${sample.map(() => '?').join(', ')}) ORDER BY id`).all(...sample)
  db.close()
  const core2 = await h.rederivedCases(dbFile, sample, BENCH_TODAY)
  const a = JSON.stringify(seeded)
  const b = JSON.stringify(core2)
  if (a !== b) {
    const i = seeded.findIndex((x, n) => JSON.stringify(x) !== JSON.stringify(core2[n]))
    throw new Error(`seeded cases' cached columns differ from core's refreshCaseDerived: seeded ${JSON.stringify(seeded[i])} / core ${JSON.stringify(core2[i])}`)
  }
  log(`  the cached columns of ${sample.length} sampled cases are as core's refreshCaseDerived writes them`)
}

/** The cases, their officers, links, extensions and periods, and one audit entry each; returns the live ids. */
function writeCases(dbFile, h) {
  const db = new BetterSqlite3(dbFile)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = OFF') // a work copy, thrown away after the run
  try {
    const legal = db.prepare('SELECT id FROM users WHERE login = ?').pluck().get(BENCH_LEGAL.login)
    const stored = db.prepare('SELECT year, off_days, work_days FROM holiday_years').all()
    const calendar = { ...h.BUILT_IN_CALENDAR }
    for (const y of stored) calendar[String(y.year)] = { off: JSON.parse(y.off_days), work: JSON.parse(y.work_days) }
    const s = db.prepare('SELECT lower_fine_person, lower_fine_entity FROM case_settings').get()
    const thresholds = { naturalPersonFen: s.lower_fine_person, entityFen: s.lower_fine_entity }
    // Live seizures by date, to link each case to one or two seized shortly before its 立案.
    const seizures = db.prepare('SELECT id, decision_date FROM seizures WHERE voided_at IS NULL ORDER BY decision_date, id').all()
    const linked = new Set()
    const lastBefore = (d) => {
      let lo = 0
      let hi = seizures.length
      while (lo < hi) {
        const m = (lo + hi) >> 1
        if (seizures[m].decision_date <= d) lo = m + 1
        else hi = m
      }
      return lo - 1
    }
    const cols = `id, case_year, case_seq, case_no, status, filing_date, filing_no, procedure, party_type, party_name, party_id_no, party_legal_rep, party_address, party_phone,
      field, source, facts, evidence, provisions_violated, legal_basis, penalty_kinds, fine_fen, gains_fen, property_description, property_value_fen, unit, legal_reviewer,
      legal_review_date, decision_no, decision_date, service_date, paid_on, paid_fen, surcharge_paid_fen, end_date, end_reason, revoked_on, revoke_reason, published_on,
      publication_channel, published_by, withdrawn_on, withdraw_reason, early_stop_on, early_stop_conditions, created_at, created_by, updated_at, updated_by, version, voided_at, voided_by, void_reason`
    const ins = db.prepare(`INSERT INTO penalty_cases (${cols}) VALUES (${cols.split(',').map(() => '?').join(', ')})`)
    const officer = db.prepare('INSERT INTO case_officers (case_id, position, name, cert_no) VALUES (?, ?, ?, ?)')
    const link = db.prepare('INSERT INTO case_seizures (case_id, seizure_id) VALUES (?, ?)')
    const ext = db.prepare('INSERT INTO case_extensions (id, case_id, kind, date, approved_by, reason, days, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
    const pause = db.prepare('INSERT INTO case_pauses (id, case_id, kind, start_date, end_date, reason, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    const seizureText = db.prepare(SEIZURE_TEXT)
    const cache = db.prepare(`UPDATE penalty_cases SET decision_due = ?, publication_due = ?, withdrawal_due = ?, payment_due = ?, publicity_end = ?, next_due = ?, next_due_kind = ?,
      officer_names = ?, search_text = ? WHERE id = ?`)
    const counter = db.prepare("INSERT INTO number_counters (kind, year, last_no) VALUES ('penalty_case', ?, ?) ON CONFLICT (kind, year) DO UPDATE SET last_no = excluded.last_no")
    const audit = db.prepare('INSERT INTO audit_log (seq, at, user_id, operation, action, record_type, record_id, changes, note, prev_hash, hash) VALUES (@seq, @at, @user_id, @operation, @action, @record_type, @record_id, @changes, @note, @prev_hash, @hash)')
    const head = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get()
    let seq = head?.seq ?? 0
    let prev = head?.hash ?? h.GENESIS_HASH

    const r = h.seededRandom(CASE_COUNT + 16)
    const perYear = CASE_COUNT / (LAST_YEAR - FIRST_YEAR + 1)
    const live = []
    db.transaction(() => {
      for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
        const days = daysBetween(`${year}-01-01`, year === LAST_YEAR ? BENCH_TODAY : `${year}-12-31`) + 1
        for (let k = 1; k <= perYear; k++) {
          const id = `case-${year}-${pad(k, 5)}`
          const filing = addDays(`${year}-01-01`, Math.floor(((k - 1) * days) / perYear))
          const c = caseOf(r, filing)
          const caseNo = h.formatCaseNo(year, k)
          const decisionNo = c.decisionDate ? `基市监处罚〔${year}〕${k}号` : ''
          const filingNo = r() < 0.7 ? `基市监立〔${year}〕${k}号` : ''
          const unit = UNITS[Math.floor(r() * UNITS.length)]
          const field = FIELDS[Math.floor(r() * FIELDS.length)]
          const property = c.kinds.includes('confiscate_property')
          const last = [c.closedOn, c.executedOn, c.paidOn, c.withdrawnOn, c.revokedOn, c.publishedOn, c.serviceDate, c.decisionDate, c.endDate, c.voidedOn, filing].find(Boolean)
          ins.run(
            id, year, k, caseNo, c.status, filing, filingNo, c.procedure, c.party.type, c.party.name, c.party.idNo, c.party.legalRep, `${TOWNS[k % TOWNS.length]}人民路${k % 300}号`, `1390591${pad(k % 10_000, 4)}`,
            field, SOURCES[Math.floor(r() * SOURCES.length)], `当事人经营${field === 'food_safety' ? '过期食品' : '不合格产品'}，违法所得${Math.floor(c.gains / 100)}元。`, c.procedure === 'ordinary' ? '现场检查笔录、询问笔录、抽样检验报告' : '',
            '', '', JSON.stringify(c.kinds), c.fine, c.gains, property ? '涉案物品一批' : '', property ? 100 * Math.floor(r() * 20_000) : 0, unit,
            c.decisionDate && c.procedure === 'ordinary' ? '法规科 郑明' : null, c.decisionDate && c.procedure === 'ordinary' ? addDays(c.decisionDate, -Math.min(3, daysBetween(filing, c.decisionDate))) : null,
            decisionNo, c.decisionDate ?? null, c.serviceDate ?? null, c.paidOn ?? null, c.paidOn ? c.fine + c.gains : null, c.paidOn ? c.surcharge : null,
            c.closedOn ?? c.executedOn ?? c.endDate ?? null, c.endReason ?? '', c.revokedOn ?? null, c.revokedOn ? '复议撤销' : '', c.publishedOn ?? null,
            c.publishedOn ? (r() < 0.8 ? 'gsxt' : 'portal') : null, c.publishedOn ? '郑明' : null, c.withdrawnOn ?? null, c.withdrawnOn ? '处罚决定已撤销' : '', null, '[]',
            at(filing), legal, at(last), legal, 1 + [c.decisionDate, c.serviceDate, c.paidOn, c.executedOn, c.closedOn, c.publishedOn, c.endDate].filter(Boolean).length, c.voided ? at(c.voidedOn) : null, c.voided ? legal : null, c.voided ? '重复立案' : null,
          )
          const first = Math.floor(r() * OFFICERS.length)
          const who = Array.from({ length: r() < 0.1 ? 3 : 2 }, (_v, p) => OFFICERS[(first + p * 7) % OFFICERS.length])
          who.forEach((w, p) => officer.run(id, p + 1, ...w))
          // One case in three takes over a seizure (one in twenty of those two), each seizure linked once where it can be.
          if (r() < 0.35) {
            const want = r() < 0.05 ? 2 : 1
            const got = new Set()
            for (let end = lastBefore(filing), tries = 0; got.size < want && end >= 0 && tries < 40; tries++) {
              const pick = seizures[Math.max(0, end - Math.floor(r() * 40))]
              if (!linked.has(pick.id) || tries >= 30) got.add(pick.id)
            }
            for (const x of [...got].sort()) {
              linked.add(x)
              link.run(id, x)
            }
          }
          c.extensions.forEach((e, n) => ext.run(`${id}-e${n}`, id, e.kind, e.date, '局长 张建国', '案情复杂，需进一步调查取证', e.days, at(e.date), legal))
          c.pauses.forEach((p, n) => pause.run(`${id}-p${n}`, id, p.kind, p.start, p.end, '送检验机构检验', at(p.start), legal))
          // As of the case's last write, as core computed them then (the cached columns do not move with the
          // day; the sample below checks them as of the bench's today). Also short: days left are counted day by day.
          const d = h.caseDeadlines(
            {
              status: c.status, procedure: c.procedure, partyType: c.party.type, penaltyKinds: c.kinds, fineFen: c.fine, gainsFen: c.gains, filingDate: filing,
              decisionDate: c.decisionDate ?? null, serviceDate: c.serviceDate ?? null, paidOn: c.paidOn ?? null, revokedOn: c.revokedOn ?? null, publishedOn: c.publishedOn ?? null,
              withdrawnOn: c.withdrawnOn ?? null, earlyStopOn: null, restrictionEnd: null, approvedExtension: c.extensions.some((e) => e.kind === 'approved'),
              collectiveExtensionDays: c.extensions.reduce((n, e) => n + (e.days ?? 0), 0) || null, pauses: c.pauses.map((p) => ({ startDate: p.start, endDate: p.end })),
            },
            last, calendar, thresholds,
          )
          const text = [...new Set(seizureText.all(id).flatMap((x) => [x.register_no, x.name ?? '', x.brand ?? '']))].filter(Boolean)
          const search = [caseNo, decisionNo, filingNo, c.party.name, c.party.idNo, c.party.legalRep, ...text].filter(Boolean).join('\n')
          // 作废 clears the next deadline and leaves the rest (case-handlers.ts).
          const next = c.voided ? null : d.next
          const cc = d.cached
          cache.run(cc.decision_due, cc.publication_due, cc.withdrawal_due, cc.payment_due, cc.publicity_end, next?.date ?? null, next?.kind ?? null, who.map((w) => w[0]).join('\n'), search, id)
          const e = { seq: ++seq, prev_hash: prev, at: at(filing), user_id: legal, operation: 'cases.create', action: 'create', record_type: 'penalty_case', record_id: id, changes: JSON.stringify({ caseNo: [null, caseNo], partyName: [null, c.party.name] }), note: null }
          prev = h.entryHash(e)
          audit.run({ ...e, hash: prev })
          if (!c.voided) live.push(id)
        }
        counter.run(year, perYear)
      }
    })()
    db.pragma('wal_checkpoint(TRUNCATE)')
    return live
  } finally {
    db.close()
  }
}
