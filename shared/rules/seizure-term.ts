import type { SeizureKind } from '../domain/seizures'
import { addDays, addWorkingDays, daysBetween, BUILT_IN_CALENDAR, type HolidayCalendar } from './working-days'

// The legal term of a seizure (DOMAIN.md part 2 §1–2).
// - 查封/扣押: 30 days (行政强制法 Art. 25), calendar days since the term is over 10 days (Art. 69); one extension
//   of at most 30 days; testing/appraisal periods are not counted (Art. 25 ¶3).
// - 先行登记保存: decide within 7 days (行政处罚法 Art. 56), working days (Art. 85); no extension, no pauses.
// Periods in days start the day after the decision (民法典 Art. 201: 开始的当日不计入).

export const BASE_TERM_DAYS = 30
export const MAX_EXTENSION_DAYS = 30
export const PRESERVATION_WORKING_DAYS = 7

export interface TermPauseFacts {
  startDate: string
  /** null: still under way. */
  endDate: string | null
}

export interface TermFacts {
  kind: SeizureKind
  decisionDate: string
  extensionDays: number | null
  /** Pauses not voided, any order. */
  pauses: readonly TermPauseFacts[]
}

export interface TermResult {
  baseEnd: string
  endDate: string | null
  pausedDays: number
  pausedNow: boolean
  daysLeft: number | null
  /** Past the end date (whether goods are still held is the caller's part). */
  pastEnd: boolean
  provisional: boolean
}

/** Days a pause covers, both ends included; an open pause counts up to and including `today`. */
export const pauseDays = (p: TermPauseFacts, today: string): number => daysBetween(p.startDate, p.endDate ?? today) + 1

function baseEnd(f: TermFacts, calendar: HolidayCalendar): { date: string; provisional: boolean } {
  if (f.kind === 'preservation') return addWorkingDays(f.decisionDate, PRESERVATION_WORKING_DAYS, calendar)
  return { date: addDays(f.decisionDate, BASE_TERM_DAYS), provisional: false }
}

/** The term's end and where `today` stands in it. */
export function computeTerm(f: TermFacts, today: string, calendar: HolidayCalendar = BUILT_IN_CALENDAR): TermResult {
  const base = baseEnd(f, calendar)
  const closed = f.pauses.filter((p) => p.endDate !== null)
  const pausedDays = f.pauses.reduce((sum, p) => sum + Math.max(0, pauseDays(p, today)), 0)
  const pausedNow = f.pauses.some((p) => p.endDate === null)
  if (pausedNow) {
    return { baseEnd: base.date, endDate: null, pausedDays, pausedNow, daysLeft: null, pastEnd: false, provisional: base.provisional }
  }
  const closedDays = closed.reduce((sum, p) => sum + pauseDays(p, today), 0)
  const endDate = addDays(base.date, (f.extensionDays ?? 0) + closedDays)
  const daysLeft = daysBetween(today, endDate)
  return { baseEnd: base.date, endDate, pausedDays, pausedNow, daysLeft, pastEnd: daysLeft < 0, provisional: base.provisional }
}

/**
 * Why a new pause cannot be recorded, or null. Pauses apply to 查封/扣押 only, start on or after the decision
 * date and not after the term's end as it stands (a period after the end cannot revive it), not in the future,
 * and do not overlap each other (a day is excluded once).
 */
export function pauseProblem(f: TermFacts, p: TermPauseFacts, today: string, calendar: HolidayCalendar = BUILT_IN_CALENDAR): string | null {
  if (f.kind === 'preservation') return '先行登记保存不适用检测、鉴定期间扣除'
  if (p.startDate < f.decisionDate) return '检测、鉴定期间不能早于决定日期'
  if (p.startDate > today) return '开始日期不能晚于今天'
  if (p.endDate !== null && p.endDate < p.startDate) return '结束日期不能早于开始日期'
  if (p.endDate !== null && p.endDate > today) return '结束日期不能晚于今天；尚未结束的请不填结束日期'
  if (f.pauses.some((q) => q.endDate === null)) return '已有一段检测、鉴定期间尚未结束，请先登记其结束日期'
  for (const q of f.pauses) {
    const qEnd = q.endDate ?? '9999-12-31'
    const pEnd = p.endDate ?? '9999-12-31'
    if (p.startDate <= qEnd && q.startDate <= pEnd) return `与已登记的期间（${q.startDate} 至 ${q.endDate ?? '今'}）重叠`
  }
  const current = computeTerm(f, today, calendar)
  if (current.endDate !== null && p.startDate > current.endDate) return `期限已于 ${current.endDate} 届满，不能再登记检测、鉴定期间`
  return null
}

/** Why an extension cannot be recorded, or null. */
export function extensionProblem(f: TermFacts, days: number, noticeDate: string, today: string, calendar: HolidayCalendar = BUILT_IN_CALENDAR): string | null {
  if (f.kind === 'preservation') return '先行登记保存不能延长，须在七日内作出处理决定'
  if (f.extensionDays !== null) return '期限已延长过一次，不能再次延长'
  if (!Number.isInteger(days) || days < 1 || days > MAX_EXTENSION_DAYS) return `延长期限为1至${MAX_EXTENSION_DAYS}日`
  if (noticeDate < f.decisionDate) return '告知日期不能早于决定日期'
  if (noticeDate > today) return '告知日期不能晚于今天'
  const current = computeTerm(f, today, calendar)
  // The extension must be decided within the term (行政强制法 Art. 25): an expired term cannot be extended.
  if (current.endDate !== null && current.endDate < today) return `期限已于 ${current.endDate} 届满，不能再延长；应依法解除`
  return null
}
