import type { HandlerMap } from '../handler'
import { issueSeizureInventory } from '../documents/issue'
import { getSeizure } from './repository'
import { todayOf } from '../clock'
import { runReadTask } from '../read-worker/pool'

// The filtered register as an .xlsx workbook (export-file.ts, in the read worker: seconds at ten years of
// records, while every other call is answered), and the 清单 document of one seizure.

type Ops = 'seizures.export' | 'seizures.inventory'

export const exportHandlers: HandlerMap<Ops> = {
  'seizures.export': (input, ctx) => runReadTask(ctx.services.dbFile, 'seizuresExport', { input, day: todayOf(ctx) }),
  'seizures.inventory': async ({ id, date }, ctx) => {
    const seizure = await getSeizure(ctx.trx, id, todayOf(ctx))
    const issued = await issueSeizureInventory(ctx, seizure, date)
    // The record's own 修改记录 shows that its list was issued, and which archived file it was.
    await ctx.audit({ action: 'generate', recordType: 'seizure', recordId: id, changes: { inventory: [null, issued.fileName] }, note: `存档编号 ${issued.archiveId}` })
    return issued
  },
}
