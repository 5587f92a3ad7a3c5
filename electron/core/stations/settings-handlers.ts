import type { HandlerMap } from '../handler'
import { actor } from '../handler'
import { AppError } from '../errors'
import { changedFields } from '../audit/write'
import { todayOf } from '../clock'
import { daysBetween } from '../../../shared/rules/working-days'
import { stationSettings } from './repository'

// 设置 → 服务站: the supervising 所 stations may name and the month the yearly review is due by; the 工作台's
// lists of 整改 past its due date and, from that month, of the stations not yet reviewed this year.

type Ops = 'stations.settings.get' | 'stations.settings.update' | 'stations.workbench'

export const stationSettingsHandlers: HandlerMap<Ops> = {
  'stations.settings.get': (_input, { trx }) => stationSettings(trx),

  'stations.settings.update': async ({ units, reviewMonth = undefined, version }, ctx) => {
    const before = await stationSettings(ctx.trx)
    if (before.version !== version) throw new AppError('CONFLICT', '服务站设置已被他人修改，请刷新后重试')
    const month = reviewMonth ?? before.reviewMonth
    const changes = changedFields({ units: before.units, reviewMonth: before.reviewMonth }, { units, reviewMonth: month })
    if (Object.keys(changes).length === 0) return before
    await ctx.trx.updateTable('station_settings').set({ units: JSON.stringify(units), review_month: month, version: version + 1, updated_at: ctx.at, updated_by: actor(ctx).id }).where('id', '=', 'default').execute()
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
    const rectifyOverdue = rows.map((r) => ({ id: r.id, stationNo: r.station_no, name: r.name, unit: r.unit, rectifyDue: r.rectify_due!, daysOverdue: daysBetween(r.rectify_due!, today) }))
    // From the review month on: the stations in the register (在册, 整改) with no review for this year.
    const { reviewMonth } = await stationSettings(ctx.trx)
    const year = Number(today.slice(0, 4))
    if (Number(today.slice(5, 7)) < reviewMonth) return { rectifyOverdue, unreviewed: null }
    const missing = ctx.trx
      .selectFrom('stations as s')
      .leftJoin('station_reviews as r', (j) => j.onRef('r.station_id', '=', 's.id').on('r.year', '=', year))
      .where('s.voided_at', 'is', null)
      .where('s.status', 'in', ['active', 'rectifying'])
      .where('r.id', 'is', null)
    const [list, count] = await Promise.all([
      missing.select(['s.id', 's.station_no', 's.name', 's.unit']).orderBy('s.reg_year').orderBy('s.reg_seq').limit(20).execute(),
      missing.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ])
    return { rectifyOverdue, unreviewed: { year, total: Number(count.n), rows: list.map((r) => ({ id: r.id, stationNo: r.station_no, name: r.name, unit: r.unit })) } }
  },
}
