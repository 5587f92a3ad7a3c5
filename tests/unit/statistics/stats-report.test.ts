import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import readXlsxFile from 'read-excel-file/node'
import { unzipSync } from 'fflate'
import type { ClientContext } from '../../../electron/core'
import type { OpInput } from '../../../shared/api'
import type { ItemLineInput, SeizureInput } from '../../../shared/api/seizures'
import type { Seizure } from '../../../shared/api/seizure-types'
import type { StatArea, StatDrill, StatReport } from '../../../shared/api/stat-types'
import { SUMMARY_FIELDS, summaryValues } from '../../../shared/domain/summary-fields'
import { readParams } from '../../../renderer/src/features/seizures/list/list-params'
import { readStationParams } from '../../../renderer/src/features/stations/list/station-list-params'
import { FakeClock, SETUP_INPUT, setUpCore, type CoreHarness } from '../../support/temp-core'
import { addAccount, OWN_PASSWORD } from '../../support/users'
import { addClerk, seizureInput } from '../../support/seizures'
import { caseInput } from '../../support/cases'
import { batchFactsInput } from '../../support/destruction'
import { stationInput } from '../../support/stations'
import { dbContent } from '../../support/db-snapshot'
import { plainText, readDocx, tables } from '../../support/docx-read'

// 统计 on a small office whose every figure is known by hand: seizures, a destruction batch with a line destroyed in
// part, cases (one revoked, one late, one referred to the police), stations with their 2024 and 2025 reviews. Today is
// 2026-02-10; the records of 2025 were made in two sittings (2025-09-01 and 2026-02-10), as a station's revocation and
// a batch's approval cannot be dated before the day they are entered.

const A = '城关市场监督管理所'
const B = '南山市场监督管理所'
const YEAR_2025 = { from: '2025-01-01', to: '2025-12-31', unit: '' }

interface Office {
  t: CoreHarness
  clerk: ClientContext
  legal: ClientContext
  boss: ClientContext
  /** 2025 for 城关所 and 南山所 before S6's unit was corrected from 城关 to 南山. */
  beforeCorrection: { a: StatReport; b: StatReport }
}

const line = (name: string, category: ItemLineInput['category'], qtyMilli: number, unit: string, weightG: number, valueFen: number): ItemLineInput => ({ name, brand: '', spec: '', category, qtyMilli, unit, weightG, valueFen })

