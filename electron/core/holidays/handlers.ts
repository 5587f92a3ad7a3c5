import type { HandlerMap } from '../handler'
import { actor } from '../handler'
import { AppError } from '../errors'
import { todayOf } from '../clock'
import { refreshDerived } from '../seizures/derived'
import { holidayYears } from './calendar'
import { refreshCaseDerived } from '../cases/derived'

// 设置 → 节假日. Saving a year recomputes, in the same transaction, every cached deadline that counts working
// days into it: the 先行登记保存 terms (7 working days) and the cases' publication and withdrawal deadlines.

type Ops = 'holidays.list' | 'holidays.save'

export const holidayHandlers: HandlerMap<Ops> = {
  'holidays.list': async (_input, { trx }) => holidayYears(trx),

  'holidays.save': async ({ year, off, work, source, version }, ctx) => {
    const by = actor(ctx).id
    const before = (await holidayYears(ctx.trx)).find((y) => y.year === year) ?? null
    if ((before?.version ?? 0) !== version) throw new AppError('CONFLICT', `${year}年的节假日安排已被他人修改，请刷新后重试`)
    const sortedOff = [...off].sort()
    const sortedWork = [...work].sort()
    const values = { off_days: JSON.stringify(sortedOff), work_days: JSON.stringify(sortedWork), source, updated_at: ctx.at, updated_by: by, version: version + 1 }
    if (version === 0) await ctx.trx.insertInto('holiday_years').values({ year, ...values }).execute()
    else await ctx.trx.updateTable('holiday_years').set(values).where('year', '=', year).execute()
    await ctx.audit({
      action: before ? 'update' : 'create',
      recordType: 'holiday_year',
      recordId: String(year),
      changes: {
        off: [before ? before.off.join('、') : null, sortedOff.join('、')],
        work: [before ? before.work.join('、') : null, sortedWork.join('、')],
        source: [before?.source ?? null, source],
      },
    })
    // A 7-working-day term reaches at most a month or so ahead: those decided from December of the year before.
    const affected = await ctx.trx
      .selectFrom('seizures')
      .select('id')
      .where('kind', '=', 'preservation')
      .where('voided_at', 'is', null)
      .where('decision_date', '>=', `${year - 1}-12-01`)
      .where('decision_date', '<=', `${year}-12-31`)
      .execute()
    const today = todayOf(ctx)
    for (const s of affected) await refreshDerived(ctx.trx, s.id, today)
    // Penalty cases: 20 working days to publish, 3 to withdraw, from decisions and revocations since November before.
    const from = `${year - 1}-11-01`
    const to = `${year}-12-31`
    const cases = await ctx.trx
      .selectFrom('penalty_cases')
      .select('id')
      .where('voided_at', 'is', null)
      .where(({ or, and, eb }) => or([and([eb('decision_date', '>=', from), eb('decision_date', '<=', to)]), and([eb('revoked_on', '>=', from), eb('revoked_on', '<=', to)])]))
      .execute()
    for (const c of cases) await refreshCaseDerived(ctx.trx, c.id, today)
    const saved = (await holidayYears(ctx.trx)).find((y) => y.year === year)!
    return { ...saved, recomputed: affected.length + cases.length }
  },
}
