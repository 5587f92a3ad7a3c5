import { addDays, addWorkingDays, BUILT_IN_CALENDAR, daysBetween, isWeekend, type HolidayCalendar } from './working-days'

// The deadlines of a penalty case (DOMAIN.md part 2 §2–3), as pure functions on YYYY-MM-DD dates. Periods in
// days start the day after the event (民法典 Art. 201); 二日、三日、五日、七日 and the 公示 periods count working
// days (行政处罚法 Art. 85; SAMR Order 45 Art. 9, 11); a period in months ends on the same day of the last month,
// or that month's last day when it has none (民法典 Art. 202).

/** 行政处罚法 Art. 60: decide within 90 days of 立案. */
export const DECISION_DAYS = 90
/** SAMR procedure: the head may approve 30 more days once. */
export const APPROVED_EXTENSION_DAYS = 30
/** SAMR Order 45 Art. 9: publish within 20 working days of the decision. */
export const PUBLICATION_WORKING_DAYS = 20
/** SAMR Order 45 Art. 11: withdraw within 3 working days of a revocation or change. */
export const WITHDRAWAL_WORKING_DAYS = 3
/** 行政处罚法 Art. 67: pay within 15 days of service. */
export const PAYMENT_DAYS = 15
/** 行政处罚法 Art. 72(1): 3% of the fine a day, never more than the fine. */
export const SURCHARGE_PERCENT_A_DAY = 3

export interface Period {
  startDate: string
  /** null: still under way. */
  endDate: string | null
}

export interface DecisionFacts {
  filingDate: string
  /** The head's approved extension (30 days), if recorded. */
  approvedExtension: boolean
  /** Days fixed by a collective decision (集体讨论) beyond that, if any. */
  collectiveExtensionDays: number | null
  /** 中止, 听证, 公告, 检测/检验/检疫/鉴定: not counted. Any order; voided ones left out by the caller. */
  pauses: readonly Period[]
}

export interface Due {
  /** The last day; null while a pause is open (the clock stands still). */
  date: string | null
  /** A counted day falls in a year without a holiday calendar: counted Monday–Friday (暂按周一至周五计算). */
  provisional: boolean
}

/** Days a period covers, both ends included; an open one up to and including `today`. */
const periodDays = (p: Period, today: string): number => daysBetween(p.startDate, p.endDate ?? today) + 1

/** 90 days after 立案, plus the approved and collective extensions, plus every paused day. */
export function decisionDue(f: DecisionFacts, today: string): Due & { pausedDays: number; pausedNow: boolean } {
  const extension = (f.approvedExtension ? APPROVED_EXTENSION_DAYS : 0) + (f.collectiveExtensionDays ?? 0)
  const pausedNow = f.pauses.some((p) => p.endDate === null)
  const pausedDays = f.pauses.reduce((sum, p) => sum + periodDays(p, today), 0)
  if (pausedNow) return { date: null, provisional: false, pausedDays, pausedNow }
  return { date: addDays(f.filingDate, DECISION_DAYS + extension + pausedDays), provisional: false, pausedDays, pausedNow }
}

/** Penalty kinds of 行政处罚法 Art. 9, as the case record stores them. */
export type PenaltyKind =
  | 'warning'
  | 'criticism'
  | 'fine'
  | 'confiscate_gains'
  | 'confiscate_property'
  | 'suspend_licence'
  | 'lower_qualification'
  | 'revoke_licence'
  | 'restrict_business'
  | 'stop_business'
  | 'close'
  | 'restrict_practice'
  | 'other'

/** Only 普通程序 decisions are published, and never a 警告 alone (SAMR Order 45 Art. 2). */
export function mustPublish(procedure: 'ordinary' | 'summary', kinds: readonly PenaltyKind[]): boolean {
  return procedure === 'ordinary' && kinds.length > 0 && !(kinds.length === 1 && kinds[0] === 'warning')
}

export function publicationDue(decisionDate: string, calendar: HolidayCalendar = BUILT_IN_CALENDAR): Due {
  return addWorkingDays(decisionDate, PUBLICATION_WORKING_DAYS, calendar)
}

