import type { HandlerMap } from '../handler'
import type { Transaction } from 'kysely'
import type { Database } from '../db/schema'
import { AppError } from '../errors'
import { documentOnRecord, issueRecordDocument } from '../documents/issue'
import type { KindRecord } from '../documents/kinds/types'
import { getSeizure } from './repository'
import { todayOf } from '../clock'
import { runReadTask } from '../read-worker/pool'

// The filtered register as an .xlsx workbook (export-file.ts, in the read worker: seconds at ten years of
// records, while every other call is answered), and the 清单 document of one seizure.

type Ops = 'seizures.export' | 'seizures.inventory'

/** 查封（扣押）物品清单 of one seizure; a voided seizure has none. */
export async function inventoryRecord(trx: Transaction<Database>, id: string, today: string): Promise<KindRecord> {
  const seizure = await getSeizure(trx, id, today)
  if (seizure.voided) throw new AppError('STATE', '这条查扣登记已作废，不能生成物品清单')
  return { type: 'seizure', seizure }
}

export const exportHandlers: HandlerMap<Ops> = {
  'seizures.export': (input, ctx) => runReadTask(ctx.services.dbFile, 'seizuresExport', { input, day: todayOf(ctx) }),
  // The record's own 修改记录 shows that its list was issued, and which archived file it was.
  'seizures.inventory': ({ id, date }, ctx) => issueRecordDocument(ctx, 'seizure_inventory', (trx) => inventoryRecord(trx, id, todayOf(ctx)), date, documentOnRecord('seizure', id, 'inventory')),
}
