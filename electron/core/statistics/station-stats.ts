import { sql } from 'kysely'
import type { OpParsed } from '../../../shared/api'
import { stationFilter } from '../../../shared/api/stations'
import { REVIEW_RESULTS, type ReviewResult } from '../../../shared/domain/stations'
import { stationQuery } from '../stations/list'
import { byKey, col, drill, figure, n, row, table, today, type AreaStatsFn, type StatScope } from './figures'

// 服务站: the register as it stands today (在册 and 整改中), those set up (设立日期) and revoked (撤销日期) in the
// period, ODR and 无理由退货 in the register, and the yearly review of the period's last year: results,
// complaints received and handled, money recovered for consumers. Counts are the station list's own filter.

type Filter = OpParsed<'stations.export'>

const base = (s: StatScope): Filter => stationFilter.parse({ unit: s.unit })
const IN_REGISTER = ['active', 'rectifying'] as const

const listDrill = (f: Filter) =>
  drill('/stations', {
    unit: f.unit,
    status: f.statuses.join(','),
    odr: f.odr === null ? null : f.odr ? '1' : '0',
    returns: f.noReasonReturns === null ? null : f.noReasonReturns ? '1' : '0',
    year: f.year,
    result: f.result,
    pb: f.period?.basis,
    pf: f.period?.from,
    pt: f.period?.to,
  })

const RESULT_KEYS = Object.keys(REVIEW_RESULTS) as ReviewResult[]

export const stationStats: AreaStatsFn = async (db, s) => {
  const year = Number(s.period.to.slice(0, 4))
  const count = (f: Filter) => stationQuery(db, f, s.today).q.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow().then((r) => n(r.n))
  const register: Filter = { ...base(s), statuses: [...IN_REGISTER] }
  const reviewed: Filter = { ...base(s), year, result: 'any' }
  const period = (basis: 'set_up' | 'revoked'): Filter => ({ ...base(s), period: { basis, from: s.period.from, to: s.period.to } })
  const [inRegister, setUp, revoked, odr, returns, results, reviews, units] = await Promise.all([
    count(register),
    count(period('set_up')),
    count(period('revoked')),
    count({ ...register, odr: true }),
    count({ ...register, noReasonReturns: true }),
    Promise.all(RESULT_KEYS.map((r) => count({ ...base(s), year, result: r }))),
    stationQuery(db, reviewed, s.today)
      .q.select([sql<number>`count(*)`.as('n'), sql<number>`sum(r.received)`.as('received'), sql<number>`sum(r.handled)`.as('handled'), sql<number>`sum(r.mediated)`.as('mediated'), sql<number>`sum(r.recovered_fen)`.as('recovered')])
      .executeTakeFirstOrThrow(),
    s.unit
      ? Promise.resolve([])
      : stationQuery(db, register, s.today)
          .q.select([sql<string>`s.unit`.as('k'), sql<number>`count(*)`.as('n'), sql<number>`sum(s.odr)`.as('odr'), sql<number>`sum(s.no_reason_returns)`.as('returns')])
          .groupBy('s.unit')
          .orderBy(sql`count(*)`, 'desc')
          .execute(),
  ])
  const rd = listDrill(reviewed)
  const figures = [
    today(figure('in_register', '在册服务站（今天）', inRegister, listDrill(register), 'count', '个')),
    figure('set_up', '新设立', setUp, listDrill(period('set_up')), 'count', '个'),
    figure('revoked', '撤销', revoked, listDrill(period('revoked')), 'count', '个'),
    today(figure('odr', 'ODR企业（在册）', odr, listDrill({ ...register, odr: true }), 'count', '个')),
    today(figure('returns', '承诺线下无理由退货（在册）', returns, listDrill({ ...register, noReasonReturns: true }), 'count', '个')),
    figure('reviewed', `${year}年度参加考核`, reviews.n, rd, 'count', '个'),
    ...RESULT_KEYS.map((r, i) => figure(`result_${r}`, `考核${REVIEW_RESULTS[r]}`, results[i], listDrill({ ...base(s), year, result: r }), 'count', '个')),
    figure('received', '受理消费投诉', reviews.received, rd, 'count', '件'),
    figure('handled', '处理消费投诉', reviews.handled, rd, 'count', '件'),
    figure('mediated', '调解成功', reviews.mediated, rd, 'count', '件'),
    figure('recovered', '为消费者挽回经济损失', reviews.recovered, rd, 'fen'),
  ]
  const unitRows = byKey(units, (r) => [r.n, r.odr, r.returns])
  const tables = [
    table('by_result', `${year}年度考核结果`, 'pie', [col('服务站', 'count', '个')], RESULT_KEYS.map((r, i) => row(r, REVIEW_RESULTS[r], [results[i]], listDrill({ ...base(s), year, result: r })))),
    ...(s.unit
      ? []
      : [table('by_unit', '按监管所（在册）', 'bar', [col('服务站', 'count', '个'), col('ODR企业', 'count', '个'), col('无理由退货', 'count', '个')], [...unitRows.keys()].map((u) => row(u, u, unitRows.get(u)!, listDrill({ ...register, unit: u }))))]),
  ]
  return {
    section: { key: 'stations', title: '消费维权服务站', basis: `在册数为今天的数字；新设立按设立日期、撤销按撤销日期计入期间；考核和投诉数字为${year}年度考核登记的数字。已作废的不计。`, figures, tables },
    hasData: setUp + revoked + n(reviews.n) > 0,
  }
}
