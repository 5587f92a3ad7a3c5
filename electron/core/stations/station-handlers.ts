import type { HandlerMap } from '../handler'
import { actor } from '../handler'
import { changedFields, createdFields } from '../audit/write'
import { todayOf } from '../clock'
import { checkUnit, editableStation, factColumns, getStation, searchTextOf, stationSettings } from './repository'
import { insertStation } from './write'
import { listStations } from './list'
import { exportStationsFile } from './export-file'

// 登记, 修改, 作废 of a station, and the list with its export.

type Ops = 'stations.list' | 'stations.get' | 'stations.create' | 'stations.update' | 'stations.void' | 'stations.export'

export const stationHandlers: HandlerMap<Ops> = {
  'stations.list': (input, ctx) => listStations(ctx.trx, input, todayOf(ctx)),
  'stations.get': ({ id }, ctx) => getStation(ctx.trx, id, todayOf(ctx)),

  'stations.create': async ({ facts, initialStatus }, ctx) => {
    checkUnit((await stationSettings(ctx.trx)).units, facts.unit)
    const { id, stationNo } = await insertStation(ctx.trx, facts, initialStatus, ctx.at, todayOf(ctx), actor(ctx).id)
    await ctx.audit({ action: 'create', recordType: 'station', recordId: id, changes: createdFields({ stationNo, ...facts, status: initialStatus }) })
    return getStation(ctx.trx, id, todayOf(ctx))
  },

  'stations.update': async ({ id, version, facts }, ctx) => {
    const today = todayOf(ctx)
    const before = await editableStation(ctx.trx, id, version, today, '修改')
    // A 所 removed from the list since stays on the stations that name it, until they are moved.
    if (facts.unit !== before.unit) checkUnit((await stationSettings(ctx.trx)).units, facts.unit)
    const changes = changedFields(before, facts)
    if (Object.keys(changes).length === 0) return before
    await ctx.trx
      .updateTable('stations')
      .set({ ...factColumns(facts), search_text: searchTextOf(before.stationNo, facts), version: version + 1, updated_at: ctx.at, updated_by: actor(ctx).id })
      .where('id', '=', id)
      .execute()
    await ctx.audit({ action: 'update', recordType: 'station', recordId: id, changes })
    return getStation(ctx.trx, id, today)
  },

  'stations.void': async ({ id, version, reason }, ctx) => {
    const today = todayOf(ctx)
    const before = await editableStation(ctx.trx, id, version, today, '作废')
    const by = actor(ctx).id
    await ctx.trx.updateTable('stations').set({ voided_at: ctx.at, voided_by: by, void_reason: reason, version: version + 1, updated_at: ctx.at, updated_by: by }).where('id', '=', id).execute()
    await ctx.audit({ action: 'void', recordType: 'station', recordId: id, changes: {}, note: `${before.stationNo} ${before.name}：${reason}` })
    return getStation(ctx.trx, id, today)
  },

  // Two thousand stations write in a few tens of milliseconds: no need for the read worker.
  'stations.export': (input, ctx) => exportStationsFile(ctx.trx, input, todayOf(ctx)),
}
