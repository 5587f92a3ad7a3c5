import type { ItemLine, TermState } from '../../../shared/api/seizure-types'
import type { SeizureStatus } from '../../../shared/domain/seizures'
import { computeTerm, extensionProblem, MAX_EXTENSION_DAYS, type TermFacts } from '../../../shared/rules/seizure-term'
import { BUILT_IN_CALENDAR, type HolidayCalendar } from '../../../shared/rules/working-days'

// Derived state of a seizure: its term as of today and its status. The list's SQL (list.ts) says the same
// in SQL; a test checks the two agree.

export function termState(facts: TermFacts, items: readonly Pick<ItemLine, 'remainingMilli'>[], today: string, calendar: HolidayCalendar = BUILT_IN_CALENDAR): TermState {
  const t = computeTerm(facts, today, calendar)
  const held = items.some((i) => i.remainingMilli > 0)
  // Asked as core will ask it when the approver submits: the longest extension, told today.
  const extensionBlocked = extensionProblem(facts, MAX_EXTENSION_DAYS, today, today)
  return { baseEnd: t.baseEnd, endDate: t.endDate, pausedDays: t.pausedDays, pausedNow: t.pausedNow, daysLeft: t.daysLeft, overdue: t.pastEnd && held, provisional: t.provisional, extensionBlocked }
}

export function seizureStatus(items: readonly Pick<ItemLine, 'qtyMilli' | 'remainingMilli'>[], term: Pick<TermState, 'overdue'>): SeizureStatus {
  if (items.every((i) => i.remainingMilli === 0)) return 'disposed'
  if (term.overdue) return 'overdue'
  return items.some((i) => i.remainingMilli < i.qtyMilli) ? 'partial' : 'holding'
}
