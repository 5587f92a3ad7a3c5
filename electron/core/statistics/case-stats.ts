import { sql } from 'kysely'
import { CASE_FIELDS, CASE_PROCEDURES, type CaseField, type CaseProcedure } from '../../../shared/domain/cases'
import type { OpParsed } from '../../../shared/api'
import { caseFilter } from '../../../shared/api/cases'
import { filteredCases } from '../cases/list'
import { daysBetweenSql, monthOf } from './sql-dates'
import { byKey, col, drill, figure, monthRows, n, row, table, type AreaStatsFn, type StatScope } from './figures'

// 处罚案件: cases filed (立案日期), decided (决定日期; a decision revoked since is not counted), published (公示日期) and
// referred to the police (移送日期) in the period; fines, 没收违法所得 and the value of 没收非法财物 of the decisions;
// decided within the 90-day limit or after it; published by the deadline or late; the average days to decide.
// Counts are the case list's own filter counted (cases/list.ts caseConditions).

type Filter = Omit<OpParsed<'cases.list'>, 'sort' | 'page' | 'pageSize'>
type Basis = NonNullable<Filter['period']>['basis']

/** The case list's filter with its defaults (the contract's own), narrowed to a unit and a period by one date. */
const base = (s: StatScope, basis: Basis | null): Filter => caseFilter.parse({ unit: s.unit, period: basis ? { basis, from: s.period.from, to: s.period.to } : null })

const listDrill = (f: Filter) =>
  drill('/cases', { pb: f.period?.basis, pf: f.period?.from, pt: f.period?.to, field: f.field, proc: f.procedure, timing: f.timing, unit: f.unit })

const FIELD_KEYS = Object.keys(CASE_FIELDS) as CaseField[]
const PROCEDURE_KEYS = Object.keys(CASE_PROCEDURES) as CaseProcedure[]

export const caseStats: AreaStatsFn = async (db, s) => {
  const q = (f: Filter) => filteredCases(db, f, s.today, s.calendar)
  const count = (f: Filter) => q(f).select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow().then((r) => n(r.n))
  const decided = base(s, 'decision')
  const money = [sql<number>`sum(c.fine_fen)`.as('fine'), sql<number>`sum(c.gains_fen)`.as('gains'), sql<number>`sum(c.property_value_fen)`.as('property')] as const
  const [filed, head, police, inTime, late, pubOnTime, pubLate, fields, procedures, months, units] = await Promise.all([
    count(base(s, 'filing')),
    q(decided)
      .select([sql<number>`count(*)`.as('n'), ...money, sql<number>`avg(${daysBetweenSql('c.filing_date', 'c.decision_date')})`.as('days')])
      .executeTakeFirstOrThrow(),
    count(base(s, 'police')),
    count({ ...decided, timing: 'in_time' }),
    count({ ...decided, timing: 'late' }),
    count({ ...base(s, 'publication'), timing: 'in_time' }),
    count({ ...base(s, 'publication'), timing: 'late' }),
    q(decided).select([sql<string>`c.field`.as('k'), sql<number>`count(*)`.as('n'), ...money]).groupBy('c.field').execute(),
    q(decided).select([sql<string>`c.procedure`.as('k'), sql<number>`count(*)`.as('n'), ...money]).groupBy('c.procedure').execute(),
    q(decided).select([monthOf('c.decision_date').as('k'), sql<number>`count(*)`.as('n'), sql<number>`sum(c.fine_fen + c.gains_fen)`.as('money')]).groupBy(monthOf('c.decision_date')).execute(),
    q(decided).select([sql<string>`c.unit`.as('k'), sql<number>`count(*)`.as('n'), sql<number>`sum(c.fine_fen + c.gains_fen)`.as('money')]).groupBy('c.unit').orderBy(sql`count(*)`, 'desc').execute(),
  ])
  const d = listDrill(decided)
  const moneyCols = [col('件数', 'count', '起'), col('罚款', 'fen'), col('没收违法所得', 'fen'), col('没收非法财物价值', 'fen')]
  const figures = [
    figure('filed', '立案', filed, listDrill(base(s, 'filing')), 'count', '起'),
    figure('decided', '作出处罚决定（查处案件）', head.n, d, 'count', '起'),
    figure('fines', '罚款', head.fine, d, 'fen'),
    figure('gains', '没收违法所得', head.gains, d, 'fen'),
    figure('fines_total', '罚没款合计', n(head.fine) + n(head.gains), d, 'fen'),
    figure('property', '没收非法财物价值', head.property, d, 'fen'),
    figure('police', '移送公安机关', police, listDrill(base(s, 'police')), 'count', '件'),
    figure('in_time', '90日内作出决定（含依法延长、中止）', inTime, listDrill({ ...decided, timing: 'in_time' }), 'count', '起'),
    figure('late', '超过办案期限作出决定', late, listDrill({ ...decided, timing: 'late' }), 'count', '起'),
    figure('published_on_time', '按期公示', pubOnTime, listDrill({ ...base(s, 'publication'), timing: 'in_time' }), 'count', '起'),
    figure('published_late', '逾期公示', pubLate, listDrill({ ...base(s, 'publication'), timing: 'late' }), 'count', '起'),
    // Whole days, rounded: a mean of dates is not a count and has no drill-down of its own beyond the decisions.
    figure('days', '平均办案天数（立案至决定）', Math.round(n(head.days)), d, 'days'),
  ]
  const byField = byKey(fields, (r) => [r.n, r.fine, r.gains, r.property])
  const byProcedure = byKey(procedures, (r) => [r.n, r.fine, r.gains, r.property])
  const tables = [
    table('by_month', '按月份（作出决定）', 'month', [col('件数', 'count', '起'), col('罚没款', 'fen')], monthRows(s.period, byKey(months, (r) => [r.n, r.money]), 2, (p) => listDrill({ ...decided, period: { basis: 'decision', ...p } }))),
    table('by_field', '按案件领域', 'bar', moneyCols, FIELD_KEYS.filter((k) => byField.has(k)).map((k) => row(k, CASE_FIELDS[k], byField.get(k)!, listDrill({ ...decided, field: k })))),
    table('by_procedure', '按程序', 'pie', moneyCols, PROCEDURE_KEYS.filter((k) => byProcedure.has(k)).map((k) => row(k, CASE_PROCEDURES[k], byProcedure.get(k)!, listDrill({ ...decided, procedure: k })))),
    ...(s.unit ? [] : [table('by_unit', '按承办单位', 'bar', [col('件数', 'count', '起'), col('罚没款', 'fen')], units.map((u) => row(u.k, u.k, [u.n, u.money], listDrill({ ...decided, unit: u.k }))))]),
  ]
  return {
    section: { key: 'cases', title: '处罚案件', basis: '立案按立案日期，查处案件和罚没款按处罚决定日期（决定已变更或撤销的不计），公示按公示日期，移送按移送日期计入期间。已作废的不计。', figures, tables },
    hasData: filed + n(head.n) + police > 0,
  }
}