async function buildOffice(): Promise<Office> {
  const clock = new FakeClock(Date.parse('2025-09-01T02:00:00Z'))
  const t = await setUpCore(undefined, clock)
  const clerk = (await addClerk(t)).client
  const legal = (await addAccount(t, 'fazhi', '孙法制', ['legal'])).client
  const boss = (await addAccount(t, 'boss', '李局长', ['approver'])).client
  const settings = await t.ok('stations.settings.get', {})
  await t.ok('stations.settings.update', { units: [A, B], version: settings.version })

  let no = 0
  const seize = (over: Partial<SeizureInput>) => t.ok('seizures.create', seizureInput({ decisionNo: `测市监强制〔${over.decisionDate!.slice(0, 4)}〕${++no}号`, ...over }), clerk)
  const outcome = (s: Seizure, i: number, kind: 'release' | 'confiscation', qtyMilli: number, date: string) =>
    t.ok('seizures.outcome.add', { id: s.id, version: s.version, itemId: s.items[i]!.id, kind, qtyMilli, date, docNo: `测市监罚〔${date.slice(0, 4)}〕${++no}号` }, clerk)

  // ── First sitting, 2025-09-01 ──
  // S0 (2024, released in 2024): the year before has records.
  const s0 = await seize({ decisionDate: '2024-05-01', unit: A, items: [line('运动鞋', 'apparel', 1_000, '双', 500, 10_000)] })
  await outcome(s0, 0, 'release', 1_000, '2024-06-01')
  // S1: 3 pairs, 8 kg, 1000 元; confiscated whole on 2025-04-01, 2 of the 3 pairs destroyed.
  let s1 = await seize({ decisionDate: '2025-03-10', unit: A, items: [line('运动鞋', 'apparel', 3_000, '双', 8_000, 100_000)] })
  s1 = await outcome(s1, 0, 'confiscation', 3_000, '2025-04-01')
  // S2 (查封): 20 bottles (12 kg, 2000 元) and 5 kg of tea (500 元); 5 bottles confiscated on 2025-07-01.
  let s2 = await seize({ kind: 'sealing', decisionDate: '2025-06-15', unit: A, items: [line('白酒', 'tobacco_alcohol', 20_000, '瓶', 12_000, 200_000), line('茶叶', 'food', 5_000, '千克', 5_000, 50_000)] })
  s2 = await outcome(s2, 0, 'confiscation', 5_000, '2025-07-01')
  // S6: 2 hats (1 kg, 200 元), registered for 城关所, corrected to 南山所 later.
  const s6 = await seize({ decisionDate: '2025-05-05', unit: A, items: [line('帽子', 'apparel', 2_000, '顶', 1_000, 20_000)] })
  // S4: voided, never counted.
  const s4 = await seize({ decisionDate: '2025-08-01', unit: A })
  await t.ok('seizures.void', { id: s4.id, version: s4.version, reason: '重复登记' }, clerk)

  // The batch, executed 2025-09-01: S1's shoes (2 of 3 pairs destroyed) and S2's 5 bottles.
  let b = await t.ok('destruction.batch.create', batchFactsInput({ plannedDate: '2025-09-01' }), clerk)
  b = await t.ok('destruction.lines.add', { id: b.id, version: b.version, lines: [{ itemId: s1.items[0]!.id, qtyMilli: null }, { itemId: s2.items[0]!.id, qtyMilli: null }] }, clerk)
  b = await t.ok('destruction.batch.submit', { id: b.id, version: b.version, request: '申请集中销毁' }, clerk)
  b = await t.ok('destruction.batch.approve', { id: b.id, version: b.version, opinion: '同意销毁', date: '2025-09-01' }, boss)
  const shoes = b.lines.find((l) => l.itemId === s1.items[0]!.id)!
  b = await t.ok('destruction.batch.execute', { id: b.id, version: b.version, actualDate: '2025-09-01', lines: [{ lineId: shoes.id, destroyedMilli: 2_000, reason: '1双留作证据' }] }, clerk)
  expect(b.status).toBe('executed')

  // Cases.
  let cn = 0
  const fileCase = (over: Parameters<typeof caseInput>[0]) => t.ok('cases.create', caseInput(over), legal)
  const decide = async (over: Parameters<typeof caseInput>[0], date: string) => {
    const c = await fileCase(over)
    return t.ok('cases.decide', { id: c.id, version: c.version, decisionNo: `测市监处罚〔${date.slice(0, 4)}〕${++cn}号`, decisionDate: date }, legal)
  }
  const fineOnly = { penaltyKinds: ['fine' as const], propertyDescription: '', propertyValueFen: 0 }
  // C0 (2024): decided in 31 days, 800 元.
  await decide({ filingDate: '2024-03-01', unit: A, field: 'food_safety', ...fineOnly, fineFen: 80_000 }, '2024-04-01')
  // C1: 3000 元 fine, 500 元 gains, property worth 10000 元; decided in 42 days, published on time.
  const c1 = await decide({ filingDate: '2025-02-01', unit: A, penaltyKinds: ['fine', 'confiscate_gains', 'confiscate_property'], fineFen: 300_000, gainsFen: 50_000, propertyValueFen: 1_000_000 }, '2025-03-15')
  await t.ok('cases.publication.record', { id: c1.id, version: c1.version, publishedOn: '2025-03-20', channel: 'gsxt', publishedBy: '孙法制' }, legal)
  // C2: 1000 元; referred to the police on 2025-03-01; decided after 179 days (late), published two months on (late).
  const c2 = await decide(
    { filingDate: '2025-01-02', unit: B, field: 'food_safety', ...fineOnly, fineFen: 100_000, policeReferral: { unit: '测试县公安局', date: '2025-03-01', docNo: '测市监移〔2025〕1号' } },
    '2025-06-30',
  )
  await t.ok('cases.publication.record', { id: c2.id, version: c2.version, publishedOn: '2025-09-01', channel: 'gsxt', publishedBy: '孙法制' }, legal)
  // C3: decided, then the decision revoked: filed in 2025, not a decision.
  const c3 = await decide({ filingDate: '2025-04-01', unit: A, ...fineOnly, fineFen: 200_000 }, '2025-05-01')
  await t.ok('cases.revoke', { id: c3.id, version: c3.version, date: '2025-07-01', reason: '复议决定撤销' }, legal)
  // C5: filed 2024-12-20, decided 2025-01-10 by 简易程序 (21 days), 500 元.
  await decide({ filingDate: '2024-12-20', unit: A, field: 'food_safety', procedure: 'summary', ...fineOnly, fineFen: 50_000 }, '2025-01-10')
  // C6: voided.
  const c6 = await fileCase({ filingDate: '2025-05-01', unit: A })
  await t.ok('cases.void', { id: c6.id, version: c6.version, reason: '重复登记' }, legal)

  // Stations: T1 (city, ODR, returns, set up 2025), T2 (south, set up 2024), T3 preparing, T4 set up 2025 and revoked.
  const station = (over: Parameters<typeof stationInput>[0], initialStatus: 'active' | 'preparing' = 'active') => t.ok('stations.create', { facts: stationInput({ hostCreditCode: '', ...over }), initialStatus }, clerk)
  const t1 = await station({ name: '城关百货消费维权服务站', unit: A, setUpOn: '2025-03-01', odr: true, noReasonReturns: true })
  const t2 = await station({ name: '南山超市消费维权服务站', unit: B, setUpOn: '2024-06-01' })
  await station({ name: '城关菜市场消费维权服务站', unit: A }, 'preparing')
  const t4 = await station({ name: '城关家电消费维权服务站', unit: A, setUpOn: '2025-02-01' })

  // ── Second sitting, 2026-02-10 ──
  clock.ms = Date.parse('2026-02-10T02:00:00Z')
  await t.ok('auth.login', { login: SETUP_INPUT.admin.login, password: SETUP_INPUT.admin.password })
  for (const [login, c] of [['clerk1', clerk], ['fazhi', legal], ['boss', boss]] as const) await t.ok('auth.login', { login, password: OWN_PASSWORD }, c)

  expect((await t.ok('stations.status', { id: t4.id, version: t4.version, to: 'revoked', date: '2025-10-01', reason: '经营者停业' }, clerk)).status).toBe('revoked')
  // T5: set up long ago, 整改 since today: still in the register.
  const t5 = await station({ name: '南山商场消费维权服务站', unit: B, setUpOn: '2022-05-01' })
  await t.ok('stations.status', { id: t5.id, version: t5.version, to: 'rectifying', date: '2026-02-10', reason: '台账不全', dueDate: '2026-03-10' }, clerk)
  const review = (stationId: string, year: number, result: 'excellent' | 'pass', received: number, handled: number, mediated: number, recoveredFen: number) =>
    t.ok('stations.review.save', { stationId, year, received, handled, mediated, recoveredFen, result, reviewer: '李局长' }, boss)
  await review(t1.id, 2025, 'excellent', 10, 9, 8, 123_456)
  await review(t2.id, 2025, 'pass', 5, 5, 3, 200_000)
  await review(t2.id, 2024, 'pass', 4, 4, 2, 100_000)

  // S3 (先行登记保存) on New Year's Eve, confiscated 2026-01-10; S5 in January 2026.
  const s3 = await seize({ kind: 'preservation', decisionDate: '2025-12-31', unit: B, items: [line('运动鞋', 'apparel', 4_000, '双', 2_000, 40_000)] })
  await outcome(s3, 0, 'confiscation', 4_000, '2026-01-10')
  await seize({ decisionDate: '2026-01-20', unit: B, items: [line('饼干', 'food', 3_000, '箱', 3_000, 30_000)] })
  // C4: filed in November, not decided.
  await fileCase({ filingDate: '2025-11-01', unit: B })

  const beforeCorrection = {
    a: await t.ok('stats.report', { ...YEAR_2025, unit: A }),
    b: await t.ok('stats.report', { ...YEAR_2025, unit: B }),
  }
  // S6's unit corrected: 城关所 → 南山所.
  const input = seizureInput({ decisionNo: s6.decisionNo, decisionDate: s6.decisionDate, unit: B, items: [{ ...line('帽子', 'apparel', 2_000, '顶', 1_000, 20_000), id: s6.items[0]!.id }] })
  await t.ok('seizures.update', { ...input, id: s6.id, version: s6.version, reason: '承办单位填错' }, clerk)
  return { t, clerk, legal, boss, beforeCorrection }
}

