import { addDays } from './working-days'

// The periods 统计 counts over (issue 19), as closed ranges of dates YYYY-MM-DD, and the same period a year
// earlier for 同比. Every date is a calendar date of the office (China Standard Time), never a time.

export type PeriodPreset = 'this_year' | 'last_year' | 'quarter' | 'month' | 'since_315' | 'custom'

export const PERIOD_PRESETS: Record<PeriodPreset, string> = {
  this_year: '本年度',
  last_year: '上年度',
  quarter: '季度',
  month: '月份',
  since_315: '自上年“3·15”以来',
  custom: '自定义',
}

export interface Period {
  from: string
  to: string
}

const pad = (n: number) => String(n).padStart(2, '0')
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate()

export const yearPeriod = (year: number): Period => ({ from: `${year}-01-01`, to: `${year}-12-31` })
export const quarterPeriod = (year: number, q: 1 | 2 | 3 | 4): Period => ({ from: `${year}-${pad(q * 3 - 2)}-01`, to: `${year}-${pad(q * 3)}-${lastDay(year, q * 3)}` })
export const monthPeriod = (year: number, month: number): Period => ({ from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${lastDay(year, month)}` })

/**
 * "自上年3·15以来": from the 3·15 a year before the coming one up to today (or the eve of the coming one, when it
 * is today) — what a 3·15 summary reports on. On 2026-12-03: 2026-03-15 … 2026-12-03; on 2027-03-15: 2026-03-15 … 2027-03-14.
 */
export function since315(today: string): Period {
  const y = Number(today.slice(0, 4))
  const coming = today <= `${y}-03-15` ? y : y + 1
  const eve = `${coming}-03-14`
  return { from: `${coming - 1}-03-15`, to: today < eve ? today : eve }
}

/**
 * The same dates a year earlier (29 February → 28 February). A period ending on the last day of February ends on
 * the last day of February a year earlier too: 2025年2月 against all of 2024年2月, its 29th included.
 */
export function yearBefore(p: Period): Period {
  const back = (d: string) => {
    const y = Number(d.slice(0, 4)) - 1
    const md = d.slice(5)
    return md === '02-29' ? `${y}-02-28` : `${y}-${md}`
  }
  const to = back(p.to)
  return { from: back(p.from), to: p.to.slice(5) === '02-28' ? `${to.slice(0, 8)}${lastDay(Number(to.slice(0, 4)), 2)}` : to }
}

/** The months a period touches, 'YYYY-MM', in order. */
export function monthsOf(p: Period): string[] {
  const out: string[] = []
  let y = Number(p.from.slice(0, 4))
  let m = Number(p.from.slice(5, 7))
  const end = p.to.slice(0, 7)
  while (`${y}-${pad(m)}` <= end && out.length < 1200) {
    out.push(`${y}-${pad(m)}`)
    if (++m > 12) [y, m] = [y + 1, 1]
  }
  return out
}

/** The month's first and last day within the period. */
export function monthWithin(month: string, p: Period): Period {
  const full = monthPeriod(Number(month.slice(0, 4)), Number(month.slice(5, 7)))
  return { from: full.from < p.from ? p.from : full.from, to: full.to > p.to ? p.to : full.to }
}

/** The period in words: 2026年, 2026年第四季度, 2026年11月, 2026年3月15日至2026年12月3日. */
export function periodText(p: Period): string {
  const [fy, fm, fd] = p.from.split('-').map(Number) as [number, number, number]
  const [ty, tm, td] = p.to.split('-').map(Number) as [number, number, number]
  if (fy === ty && fm === 1 && fd === 1 && tm === 12 && td === 31) return `${fy}年`
  if (fy === ty && fm === tm && fd === 1 && td === lastDay(ty, tm)) return `${fy}年${fm}月`
  if (fy === ty && fd === 1 && (fm - 1) % 3 === 0 && tm === fm + 2 && td === lastDay(ty, tm)) return `${fy}年第${['一', '二', '三', '四'][(fm - 1) / 3]}季度`
  return `${fy}年${fm}月${fd}日至${ty}年${tm}月${td}日`
}

/** The years a period touches (yearly reviews are counted for these). */
export function yearsOf(p: Period): number[] {
  const out: number[] = []
  for (let y = Number(p.from.slice(0, 4)); y <= Number(p.to.slice(0, 4)); y++) out.push(y)
  return out
}

/**
 * 同比 in words: +12.5% / −3.2% against a year that has figures; against an empty year the difference in the
 * figure's own unit (+3件), and 持平 when equal. `unit` is what the figure counts in (件, 元 …).
 */
export function yearOnYear(now: number, before: number | null, unit: string): string {
  if (before === null) return ''
  if (now === before) return '持平'
  if (before === 0) return `+${now}${unit}`
  // Half up on the size of the change, so that −12.25% reads −12.3% as +12.25% reads +12.3%.
  const tenths = Math.round(Math.abs((now - before) * 1000) / before) / 10
  return `${now > before ? '+' : '−'}${tenths.toFixed(1)}%`
}

export const dayAfter = (d: string) => addDays(d, 1)
