import holidays from '../data/cn-holidays.json'

// Working days (DOMAIN.md part 1 §6): Monday–Friday, minus the statutory days off, plus the weekend days the
// State Council makes working days. A year without an official arrangement counts weekdays only and is
// reported as provisional.

export interface YearCalendar {
  /** Days off, YYYY-MM-DD. */
  off: readonly string[]
  /** Weekend days that are working days (调休上班). */
  work: readonly string[]
}
export type HolidayCalendar = Readonly<Record<string, YearCalendar>>

/** The official 2025 and 2026 arrangements shipped with the app. */
export const BUILT_IN_CALENDAR: HolidayCalendar = holidays

const DAY_MS = 86_400_000
const toMs = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)))
const fromMs = (ms: number) => new Date(ms).toISOString().slice(0, 10)

/** YYYY-MM-DD plus n calendar days (n may be negative). */
export const addDays = (iso: string, n: number): string => fromMs(toMs(iso) + n * DAY_MS)
/** Calendar days from a to b (b − a). */
export const daysBetween = (a: string, b: string): number => Math.round((toMs(b) - toMs(a)) / DAY_MS)

/** Saturday or Sunday. */
export const isWeekend = (iso: string): boolean => {
  const weekday = new Date(toMs(iso)).getUTCDay()
  return weekday === 0 || weekday === 6
}

export function isWorkingDay(iso: string, calendar: HolidayCalendar = BUILT_IN_CALENDAR): { working: boolean; known: boolean } {
  const year = calendar[iso.slice(0, 4)]
  const weekend = isWeekend(iso)
  if (!year) return { working: !weekend, known: false }
  if (year.off.includes(iso)) return { working: false, known: true }
  if (year.work.includes(iso)) return { working: true, known: true }
  return { working: !weekend, known: true }
}

/**
 * The n-th working day after `start` (the start day itself is not counted, as with every period in days).
 * `provisional` when a counted day falls in a year without a calendar.
 */
export function addWorkingDays(start: string, n: number, calendar: HolidayCalendar = BUILT_IN_CALENDAR): { date: string; provisional: boolean } {
  let date = start
  let provisional = false
  for (let counted = 0; counted < n; ) {
    date = addDays(date, 1)
    const day = isWorkingDay(date, calendar)
    if (!day.known) provisional = true
    if (day.working) counted++
  }
  return { date, provisional }
}