let o: Office
beforeAll(async () => {
  o = await buildOffice()
}, 120_000)
afterAll(() => o?.t.dispose())

const report = (from: string, to: string, unit = '') => o.t.ok('stats.report', { from, to, unit })
const section = (r: StatReport, area: StatArea) => r.sections.find((s) => s.key === area)!
const values = (r: StatReport, area: StatArea) => Object.fromEntries(section(r, area).figures.map((f) => [f.key, f.value]))
const previous = (r: StatReport, area: StatArea) => Object.fromEntries(section(r, area).figures.map((f) => [f.key, f.previous]))
const rows = (r: StatReport, area: StatArea, table: string) => section(r, area).tables.find((x) => x.key === table)!.rows.map((x) => [x.key, ...x.values])

// ── Drill-down: each figure's list, read by the renderer's own address readers where they can be imported ──

const known = (d: StatDrill, keys: readonly string[]) => expect(Object.keys(d.params).filter((k) => !keys.includes(k)), `${d.path} params`).toEqual([])

/** A case list's address → cases.list input (the keys of renderer/src/features/cases/list/case-list-params.ts). */
function caseListInput(p: Record<string, string>): OpInput<'cases.list'> {
  return {
    period: p.pb && p.pf && p.pt ? { basis: p.pb as 'filing' | 'decision' | 'publication' | 'police', from: p.pf, to: p.pt } : null,
    procedure: (p.proc as 'ordinary' | 'summary' | undefined) ?? null,
    timing: (p.timing as 'in_time' | 'late' | undefined) ?? null,
    field: (p.field as OpInput<'cases.list'>['field']) ?? null,
    unit: p.unit ?? '',
    pageSize: 10,
  }
}

