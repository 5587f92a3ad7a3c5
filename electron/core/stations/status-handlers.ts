import type { HandlerMap } from '../handler'
import { actor } from '../handler'
import { AppError } from '../errors'
import { newId } from '../db/ids'
import { todayOf } from '../clock'
import { STATION_STATUSES, STATION_TRANSITIONS, type StationStatus } from '../../../shared/domain/stations'
import { editableStation, getStation } from './repository'

// A station's state: 筹建 → 在册 → 整改 (reason, due date) → 在册, or → 撤销 (date, reason); each change kept in
// its history and audited.

const refuse = (field: string, message: string): never => {
  throw new AppError('VALIDATION', message, { [field]: message })
}

export const stationStatusHandlers: HandlerMap<'stations.status'> = {
  'stations.status': async ({ id, version, to, date, reason, dueDate }, ctx) => {
    const today = todayOf(ctx)
    const s = await editableStation(ctx.trx, id, version, today, '变更状态')
    const from: StationStatus = s.status
    if (!STATION_TRANSITIONS[from].includes(to)) throw new AppError('STATE', `服务站“${s.name}”当前为“${STATION_STATUSES[from]}”，不能变更为“${STATION_STATUSES[to]}”`)
    if (date > today) refuse('date', '日期不能晚于今天')
    const last = s.history.at(-1)
    if (last && date < last.date) refuse('date', `日期不能早于上一次状态变更（${last.date}）`)
    const by = actor(ctx).id
    await ctx.trx
      .updateTable('stations')
      .set({
        status: to,
        rectify_reason: to === 'rectifying' ? reason : '',
        rectify_due: to === 'rectifying' ? dueDate : null,
        revoked_on: to === 'revoked' ? date : null,
        revoke_reason: to === 'revoked' ? reason : '',
        // 在册 from 筹建 is the day the plaque is hung, unless one was recorded.
        ...(from === 'preparing' && to === 'active' && !s.plaqueOn ? { plaque_on: date } : {}),
        version: version + 1,
        updated_at: ctx.at,
        updated_by: by,
      })
      .where('id', '=', id)
      .execute()
    await ctx.trx.insertInto('station_status_changes').values({ id: newId(), station_id: id, from_status: from, to_status: to, on_date: date, reason, due_date: to === 'rectifying' ? dueDate : null, at: ctx.at, by }).execute()
    await ctx.audit({
      action: 'status',
      recordType: 'station',
      recordId: id,
      changes: { status: [from, to], ...(to === 'rectifying' ? { rectifyDue: [s.rectifyDue, dueDate] } : {}) },
      note: [date, reason].filter(Boolean).join('：'),
    })
    return getStation(ctx.trx, id, today)
  },
}
