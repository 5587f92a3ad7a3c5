import type { CaseDeadline, CaseRecord } from '../../../shared/api/case-types'
import type { CaseStatus } from '../../../shared/domain/cases'
import {
  deadlineText,
  decisionDue,
  lateSurcharge,
  mustPublish,
  paymentDue,
  publicationDue,
  publicityEnd,
  withdrawalDue,
  workingDaysLeft,
  type LowerFineThresholds,
  type Period,
  type PenaltyKind,
} from '../../../shared/rules/case-deadlines'
import { daysBetween, type HolidayCalendar } from '../../../shared/rules/working-days'

// A case's deadlines from its facts, as of a day: what the record shows and what derived.ts caches for the list.

export interface DeadlineFacts {
  status: CaseStatus
  procedure: 'ordinary' | 'summary'
  partyType: string
  penaltyKinds: PenaltyKind[]
  fineFen: number
  gainsFen: number
  filingDate: string
  decisionDate: string | null
  serviceDate: string | null
  paidOn: string | null
  revokedOn: string | null
  publishedOn: string | null
  withdrawnOn: string | null
  earlyStopOn: string | null
  restrictionEnd: string | null
  approvedExtension: boolean
  collectiveExtensionDays: number | null
  pauses: readonly Period[]
}

export interface Deadlines {
  list: CaseDeadline[]
  mustPublish: boolean
  publicationState: CaseRecord['publicationState']
  surcharge: CaseRecord['surcharge']
  /** The earliest open deadline to act on (decide, publish, withdraw, pay), for the list. */
  next: { kind: CaseDeadline['kind']; date: string } | null
  cached: { decision_due: string | null; decision_limit: string | null; publication_due: string | null; withdrawal_due: string | null; payment_due: string | null; publicity_end: string | null }
}

const LABELS: Record<CaseDeadline['kind'], string> = {
  decision: '作出处罚决定',
  publication: '公示处罚信息',
  withdrawal: '撤下公示',
  payment: '缴纳罚没款',
  publicity_end: '公示期满',
}

export function caseDeadlines(f: DeadlineFacts, today: string, calendar: HolidayCalendar, thresholds: LowerFineThresholds): Deadlines {
  const list: CaseDeadline[] = []
  const add = (kind: CaseDeadline['kind'], date: string | null, working: boolean, provisional: boolean, met: boolean) => {
    const left = date === null ? null : working ? workingDaysLeft(today, date, calendar) : daysBetween(today, date)
    const text = met ? (kind === 'publicity_end' ? '已期满' : '已办理') : left === null ? '暂停计算' : deadlineText(left, working)
    list.push({ kind, label: LABELS[kind], date, working, provisional, left, text, met })
  }
  const ended = f.status === 'not_punished' || f.status === 'cancelled'
  const decision = decisionDue({ filingDate: f.filingDate, approvedExtension: f.approvedExtension, collectiveExtensionDays: f.collectiveExtensionDays, pauses: f.pauses }, today)
  add('decision', decision.date, false, false, f.status !== 'filed')

  const publish = f.decisionDate !== null && !ended && mustPublish(f.procedure, f.penaltyKinds)
  let publication: string | null = null
  if (publish && f.decisionDate) {
    const due = publicationDue(f.decisionDate, calendar)
    publication = due.date
    // A decision revoked before it was published is never published.
    if (!(f.revokedOn && !f.publishedOn)) add('publication', due.date, true, due.provisional, f.publishedOn !== null)
  }
  let withdrawal: string | null = null
  if (f.revokedOn && f.publishedOn) {
    const due = withdrawalDue(f.revokedOn, calendar)
    withdrawal = due.date
    add('withdrawal', due.date, true, due.provisional, f.withdrawnOn !== null)
  }
  let payment: string | null = null
  let surcharge: Deadlines['surcharge'] = null
  if (f.serviceDate && f.fineFen + f.gainsFen > 0) {
    payment = paymentDue(f.serviceDate)
    add('payment', payment, false, false, f.paidOn !== null)
    if (f.fineFen > 0) surcharge = lateSurcharge(f.fineFen, payment, f.paidOn ?? today)
  }
  let end: string | null = null
  if (f.publishedOn) {
    end = publicityEnd({ publishedOn: f.publishedOn, kinds: f.penaltyKinds, fineFen: f.fineFen, naturalPerson: f.partyType === 'natural_person' || f.partyType === 'individual_business', thresholds, restrictionEnd: f.restrictionEnd }).date
    if (!f.withdrawnOn) add('publicity_end', f.earlyStopOn ?? end, false, false, (f.earlyStopOn ?? end) < today)
  }
  const state: Deadlines['publicationState'] = !publish
    ? 'not_required'
    : f.withdrawnOn
      ? 'withdrawn'
      : f.publishedOn
        ? (f.earlyStopOn ?? end ?? '9999') < today
          ? 'expired'
          : 'published'
        : f.revokedOn
          ? 'not_required'
          : 'due'
  const open = list.filter((d) => !d.met && d.date !== null && d.kind !== 'publicity_end').sort((a, b) => (a.date! < b.date! ? -1 : 1))
  const first = open[0]
  return {
    list,
    mustPublish: publish,
    publicationState: state,
    surcharge,
    next: first ? { kind: first.kind, date: first.date! } : null,
    cached: { decision_due: f.status === 'filed' ? decision.date : null, decision_limit: decision.date, publication_due: publication, withdrawal_due: withdrawal, payment_due: payment, publicity_end: end },
  }
}