async function listTotal(d: StatDrill): Promise<number> {
  const sp = new URLSearchParams(d.params)
  switch (d.path) {
    case '/seizures':
      known(d, ['from', 'to', 'kind', 'category', 'unit', 'status', 'outcome', 'ofrom', 'oto'])
      return (await o.t.ok('seizures.list', { ...readParams(sp).filter, pageSize: 10 })).total
    case '/cases':
      known(d, ['pb', 'pf', 'pt', 'field', 'proc', 'timing', 'unit'])
      return (await o.t.ok('cases.list', caseListInput(d.params))).total
    case '/stations': {
      known(d, ['unit', 'status', 'odr', 'returns', 'year', 'result', 'pb', 'pf', 'pt'])
      const { page: _page, pageSize: _size, ...filter } = readStationParams(sp, 2026)
      return (await o.t.ok('stations.list', { ...filter, pageSize: 10 })).total
    }
    case '/destructions/batches': {
      known(d, ['status', 'efrom', 'eto', 'method', 'category', 'unit'])
      const p = d.params
      const input: OpInput<'destruction.batch.list'> = {
        statuses: p.status ? [p.status as 'executed'] : [],
        executedFrom: p.efrom ?? null,
        executedTo: p.eto ?? null,
        method: (p.method as OpInput<'destruction.batch.list'>['method']) ?? null,
        category: (p.category as OpInput<'destruction.batch.list'>['category']) ?? null,
        unit: p.unit ?? '',
        pageSize: 10,
      }
      return (await o.t.ok('destruction.batch.list', input)).total
    }
    default:
      throw new Error(`no list for ${d.path}`)
  }
}

/**
 * Count figures that count something other than the list's records (item lines, complaints): their drill opens the
 * records behind them, the same list as the area's record count.
 */
const NOT_RECORD_COUNTS: Record<string, string> = { 'seizures.lines': 'seizures', 'destructions.lines': 'batches', 'stations.received': 'reviewed', 'stations.handled': 'reviewed', 'stations.mediated': 'reviewed' }

/** Every drill of the report opened: a count's list holds exactly that many records. Returns how many were checked. */
async function checkDrills(r: StatReport): Promise<number> {
  let checked = 0
  for (const s of r.sections) {
    for (const f of s.figures) {
      if (!f.drill || f.drill.path.startsWith('/typical')) continue
      const total = await listTotal(f.drill)
      const other = NOT_RECORD_COUNTS[`${s.key}.${f.key}`]
      if (other) expect(f.drill, `${s.key}.${f.key}`).toEqual(s.figures.find((x) => x.key === other)!.drill)
      else if (f.unit === 'count') expect(total, `${s.key}.${f.key} (${JSON.stringify(f.drill.params)})`).toBe(f.value)
      checked++
    }
    for (const tb of s.tables) {
      for (const row of tb.rows) {
        if (!row.drill || row.drill.path.startsWith('/typical')) continue
        const total = await listTotal(row.drill)
        if (tb.columns[0]!.unit === 'count') expect(total, `${s.key}.${tb.key}.${row.key}`).toBe(row.values[0])
        checked++
      }
    }
  }
  return checked
}

