import BetterSqlite3 from 'better-sqlite3'
import type { ClientContext } from '../../electron/core'
import type { BatchFactsInput, StockFilter } from '../../shared/api/destruction'
import type { Batch } from '../../shared/api/destruction-types'
import type { SeizureInput } from '../../shared/api/seizures'
import type { Seizure } from '../../shared/api/seizure-types'
import { createSeizure } from './seizures'
import type { CoreHarness } from './temp-core'

/** Valid batch facts: two executing officers, a supervisor, two witnesses. */
export function batchFactsInput(over: Partial<BatchFactsInput> = {}): BatchFactsInput {
  return {
    plannedDate: '2026-12-15',
    place: '测试县生活垃圾焚烧发电厂',
    method: 'incineration',
    contractor: '',
    officers: [
      { name: '张执法', certNo: '35010012345' },
      { name: '李执法', certNo: '35010012346' },
    ],
    supervisors: [{ name: '周纪检', office: '纪检监察' }],
    witnesses: [
      { name: '吴代表', unit: '测试县人大常委会', capacity: 'npc_deputy' },
      { name: '郑记者', unit: '测试县融媒体中心', capacity: 'media' },
    ],
    media: '测试县融媒体中心',
    environmentNote: '在焚烧厂密闭焚烧，烟气经处理达标排放；现场配备灭火器材。',
    campaign: '2026年"3·15"集中销毁活动',
    contact: '王科长 0591-1234567',
    notes: '',
    ...over,
  }
}

/** Registers a seizure and confiscates every line whole (没收, 文号 given). */
export async function confiscatedSeizure(t: CoreHarness, client: ClientContext, over: Partial<SeizureInput> = {}, docNo = '测市监罚〔2026〕5号'): Promise<Seizure> {
  let s = await createSeizure(t, client, over)
  for (const line of s.items) {
    s = await t.ok('seizures.outcome.add', { id: s.id, version: s.version, itemId: line.id, kind: 'confiscation', qtyMilli: line.qtyMilli, date: '2026-11-20', docNo }, client)
  }
  return s
}

/** Each item line's confiscated and batch-held thousandths, read beneath core (the triggers' columns). */
export function stockColumns(dbFile: string): Map<string, { confiscated: number; batch: number }> {
  const raw = new BetterSqlite3(dbFile, { readonly: true })
  try {
    const rows = raw.prepare('SELECT id, confiscated_milli, batch_milli FROM seizure_items').all() as { id: string; confiscated_milli: number; batch_milli: number }[]
    return new Map(rows.map((r) => [r.id, { confiscated: r.confiscated_milli, batch: r.batch_milli }]))
  } finally {
    raw.close()
  }
}

/** What is left to put in a batch of each stock line, by item id (lines with nothing left are absent). */
export async function stockLeft(t: CoreHarness, client: ClientContext, filter: StockFilter = {}): Promise<Map<string, number>> {
  const page = await t.ok('destruction.stock.list', { ...filter, pageSize: 200 }, client)
  return new Map(page.rows.map((r) => [r.itemId, r.leftMilli]))
}

/** A batch opened, filled with the given lines, submitted and approved (today, by the approver). */
export async function approvedBatch(t: CoreHarness, clerk: ClientContext, approver: ClientContext, lines: { itemId: string; qtyMilli: number | null }[], date: string): Promise<Batch> {
  let b = await t.ok('destruction.batch.create', batchFactsInput(), clerk)
  b = await t.ok('destruction.lines.add', { id: b.id, version: b.version, lines }, clerk)
  b = await t.ok('destruction.batch.submit', { id: b.id, version: b.version, request: '申请集中销毁' }, clerk)
  return t.ok('destruction.batch.approve', { id: b.id, version: b.version, opinion: '同意销毁', date }, approver)
}
