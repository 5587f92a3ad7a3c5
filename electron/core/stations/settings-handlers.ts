import type { HandlerMap } from '../handler'
import { actor } from '../handler'
import { AppError } from '../errors'
import { changedFields } from '../audit/write'
import { todayOf } from '../clock'
import { daysBetween } from '../../../shared/rules/working-days'
import { stationSettings } from './repository'

// 设置 → 服务站: the supervising 所 stations may name; and the 工作台's list of 整改 past its due date.

type Ops = 'stations.settings.get' | 'stations.settings.update' | 'stations.workbench'

export const stationSettingsHandlers: HandlerMap<Ops> = {
  'stations.settings.get': (_input, { trx }) => stationSettings(trx),

  'stations.settings.update': async ({ units, version }, ctx) => {
    const before = await stationSettings(ctx.trx)
    if (before.version !== version) throw new AppError('CONFLICT', '服务站设置已被他人修改，请刷新后重试')
    const changes = changedFields({ units: before.units }, { units })
    if (Object.keys(changes).length === 0) return before
    await ctx.trx.updateTable('station_settings').set({ units: JSON.stringify(units), version: version + 1, updated_at: ctx.at, updated_by: actor(ctx).id }).where('id', '=', 'default').execute()
    await ctx.audit({ action: 'update', recordType: 'station_settings', recordId: null, changes })
    return stationSettings(ctx.trx)
  },

  'stations.workbench': async (_input, ctx) => {
    const today = todayOf(ctx)
    const rows = await ctx.trx
      .selectFrom('stations')
      .select(['id', 'station_no', 'name', 'unit', 'rectify_due'])
      .where('status', '=', 'rectifying')
      .where('voided_at', 'is', null)
      .where('rectify_due', '<', today)
      .orderBy('rectify_due')
      .limit(100)
      .execute()
    return rows.map((r) => ({ id: r.id, stationNo: r.station_no, name: r.name, unit: r.unit, rectifyDue: r.rectify_due!, daysOverdue: daysBetween(r.rectify_due!, today) }))
  },
}
