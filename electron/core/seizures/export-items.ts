import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'
import { ITEM_CATEGORIES, type ItemCategory } from '../../../shared/domain/seizures'
import { formatQty } from '../../../shared/rules/decimal'
import { storagePaths } from './repository'
import type { Cell } from '../read-worker/xlsx-cells'

// The export's second sheet: one row per item line of the exported records, in the same order, with what was
// released, confiscated and transferred of each and what remains — what an office reconciles goods against.

type Db = Kysely<Database>

export const ITEM_HEADER = ['登记号', '行号', '品名', '品牌/涉嫌侵权商标', '规格型号', '类别', '数量', '单位', '重量（千克）', '货值（元）', '存放位置', '已解除', '已没收', '已移送', '剩余', '备注']
export const ITEM_WIDTHS = [11, 6, 20, 18, 14, 12, 10, 6, 12, 14, 20, 9, 9, 9, 9, 20]

/** Ids per query: well under SQLite's limit on bound values. */
const CHUNK = 500

/** Quantities as numbers with up to three decimals, so Excel can sum them. */
const qty = (milli: number): Cell => ({ value: Number(formatQty(milli)), type: Number })

export async function itemSheetRows(db: Db, seizures: readonly { id: string; registerNo: string }[]): Promise<Cell[][]> {
  const paths = await storagePaths(db)
  const out: Cell[][] = []
  for (let i = 0; i < seizures.length; i += CHUNK) {
    const chunk = seizures.slice(i, i + CHUNK)
    const ids = chunk.map((s) => s.id)
    const items = await db
      .selectFrom('seizure_items')
      .selectAll()
      .where('seizure_id', 'in', ids)
      .where('voided_at', 'is', null)
      .orderBy('seizure_id')
      .orderBy('line_no')
      .execute()
    const outcomes = await db
      .selectFrom('seizure_outcomes')
      .select(['item_id', 'kind'])
      .select((eb) => eb.fn.sum<number>('qty_milli').as('milli'))
      .where('seizure_id', 'in', ids)
      .where('voided_at', 'is', null)
      .groupBy(['item_id', 'kind'])
      .execute()
    const disposed = new Map(outcomes.map((o) => [`${o.item_id}|${o.kind}`, Number(o.milli)]))
    const of = (itemId: string, kind: string) => disposed.get(`${itemId}|${kind}`) ?? 0
    const bySeizure = new Map<string, typeof items>()
    for (const it of items) {
      const list = bySeizure.get(it.seizure_id)
      if (list) list.push(it)
      else bySeizure.set(it.seizure_id, [it])
    }
    for (const s of chunk) {
      for (const it of bySeizure.get(s.id) ?? []) {
        const [released, confiscated, transferred] = [of(it.id, 'release'), of(it.id, 'confiscation'), of(it.id, 'transfer')]
        out.push([
          { value: s.registerNo },
          { value: it.line_no, type: Number },
          { value: it.name },
          { value: it.brand },
          { value: it.spec },
          { value: ITEM_CATEGORIES[it.category as ItemCategory] ?? it.category },
          qty(it.qty_milli),
          { value: it.unit },
          it.weight_g === null ? null : { value: it.weight_g / 1000, type: Number, format: '0.000' },
          it.value_fen === null ? null : { value: it.value_fen / 100, type: Number, format: '#,##0.00' },
          { value: it.storage_location_id ? (paths.get(it.storage_location_id) ?? '') : '' },
          qty(released),
          qty(confiscated),
          qty(transferred),
          qty(Math.max(0, it.qty_milli - released - confiscated - transferred)),
          { value: it.note },
        ])
      }
    }
  }
  return out
}
