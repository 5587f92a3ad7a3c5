import type { CaseField, CasePauseKind, CaseProcedure, CaseStatus, EarlyStopCondition, PublicationChannel, PublicationState } from '../domain/cases'
import type { SeizureSource } from '../domain/seizures'
import type { PenaltyKind } from '../rules/case-deadlines'
import type { Officer, Party, Voided } from './seizure-types'

// What the penalty-case operations return. Money in fen; dates YYYY-MM-DD.

export interface CaseDeadline {
  kind: 'decision' | 'publication' | 'withdrawal' | 'payment' | 'publicity_end'
  label: string
  /** null while the clock stands still (an open 中止). */
  date: string | null
  /** Counted in working days (the text says 工作日). */
  working: boolean
  /** In a year without a holiday calendar: 暂按周一至周五计算. */
  provisional: boolean
  /** Days (or working days) left from today; negative when overdue; null while paused. */
  left: number | null
  /** 剩2天 / 今日到期 / 已超期3个工作日 / 暂停计算. */
  text: string
  /** Met: the decision made, the publication recorded… (shown as done, not as a countdown). */
  met: boolean
}

export interface CasePause {
  id: string
  kind: CasePauseKind
  startDate: string
  endDate: string | null
  reason: string
  createdByName: string
  voided: Voided | null
}

export interface CaseExtension {
  /** 负责人批准 +30 days, or a further term fixed by 集体讨论. */
  kind: 'approved' | 'collective'
  date: string
  /** 批准人 / the discussion's chair, as written on the approval. */
  approvedBy: string
  reason: string
  /** Only for a collective extension: the days it fixed. */
  days: number | null
}

export interface CasePublication {
  publishedOn: string
  channel: PublicationChannel
  publishedBy: string
  /** Set once withdrawn (撤下). */
  withdrawnOn: string | null
  withdrawReason: string
  /** Early stop of publicity (提前停止公示) and the conditions confirmed. */
  earlyStopOn: string | null
  earlyStopConditions: EarlyStopCondition[]
}

export interface CaseFacts {
  filingDate: string
  /** 立案审批 文号, '' when none. */
  filingNo: string
  procedure: CaseProcedure
  party: Party
  field: CaseField
  source: SeizureSource
  facts: string
  evidence: string
  provisionsViolated: string
  legalBasis: string
  penaltyKinds: PenaltyKind[]
  fineFen: number
  gainsFen: number
  propertyDescription: string
  propertyValueFen: number
  /** 移送公安: receiving unit, date, 文号; null when not referred. */
  policeReferral: { unit: string; date: string; docNo: string } | null
  unit: string
  officers: Officer[]
  /** 法制审核: who and when; null when not yet or not needed. */
  legalReview: { reviewer: string; date: string } | null
  collectiveDiscussionDate: string | null
  /** The end of a 限制开展生产经营活动 / 限制从业 (for the publicity end), null when none. */
  restrictionEnd: string | null
  seizureIds: string[]
  notes: string
}

export interface CaseRecord extends CaseFacts {
  id: string
  caseNo: string
  status: CaseStatus
  decisionNo: string
  decisionDate: string | null
  serviceDate: string | null
  payment: { paidOn: string; amountFen: number; surchargeFen: number } | null
  /** 加处罚款 as of today (or as paid): 3% a day after the payment deadline, never more than the fine. */
  surcharge: { daysLate: number; surchargeFen: number } | null
  /** 不予处罚 / 撤销立案 / 执行 / 结案 dates and reasons. */
  endReason: string
  endDate: string | null
  revokedOn: string | null
  revokeReason: string
  extensions: CaseExtension[]
  pauses: CasePause[]
  publication: CasePublication | null
  /** Whether this decision must be published (普通程序, not a 警告 alone). */
  mustPublish: boolean
  /** 待公示 / 已公示 / 公示期满 / 已撤下 / 无需公示. */
  publicationState: PublicationState
  deadlines: CaseDeadline[]
  seizures: { id: string; registerNo: string; partyName: string }[]
  createdAt: string
  createdByName: string
  updatedAt: string
  version: number
  voided: Voided | null
}

export interface CaseRow {
  id: string
  caseNo: string
  decisionNo: string
  partyName: string
  field: CaseField
  status: CaseStatus
  filingDate: string
  decisionDate: string | null
  fineFen: number
  unit: string
  /** The next open deadline: its label, date and how it reads today. */
  nextDue: { label: string; date: string; text: string; overdue: boolean } | null
  publicationState: CaseRecord['publicationState']
  voided: boolean
}

export interface CasePage {
  rows: CaseRow[]
  total: number
}