export function withdrawalDue(revokedOn: string, calendar: HolidayCalendar = BUILT_IN_CALENDAR): Due {
  return addWorkingDays(revokedOn, WITHDRAWAL_WORKING_DAYS, calendar)
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
const daysIn = (y: number, m: number) => (m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31)

/** The same day `months` later, or that month's last day when it has none (2026-11-30 + 3 → 2027-02-28). */
export function addMonths(iso: string, months: number): string {
  const y = Number(iso.slice(0, 4))
  const m = Number(iso.slice(5, 7)) - 1 + months
  const year = y + Math.floor(m / 12)
  const month = (m % 12) + 1
  const day = Math.min(Number(iso.slice(8, 10)), daysIn(year, month))
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** What counts as a 较低数额罚款 (set by the province; 设置 keeps the office's). Fen, the bound itself not lower. */
export interface LowerFineThresholds {
  naturalPersonFen: number
  entityFen: number
}

/** The Hubei example (DOMAIN.md part 2 §3): under 10,000 yuan for a person, under 100,000 for an entity. To be confirmed per province. */
export const DEFAULT_LOWER_FINE_THRESHOLDS: LowerFineThresholds = { naturalPersonFen: 1_000_000, entityFen: 10_000_000 }

export interface PublicityFacts {
  publishedOn: string
  kinds: readonly PenaltyKind[]
  fineFen: number
  naturalPerson: boolean
  thresholds: LowerFineThresholds
  /** The last day of a 限制开展生产经营活动 / 限制从业 longer than 3 years, if any. */
  restrictionEnd: string | null
}

/**
 * SAMR Order 45 Art. 13: 3 months for a penalty that is only 通报批评 or a 较低数额罚款 (or both), 3 years for
 * every other; a restriction longer than that runs to its end.
 */
export function publicityEnd(f: PublicityFacts): { date: string; short: boolean } {
  const limit = f.naturalPerson ? f.thresholds.naturalPersonFen : f.thresholds.entityFen
  const lowerFine = (k: PenaltyKind) => k === 'fine' && f.fineFen < limit
  const short = f.kinds.length > 0 && f.kinds.every((k) => k === 'criticism' || lowerFine(k))
  const end = addMonths(f.publishedOn, short ? 3 : 36)
  if (!short && f.restrictionEnd !== null && f.restrictionEnd > end) return { date: f.restrictionEnd, short }
  return { date: end, short }
}

/** SAMR Order 45 Art. 14: penalties whose publicity may never be stopped early. */
export const NO_EARLY_STOP: readonly PenaltyKind[] = ['stop_business', 'restrict_business', 'restrict_practice', 'lower_qualification', 'revoke_licence']

export const paymentDue = (serviceDate: string): string => addDays(serviceDate, PAYMENT_DAYS)

/**
 * 加处罚款 as of a day (the payment day, or today while unpaid): 3% of the fine for each day past the due date,
 * never more than the fine; exact in fen, rounded half up.
 */
export function lateSurcharge(fineFen: number, dueDate: string, asOf: string): { daysLate: number; surchargeFen: number } {
  const daysLate = Math.max(0, daysBetween(dueDate, asOf))
  const raw = (BigInt(fineFen) * BigInt(SURCHARGE_PERCENT_A_DAY * daysLate) * 2n + 100n) / 200n
  return { daysLate, surchargeFen: Math.min(fineFen, Number(raw)) }
}

/**
 * The working days d with a < d ≤ b by isWorkingDay's rules: the weekdays, less the calendar's days off that fall
 * on one, plus its working weekend days (a day in both lists is off). Counted, not walked day by day: a register
 * page of cases overdue for years would otherwise walk thousands of days a row.
 */
function workingDaysBetween(a: string, b: string, calendar: HolidayCalendar): number {
  const n = daysBetween(a, b)
  let count = Math.floor(n / 7) * 5
  for (let i = n - (n % 7) + 1; i <= n; i++) if (!isWeekend(addDays(a, i))) count++
  for (let y = Number(a.slice(0, 4)); y <= Number(b.slice(0, 4)); y++) {
    const year = calendar[String(y)]
    if (!year) continue
    for (const d of year.off) if (d > a && d <= b && !isWeekend(d)) count--
    for (const d of year.work) if (d > a && d <= b && isWeekend(d) && !year.off.includes(d)) count++
  }
  return count
}

/**
 * Working days from `today` up to `due` (positive while ahead, 0 on the day, negative past it: working days late;
 * past the due day each working day late counts, the due day itself was the last day allowed).
 */
export function workingDaysLeft(today: string, due: string, calendar: HolidayCalendar = BUILT_IN_CALENDAR): number {
  return due >= today ? workingDaysBetween(today, due, calendar) : -workingDaysBetween(due, today, calendar)
}

/** 剩2天 / 今日到期 / 已超期3天, in 工作日 where the deadline counts working days. */
export function deadlineText(left: number, working: boolean): string {
  const unit = working ? '个工作日' : '天'
  if (left === 0) return '今日到期'
  return left > 0 ? `剩${left}${unit}` : `已超期${-left}${unit}`
}
