import type { CollectionStatus, ReviewAction, TypicalChannel, TypicalSection, TypicalStatus } from '../domain/typical-cases'
import type { PersonalDataKind } from '../rules/mask'
import type { Voided } from './seizure-types'

// What the 典型案例 operations return. Dates YYYY-MM-DD; instants ISO.

export interface TypicalText {
  title: string
  party: string
  summary: string
  result: string
  significance: string
  legalBasis: string
  tags: string[]
  /** Third persons named in the text (witnesses, buyers, staff): each printed as 张某某 when published. */
  persons: string[]
}

/** Personal data found in the text for publication: to be fixed, or confirmed as meant to stay. */
export interface PersonalDataWarning {
  section: TypicalSection
  kind: PersonalDataKind
  text: string
  confirmed: boolean
}

export interface TypicalVersionMeta {
  versionNo: number
  savedAt: string
  savedByName: string
}

export interface TypicalReview {
  action: ReviewAction
  versionNo: number
  comment: string
  at: string
  byName: string
}

export interface TypicalEntry {
  id: string
  collectionId: string
  collectionName: string
  collectionStatus: CollectionStatus
  year: number
  caseId: string
  caseNo: string
  decisionNo: string
  position: number
  status: TypicalStatus
  /** The text shown and edited: the newest version. */
  currentVersion: number
  /** The last finalised version, kept while a reopened draft is rewritten. */
  finalVersion: number | null
  text: TypicalText
  confirmed: string[]
  warnings: PersonalDataWarning[]
  versions: TypicalVersionMeta[]
  reviews: TypicalReview[]
  version: number
  voided: Voided | null
}

export interface TypicalEntryRow {
  id: string
  caseId: string
  caseNo: string
  decisionNo: string
  position: number
  title: string
  status: TypicalStatus
  /** The newest 退回 comment while the entry is a returned draft. */
  returnComment: string | null
  /** The day the case's decision was changed or revoked (案件 → 决定变更/撤销). */
  revokedOn: string | null
}

/**
 * A published collection holding a case whose decision was changed or revoked: to be withdrawn by the day the
 * case's own publication must be (SAMR Order 45 Art. 11, 3 working days).
 */
export interface CollectionWithdrawal {
  due: string
  /** The day counts on a holiday calendar not yet entered for its year. */
  provisional: boolean
  /** 剩2个工作日 / 今日到期 / 已超期1个工作日. */
  words: string
  caseNos: string[]
}

export interface TypicalCollection {
  id: string
  year: number
  name: string
  intro: string
  status: CollectionStatus
  publishedOn: string | null
  channel: TypicalChannel | null
  withdrawnOn: string | null
  withdrawReason: string
  /** Set while published with a revoked case in it. */
  withdrawal: CollectionWithdrawal | null
  entries: TypicalEntryRow[]
  version: number
}

export interface CollectionRow {
  id: string
  year: number
  name: string
  status: CollectionStatus
  publishedOn: string | null
  counts: Record<TypicalStatus, number>
}

/** One section of two versions compared: the text in pieces, each kept, added or removed. */
export interface SectionDiff {
  section: TypicalSection
  changed: boolean
  parts: { text: string; change: 'same' | 'added' | 'removed' }[]
}

/** A typical case on the 工作台: waiting for review (approvers) or returned with a comment (legal staff). */
export interface TypicalTodo {
  id: string
  title: string
  collectionName: string
  caseNo: string
  /** When it was submitted or returned. */
  at: string
  /** The return's comment. */
  comment: string
}

/** A published collection to withdraw because a case in it was revoked. */
export interface TypicalWithdrawTodo extends CollectionWithdrawal {
  id: string
  name: string
}

export interface TypicalWorkbench {
  awaitingReview: TypicalTodo[]
  returned: TypicalTodo[]
  toWithdraw: TypicalWithdrawTodo[]
}

/** A case's place in the collections (shown on the case's page). */
export interface CaseTypicalRow {
  entryId: string
  title: string
  status: TypicalStatus
  collectionId: string
  collectionName: string
  collectionStatus: CollectionStatus
  year: number
  /** Set while the collection is published and the case revoked. */
  withdrawal: CollectionWithdrawal | null
}
