import type { Seizure } from '../../../shared/api/seizure-types'
import type { ItemCategory, OutcomeKind, SeizureKind } from '../../../shared/domain/seizures'

// ————— the ledger: what the test asked for and what was acknowledged —————

export interface LineState {
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
export interface OutcomeState {
  docNo: string
  itemId: string
  kind: OutcomeKind
  qtyMilli: number
}
export interface RecordState {
  version: number
  notes: string
  lines: LineState[]
  outcomes: OutcomeState[]
}
export interface Tracked {
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
export interface AgencyState {
  address: string
  version: number
}

export const PRODUCTS: { name: string; category: ItemCategory; unit: string; brand: string }[] = [
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
export const KINDS: SeizureKind[] = ['detention', 'sealing', 'preservation']
export const OUTCOMES: OutcomeKind[] = ['release', 'confiscation', 'transfer']

export const sameLine = (a: LineState, b: LineState) =>
  (a.id === null || b.id === null || a.id === b.id) &&
  a.name === b.name &&
  a.brand === b.brand &&
  a.spec === b.spec &&
  a.category === b.category &&
  a.qtyMilli === b.qtyMilli &&
  a.unit === b.unit &&
  a.weightG === b.weightG &&
  a.valueFen === b.valueFen

export const outcomeKey = (o: OutcomeState) => `${o.docNo}|${o.itemId}|${o.kind}|${o.qtyMilli}`

export function sameState(a: RecordState, b: RecordState): boolean {
  if (a.version !== b.version || a.notes !== b.notes || a.lines.length !== b.lines.length) return false
  if (!a.lines.every((l, i) => sameLine(l, b.lines[i]!))) return false
  const ka = a.outcomes.map(outcomeKey).sort()
  const kb = b.outcomes.map(outcomeKey).sort()
  return ka.length === kb.length && ka.every((k, i) => k === kb[i])
}

export function fromSeizure(s: Seizure): RecordState {
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

export const describeState = (s: RecordState | null | undefined) =>
  s
    ? `v${s.version} notes=${JSON.stringify(s.notes)} lines=[${s.lines.map((l) => `${l.id?.slice(-6) ?? 'new'}:${l.name}×${l.qtyMilli}`).join(', ')}] outcomes=[${s.outcomes.map(outcomeKey).join(', ')}]`
    : 'absent'

export const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10)
/** The office's date (the host runs in Asia/Shanghai). */
export const officeToday = () => isoDay(Date.now() + 8 * 3_600_000)

/** What the test has asked for and seen acknowledged, shared by the write loop and the checks. */
export interface KillBook {
  /** By decision number. */
  records: Map<string, Tracked>
  /** Records whose create is known to have committed, for checks through the host. */
  committedList: Tracked[]
  agency: { committed: AgencyState; inDoubt: AgencyState | null; busy: boolean }
  stats: KillStats
}

export const newStats = () => ({
  kills: 0,
  killsWithWritesInFlight: 0,
  acked: { create: 0, update: 0, outcome: 0, settings: 0, batch: 0 },
  /** Batch steps refused as they may be with several writers (the stock line taken meanwhile). */
  batchRefused: 0,
  /** Destruction batches found executed after a restart (every one checked whole). */
  batchesExecuted: 0,
  cutOff: 0,
  cutOffFoundWhole: 0,
  cutOffAbsent: 0,
  recordChecks: 0,
  apiChecks: 0,
  /** Milliseconds spent, summed over iterations. */
  ms: { start: 0, check: 0, signIn: 0, write: 0 },
})
export type KillStats = ReturnType<typeof newStats>
