import { monthPeriod, quarterPeriod, since315, yearPeriod, type Period, type PeriodPreset } from '../../../../shared/rules/stat-periods'
import { isIsoDate } from '../../../../shared/rules/chinese-date'

// 统计's choice in the address (#/stats?preset=quarter&year=2026&q=4&unit=…), so Back from a drill-down list, a
// reload or a bookmark shows the same figures. Unreadable values fall back to this year, whole bureau.

export interface StatChoice {
  preset: PeriodPreset
  year: number
  quarter: 1 | 2 | 3 | 4
  month: number
  /** Only for 自定义. */
  from: string
  to: string
  unit: string
}

const PRESETS: readonly PeriodPreset[] = ['this_year', 'last_year', 'quarter', 'month', 'since_315', 'custom']

export function readChoice(sp: URLSearchParams, today: string): StatChoice {
  const thisYear = Number(today.slice(0, 4))
  const preset = (PRESETS as readonly string[]).includes(sp.get('preset') ?? '') ? (sp.get('preset') as PeriodPreset) : 'this_year'
  const year = Number(sp.get('year'))
  const q = Number(sp.get('q'))
  const m = Number(sp.get('m'))
  const from = sp.get('from') ?? ''
  const to = sp.get('to') ?? ''
  return {
    preset,
    year: Number.isInteger(year) && year >= 1990 && year <= 2100 ? year : thisYear,
    quarter: ([1, 2, 3, 4] as const).find((x) => x === q) ?? (Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1) as 1 | 2 | 3 | 4,
    month: Number.isInteger(m) && m >= 1 && m <= 12 ? m : Number(today.slice(5, 7)),
    from: isIsoDate(from) ? from : `${thisYear}-01-01`,
    to: isIsoDate(to) ? to : today,
    unit: (sp.get('unit') ?? '').slice(0, 50),
  }
}

export function writeChoice(c: StatChoice): URLSearchParams {
  const sp = new URLSearchParams()
  sp.set('preset', c.preset)
  if (c.preset === 'quarter' || c.preset === 'month') sp.set('year', String(c.year))
  if (c.preset === 'quarter') sp.set('q', String(c.quarter))
  if (c.preset === 'month') sp.set('m', String(c.month))
  if (c.preset === 'custom') {
    sp.set('from', c.from)
    sp.set('to', c.to)
  }
  if (c.unit) sp.set('unit', c.unit)
  return sp
}

export function periodOf(c: StatChoice, today: string): Period {
  const thisYear = Number(today.slice(0, 4))
  switch (c.preset) {
    case 'this_year':
      return yearPeriod(thisYear)
    case 'last_year':
      return yearPeriod(thisYear - 1)
    case 'quarter':
      return quarterPeriod(c.year, c.quarter)
    case 'month':
      return monthPeriod(c.year, c.month)
    case 'since_315':
      return since315(today)
    case 'custom':
      return { from: c.from, to: c.to }
  }
}
