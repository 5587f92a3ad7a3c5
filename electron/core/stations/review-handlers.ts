import type { HandlerMap } from '../handler'
import { actor } from '../handler'
import { AppError } from '../errors'
import { newId } from '../db/ids'
import { changedFields, createdFields } from '../audit/write'
import { todayOf } from '../clock'
import { getReviews, getStation } from './repository'

// A station's yearly review (年度考核): one per station and year, corrected in place with its version; every
// write audited on the station.

export const stationReviewHandlers: HandlerMap<'stations.review.save'> = {
  'stations.review.save': async (input, ctx) => {
    const { stationId, reviewId, reviewVersion, ...r } = input
    const today = todayOf(ctx)
    const s = await getStation(ctx.trx, stationId, today)
    if (s.voided) throw new AppError('STATE', `服务站“${s.name}”已作废，不能登记考核`)
    if (r.year > Number(today.slice(0, 4))) throw new AppError('VALIDATION', '考核年度不能晚于今年', { year: '考核年度不能晚于今年' })
    if (r.checkedOn && r.checkedOn > today) throw new AppError('VALIDATION', '现场检查日期不能晚于今天', { checkedOn: '现场检查日期不能晚于今天' })
    const by = actor(ctx).id
    const values = { year: r.year, received: r.received, handled: r.handled, mediated: r.mediated, recovered_fen: r.recoveredFen, checked_on: r.checkedOn, result: r.result, reviewer: r.reviewer, notes: r.notes }
    const existing = s.reviews.find((x) => x.year === r.year)
    let id: string
    if (reviewId === null) {
      if (existing) throw new AppError('CONFLICT', `服务站“${s.name}”已有${r.year}年度的考核结果，请刷新后在原记录上更正`)
      id = newId()
      await ctx.trx.insertInto('station_reviews').values({ id, station_id: stationId, ...values, created_at: ctx.at, created_by: by, updated_at: ctx.at, updated_by: by }).execute()
      await ctx.audit({ action: 'review', recordType: 'station', recordId: stationId, changes: createdFields({ ...r }), note: `${r.year}年度考核` })
    } else {
      const before = s.reviews.find((x) => x.id === reviewId)
      if (!before) throw new AppError('NOT_FOUND', '没有这条考核记录')
      if (before.version !== reviewVersion) throw new AppError('CONFLICT', '该考核记录已被他人修改，请刷新后重试')
      if (existing && existing.id !== reviewId) throw new AppError('CONFLICT', `服务站“${s.name}”已有${r.year}年度的考核结果`)
      const changes = changedFields(before, r)
      if (Object.keys(changes).length === 0) return before
      id = reviewId
      await ctx.trx.updateTable('station_reviews').set({ ...values, version: before.version + 1, updated_at: ctx.at, updated_by: by }).where('id', '=', id).execute()
      await ctx.audit({ action: 'review', recordType: 'station', recordId: stationId, changes, note: `更正${before.year}年度考核` })
    }
    return (await getReviews(ctx.trx, stationId)).find((x) => x.id === id)!
  },
}
