import type { HandlerMap } from '../handler'
import { LONG_PAUSE_DAYS, type LongPause } from '../../../shared/api/seizure-types'
import type { PauseKind } from '../../../shared/domain/seizures'
import { addDays, daysBetween } from '../../../shared/rules/working-days'
import { todayOf } from '../clock'

// 工作台 · 查扣: the seizures whose term has been paused for testing longer than 30 days — the result is due, or the
// pause was never ended when it came — oldest first.

export const longPauseHandlers: HandlerMap<'seizures.longPauses'> = {
  'seizures.longPauses': async (_input, ctx): Promise<LongPause[]> => {
    const today = todayOf(ctx)
    const rows = await ctx.trx
      .selectFrom('seizure_pauses as p')
      .innerJoin('seizures as s', 's.id', 'p.seizure_id')
      .select(['s.id', 's.register_no', 's.party_name', 'p.kind', 'p.start_date'])
      .where('p.end_date', 'is', null)
      .where('p.voided_at', 'is', null)
      .where('s.voided_at', 'is', null)
      .where('p.start_date', '<', addDays(today, -(LONG_PAUSE_DAYS - 1)))
      .orderBy('p.start_date')
      .limit(50)
      .execute()
    return rows.map((r) => ({ seizureId: r.id, registerNo: r.register_no, partyName: r.party_name, kind: r.kind as PauseKind, startDate: r.start_date, days: daysBetween(r.start_date, today) + 1 }))
  },
}