describe('统计 of a known office', () => {
  it('counts 2025 seizures by decision date: kinds, lines, value, weight, categories, 没收 by its date, overdue today', async () => {
    const r = await report('2025-01-01', '2025-12-31')
    expect(r.period).toEqual({ from: '2025-01-01', to: '2025-12-31' })
    expect(r.previousPeriod).toEqual({ from: '2024-01-01', to: '2024-12-31' })
    expect(r.units.slice(0, 2)).toEqual([A, B])
    // S1, S2, S3 (31 December), S6; S4 voided, S5 in 2026.
    expect(values(r, 'seizures')).toEqual({
      seizures: 4,
      kind_detention: 2,
      kind_sealing: 1,
      kind_preservation: 1,
      lines: 5,
      value: 410_000,
      weight: 28_000,
      outcome_release: 0,
      outcome_release_value: 0,
      // S1 whole (1000 元) and 5 of S2's 20 bottles (2000 元 × 5/20): S3's 没收 is dated 2026.
      outcome_confiscation: 2,
      outcome_confiscation_value: 150_000,
      outcome_transfer: 0,
      outcome_transfer_value: 0,
      // S2 (15 bottles and the tea still held) and S6; S5's 30 days run to February 19.
      overdue: 2,
    })
    // In the office's order of categories: 食品, 服装鞋帽, 烟酒.
    expect(rows(r, 'seizures', 'by_category')).toEqual([
      ['food', 1, 1, 50_000, 5_000],
      ['apparel', 3, 3, 160_000, 11_000],
      ['tobacco_alcohol', 1, 1, 200_000, 12_000],
    ])
    expect(rows(r, 'seizures', 'by_outcome')).toEqual([
      ['release', 0, 0, 0, 0],
      ['confiscation', 2, 2, 150_000, 11_000],
      ['transfer', 0, 0, 0, 0],
    ])
    const months = rows(r, 'seizures', 'by_month')
    expect(months.map((m) => m[0])).toEqual(['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12'])
    expect(months.filter((m) => m[1] !== 0)).toEqual([
      ['2025-03', 1, 100_000],
      ['2025-05', 1, 20_000],
      ['2025-06', 1, 250_000],
      ['2025-12', 1, 40_000],
    ])
    // S6 now 南山所's.
    expect(rows(r, 'seizures', 'by_unit').sort()).toEqual([
      [B, 2, 60_000],
      [A, 2, 350_000],
    ].sort())

    // 2026: S5 only; S3's 没收 on 2026-01-10 counts here.
    const y2026 = values(await report('2026-01-01', '2026-12-31'), 'seizures')
    expect([y2026.seizures, y2026.outcome_confiscation, y2026.outcome_confiscation_value, y2026.overdue]).toEqual([1, 1, 40_000, 2])
  })

  it('puts a seizure of 31 December in its year, and a period across the year end holds both months', async () => {
    const r = await report('2025-12-01', '2026-01-31')
    const s = values(r, 'seizures')
    expect([s.seizures, s.kind_preservation, s.kind_detention, s.value, s.outcome_confiscation]).toEqual([2, 1, 1, 70_000, 1])
    expect(rows(r, 'seizures', 'by_month')).toEqual([
      ['2025-12', 1, 40_000],
      ['2026-01', 1, 30_000],
    ])
    expect(section(r, 'seizures').tables.find((x) => x.key === 'by_month')!.rows.map((x) => x.label)).toEqual(['2025年12月', '2026年1月'])
    expect(r.previousPeriod).toEqual({ from: '2024-12-01', to: '2025-01-31' })
    // February 2025 against the whole of February 2024.
    expect((await report('2025-02-01', '2025-02-28')).previousPeriod).toEqual({ from: '2024-02-01', to: '2024-02-29' })
  })

  it('moves a seizure whose unit was corrected from one unit’s figures to the other’s', async () => {
    const { a: a0, b: b0 } = o.beforeCorrection
    const [a1, b1] = await Promise.all([report('2025-01-01', '2025-12-31', A), report('2025-01-01', '2025-12-31', B)])
    expect([values(a0, 'seizures').seizures, values(a0, 'seizures').value, values(a0, 'seizures').kind_detention]).toEqual([3, 370_000, 2])
    expect([values(b0, 'seizures').seizures, values(b0, 'seizures').value]).toEqual([1, 40_000])
    expect([values(a1, 'seizures').seizures, values(a1, 'seizures').value, values(a1, 'seizures').kind_detention]).toEqual([2, 350_000, 1])
    expect([values(b1, 'seizures').seizures, values(b1, 'seizures').value, values(b1, 'seizures').kind_detention]).toEqual([2, 60_000, 1])
    expect(values(b1, 'seizures').overdue).toBe(1)
    // A unit's report has no table by unit.
    expect(section(a1, 'seizures').tables.map((x) => x.key)).toEqual(['by_month', 'by_category', 'by_outcome'])
    expect(a1.unit).toBe(A)
  })

  it('counts only what a batch destroyed: the part of a line, its weight and its share of the value half up', async () => {
    const r = await report('2025-01-01', '2025-12-31')
    // Shoes: 2 of 3 pairs → 8000 g × 2/3 = 5333 g, 1000 元 × 2/3 = 666.67 元; bottles: 5 of the 20 → 3000 g, 500 元.
    expect(values(r, 'destructions')).toEqual({ batches: 1, lines: 2, weight: 8_333, value: 116_667 })
    expect(rows(r, 'destructions', 'by_method')).toEqual([['incineration', 1, 2, 8_333, 116_667]])
    expect(rows(r, 'destructions', 'by_category')).toEqual([
      ['apparel', 1, 1, 5_333, 66_667],
      ['tobacco_alcohol', 1, 1, 3_000, 50_000],
    ])
    expect(rows(r, 'destructions', 'by_month').filter((m) => m[1] !== 0)).toEqual([['2025-09', 1, 8_333, 116_667]])
    // The goods were 城关所's; 南山所 destroyed nothing.
    expect(values(await report('2025-01-01', '2025-12-31', A), 'destructions')).toEqual({ batches: 1, lines: 2, weight: 8_333, value: 116_667 })
    expect(values(await report('2025-01-01', '2025-12-31', B), 'destructions')).toEqual({ batches: 0, lines: 0, weight: 0, value: 0 })
  })

  it('counts cases filed and decided, fines and gains, police referrals, within and over the limit; a revoked decision is not one', async () => {
    const r = await report('2025-01-01', '2025-12-31')
    expect(values(r, 'cases')).toEqual({
      // C1, C2, C3, C4 (C5 filed in 2024, C6 voided).
      filed: 4,
      // C1, C2, C5 (C3 revoked).
      decided: 3,
      fines: 450_000,
      gains: 50_000,
      fines_total: 500_000,
      property: 1_000_000,
      police: 1,
      in_time: 2,
      late: 1,
      published_on_time: 1,
      published_late: 1,
      // (42 + 179 + 21) / 3 = 80.7
      days: 81,
    })
    expect(rows(r, 'cases', 'by_field')).toEqual([
      ['food_safety', 2, 150_000, 0, 0],
      ['ip_trademark', 1, 300_000, 50_000, 1_000_000],
    ])
    expect(rows(r, 'cases', 'by_procedure')).toEqual([
      ['ordinary', 2, 400_000, 50_000, 1_000_000],
      ['summary', 1, 50_000, 0, 0],
    ])
    expect(rows(r, 'cases', 'by_unit')).toEqual([
      [A, 2, 400_000],
      [B, 1, 100_000],
    ])
    expect(rows(r, 'cases', 'by_month').filter((m) => m[1] !== 0)).toEqual([
      ['2025-01', 1, 50_000],
      ['2025-03', 1, 350_000],
      ['2025-06', 1, 100_000],
    ])
    const b = values(await report('2025-01-01', '2025-12-31', B), 'cases')
    expect([b.filed, b.decided, b.fines_total, b.police, b.late]).toEqual([2, 1, 100_000, 1, 1])
  })

  it('counts the stations in the register today, those set up and revoked in the period, and the period’s last year’s reviews', async () => {
    const r = await report('2025-01-01', '2025-12-31')
    expect(values(r, 'stations')).toEqual({
      // T1, T2 and T5 (整改中); T3 preparing, T4 revoked.
      in_register: 3,
      set_up: 2,
      revoked: 1,
      odr: 1,
      returns: 1,
      reviewed: 2,
      result_excellent: 1,
      result_pass: 1,
      result_fail: 0,
      received: 15,
      handled: 14,
      mediated: 11,
      recovered: 323_456,
    })
    expect(rows(r, 'stations', 'by_result')).toEqual([
      ['excellent', 1],
      ['pass', 1],
      ['fail', 0],
    ])
    expect(rows(r, 'stations', 'by_unit')).toEqual([
      [B, 2, 0, 0],
      [A, 1, 1, 1],
    ])
    const a = values(await report('2025-01-01', '2025-12-31', A), 'stations')
    expect([a.in_register, a.set_up, a.revoked, a.reviewed, a.recovered]).toEqual([1, 2, 1, 1, 123_456])
  })

  it('sets 同比 beside each figure where the year before holds records, and leaves it empty where it holds none', async () => {
    const r = await report('2025-01-01', '2025-12-31')
    expect(previous(r, 'seizures')).toEqual({
      seizures: 1,
      kind_detention: 1,
      kind_sealing: 0,
      kind_preservation: 0,
      lines: 1,
      value: 10_000,
      weight: 500,
      outcome_release: 1,
      outcome_release_value: 10_000,
      outcome_confiscation: 0,
      outcome_confiscation_value: 0,
      outcome_transfer: 0,
      outcome_transfer_value: 0,
      // A figure of today has no 同比.
      overdue: null,
    })
    expect(section(r, 'seizures').figures.filter((f) => f.asOfToday).map((f) => f.key)).toEqual(['overdue'])
    expect(previous(r, 'cases')).toEqual({ filed: 2, decided: 1, fines: 80_000, gains: 0, fines_total: 80_000, property: 0, police: 0, in_time: 1, late: 0, published_on_time: 0, published_late: 0, days: 31 })
    expect(previous(r, 'stations')).toEqual({
      in_register: null,
      set_up: 1,
      revoked: 0,
      odr: null,
      returns: null,
      reviewed: 1,
      result_excellent: 0,
      result_pass: 1,
      result_fail: 0,
      received: 4,
      handled: 4,
      mediated: 2,
      recovered: 100_000,
    })
    expect(section(r, 'stations').figures.filter((f) => f.asOfToday).map((f) => f.key)).toEqual(['in_register', 'odr', 'returns'])
    // No batch was executed in 2024, no typical cases at all.
    expect(Object.values(previous(r, 'destructions'))).toEqual([null, null, null, null])
    expect(new Set(Object.values(previous(r, 'typical')))).toEqual(new Set([null]))
    const months = section(r, 'seizures').tables.find((x) => x.key === 'by_month')!.rows
    expect(months.find((m) => m.key === '2025-05')!.previous).toBe(1)
    expect(months.find((m) => m.key === '2025-03')!.previous).toBe(0)
    expect(section(r, 'destructions').tables.flatMap((x) => x.rows.map((m) => m.previous))).toEqual(expect.arrayContaining([null]))
    expect(new Set(section(r, 'destructions').tables.flatMap((x) => x.rows.map((m) => m.previous)))).toEqual(new Set([null]))

    // 2024 against 2023, a year without a single record: nothing to compare with, anywhere.
    const y2024 = await report('2024-01-01', '2024-12-31')
    const all = y2024.sections.flatMap((s) => [...s.figures.map((f) => f.previous), ...s.tables.flatMap((x) => x.rows.map((m) => m.previous))])
    expect(all.length).toBeGreaterThan(40)
    expect(new Set(all)).toEqual(new Set([null]))
    expect(values(y2024, 'seizures').seizures).toBe(1)
    expect(values(y2024, 'cases').filed).toBe(2)
  })

  it('opens every figure and row as its list, holding exactly the records counted', async () => {
    let checked = 0
    for (const [from, to, unit] of [
      ['2025-01-01', '2025-12-31', ''],
      ['2025-01-01', '2025-12-31', A],
      ['2025-01-01', '2025-12-31', B],
      ['2025-12-01', '2026-01-31', ''],
      ['2024-01-01', '2024-12-31', ''],
      ['2025-03-01', '2025-03-31', ''],
    ] as const) {
      checked += await checkDrills(await report(from, to, unit))
    }
    expect(checked).toBeGreaterThan(300)
  }, 60_000)

  it('exports one sheet per section', async () => {
    const file = await o.t.ok('stats.export', YEAR_2025)
    expect(file.fileName).toBe('统计_2025年.xlsx')
    expect(file.sheets).toBe(5)
    const sheets = await readXlsxFile(Buffer.from(file.base64, 'base64'))
    expect(sheets.map((s) => s.sheet)).toEqual(['查扣', '销毁', '处罚案件', '典型案例', '消费维权服务站'])
    const cases = sheets[2]!.data
    expect(cases[0]![0]).toBe('处罚案件统计（2025年，全局）')
    const decided = cases.find((x) => x[0] === '作出处罚决定（查处案件）（起）')!
    expect(decided.slice(1, 5)).toEqual([3, null, 1, '+200.0%'])
    expect(cases.find((x) => x[0] === '罚款（元）')!.slice(1, 3)).toEqual([4500, 0.45])
  })

  it('writes the 工作总结 from the same figures, with its 附件 tables and charts', async () => {
    const r = await report('2025-01-01', '2025-12-31')
    const v = summaryValues(r)
    expect(v).toMatchObject({
      查扣件数: '4',
      查扣货值万元: '0.41',
      查办案件数: '3',
      罚没款金额万元: '0.50',
      移送公安数: '1',
      销毁批次数: '1',
      销毁吨数: '0.01',
      销毁货值万元: '0.12',
      服务站总数: '3',
      挽回经济损失概数: '3200余元',
      查办案件同比: '+200.0%',
    })
    const issued = await o.t.ok('stats.document.issue', { kind: 'work_summary', period: YEAR_2025, date: '2026-01-15' }, o.legal)
    const bytes = Buffer.from(issued.base64, 'base64')
    const xml = readDocx(bytes)['word/document.xml']!
    const text = plainText(xml)
    expect(text).toContain('测试县市场监督管理局2025年工作总结')
    expect(text).toContain(`2025年，我局共作出查封、扣押和先行登记保存${v.查扣件数}件，查扣物品货值${v.查扣货值万元}万元；`)
    expect(text).toContain(`查处各类违法案件${v.查办案件数}起，罚没款${v.罚没款金额万元}万元，向公安机关移送涉嫌犯罪案件${v.移送公安数}件；`)
    expect(text).toContain(`组织集中销毁${v.销毁批次数}批次，销毁侵权假冒伪劣商品${v.销毁吨数}吨，货值${v.销毁货值万元}万元；`)
    expect(text).toContain(`规范提升消费维权服务站${v.服务站总数}个，为消费者挽回经济损失${v.挽回经济损失概数}。`)
    expect(text).toContain('查处各类违法案件3起，罚没款0.50万元，向公安机关移送涉嫌犯罪案件1件')
    // 附件: the tables of every section, and the charts.
    expect(text).toContain('附件')
    expect(text).toContain('2025年主要数据统计表')
    expect(text).toContain('2025年主要数据统计图')
    expect(tables(xml).length).toBeGreaterThanOrEqual(5)
    expect(text).toContain('作出处罚决定（查处案件）')
    const media = Object.keys(unzipSync(bytes)).filter((p) => /^word\/media\/.+\.png$/.test(p))
    expect(media.length).toBeGreaterThan(0)
    expect((await o.t.ok('documents.archive.get', { id: issued.archiveId })).base64).toBe(issued.base64)
  }, 60_000)

  it('fills every summary placeholder of a saved template from the report of the same period', async () => {
    const state = await o.t.ok('documents.template.get', { kind: 'work_summary' }, o.legal)
    const body = SUMMARY_FIELDS.map((f) => `${f.name}={{${f.name}}}`).join('\n')
    await o.t.ok('documents.template.save', { kind: 'work_summary', title: '{{期间}}数字核对', body, basedOn: state.current.versionNo }, o.legal)
    const period = { from: '2025-12-01', to: '2026-01-31', unit: '' }
    const v = summaryValues(await o.t.ok('stats.report', period))
    const issued = await o.t.ok('stats.document.issue', { kind: 'work_summary', period, date: '2026-02-10' }, o.legal)
    const lines = plainText(readDocx(Buffer.from(issued.base64, 'base64'))['word/document.xml']!).split('\n')
    expect(lines).toContain('2025年12月1日至2026年1月31日数字核对')
    for (const f of SUMMARY_FIELDS) expect(lines.filter((l) => l.startsWith(`${f.name}=`)), f.name).toEqual([`${f.name}=${v[f.name]}`])
    // A few by hand: 2 seizures, S3's 没收 of 400 元, no case filed or decided in the range, 3 stations.
    expect([v.查扣件数, v.没收件数, v.没收货值万元, v.查办案件数, v.立案数, v.服务站总数, v.超期在扣件数]).toEqual(['2', '1', '0.04', '0', '0', '3', '2'])
  }, 60_000)

  it('refuses a period that ends before it starts, in Chinese, and writes nothing', async () => {
    const before = dbContent(o.t.core.dbFile)
    const r = await o.t.call('stats.report', { from: '2025-12-31', to: '2025-01-01', unit: '' })
    expect(r.ok ? null : [r.error.code, r.error.message]).toEqual(['VALIDATION', expect.stringContaining('结束日期不能早于开始日期')])
    const doc = await o.t.call('stats.document.issue', { kind: 'work_summary', period: { from: '2025-12-31', to: '2025-01-01', unit: '' }, date: '2026-01-15' }, o.legal)
    expect(doc.ok ? null : doc.error.code).toBe('VALIDATION')
    expect(dbContent(o.t.core.dbFile)).toBe(before)
  })
})
