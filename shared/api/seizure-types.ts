import type { RecordFile } from './attachments'
import type { ItemCategory, OutcomeKind, PartyType, PauseKind, SeizureKind, SeizureSource, SeizureStatus } from '../domain/seizures'

// What the seizure operations return. Quantities are thousandths, weights grams, money fen (shared/rules/decimal.ts).

export interface Voided {
  at: string
  byName: string
  reason: string
}

export interface Officer {
  name: string
  /** 执法证号. */
  certNo: string
}

export interface Party {
  type: PartyType
  name: string
  /** 统一社会信用代码 or 身份证号, normalised; '' when none was given. */
  idNo: string
  /** A credit code whose check character does not match, saved because the clerk confirmed it. */
  idUnverified: boolean
  legalRep: string
  address: string
  phone: string
}

export interface ItemLine {
  id: string
  lineNo: number
  name: string
  brand: string
  spec: string
  category: ItemCategory
  qtyMilli: number
  unit: string
  weightG: number | null
  valueFen: number | null
  storageLocationId: string | null
  /** 一号仓库 / A架 / 03 — null when no location was given. */
  storageLocationPath: string | null
  note: string
  /** Sums of the line's outcomes that are not voided, per kind. */
  disposedMilli: Record<OutcomeKind, number>
  /** Derived: quantity minus every outcome; never negative. */
  remainingMilli: number
  /** Of the confiscated quantity: what live destruction batches hold (planned, or destroyed once executed). */
  inBatchMilli: number
  /** Destroyed in executed batches (销毁). */
  destroyedMilli: number
}

export interface Outcome {
  id: string
  itemId: string
  lineNo: number
  itemName: string
  /** The line's unit, kept with the outcome so it reads whole even if the line is later taken out. */
  unit: string
  kind: OutcomeKind
  qtyMilli: number
  date: string
  docNo: string
  /** 接收单位 for a transfer to the judicial organs; '' otherwise. */
  receivingUnit: string
  note: string
  createdAt: string
  createdByName: string
  voided: Voided | null
}

export interface TermPause {
  id: string
  kind: PauseKind
  startDate: string
  /** null while the testing/appraisal is still under way: the clock stands still. */
  endDate: string | null
  note: string
  createdAt: string
  createdByName: string
  voided: Voided | null
}

export interface TermExtension {
  days: number
  reason: string
  /** Date the party was told in writing (书面告知). */
  noticeDate: string
  approvedByName: string
  approvedAt: string
}

export interface TermState {
  /** Decision date + 30 days (先行登记保存: + 7 working days). */
  baseEnd: string
  /** Last day of the term with extension and pauses; null while a pause is open. */
  endDate: string | null
  pausedDays: number
  pausedNow: boolean
  /** Days from today to endDate (0 = ends today, negative = overdue by that many); null while paused. */
  daysLeft: number | null
  /** Past its end with goods still held: must be decided or released (行政强制法 Art. 28(4)). */
  overdue: boolean
  /** Counted on weekdays only: a year without an official holiday calendar. */
  provisional: boolean
  /** Why an extension cannot be approved today (already extended, term over, 先行登记保存); null if it can. */
  extensionBlocked: string | null
}

export interface Seizure {
  id: string
  registerNo: string
  kind: SeizureKind
  decisionNo: string
  decisionDate: string
  place: string
  source: SeizureSource
  sourceNote: string
  unit: string
  officers: Officer[]
  party: Party
  notes: string
  items: ItemLine[]
  outcomes: Outcome[]
  pauses: TermPause[]
  extension: TermExtension | null
  term: TermState
  status: SeizureStatus
  totals: { lines: number; valueFen: number; weightG: number }
  createdAt: string
  createdByName: string
  updatedAt: string
  version: number
  voided: Voided | null
}

/** One row of the register list. */
export interface SeizureRow {
  id: string
  registerNo: string
  kind: SeizureKind
  decisionNo: string
  decisionDate: string
  partyName: string
  unit: string
  officers: string
  /** Item names, first few. */
  itemSummary: string
  lines: number
  valueFen: number
  status: SeizureStatus
  termEnd: string | null
  daysLeft: number | null
  overdue: boolean
  voided: boolean
}

export interface SeizurePage {
  rows: SeizureRow[]
  /** How many records match, counted no further than a bound (1,000): see `capped`. */
  total: number
  /** More records match than `total` says (shown as 1000+); narrow the search to count them. */
  capped: boolean
}

/** Values typed before, offered while typing. */
export interface SeizureSuggestions {
  units: string[]
  officers: Officer[]
  places: string[]
}

export interface StorageLocation {
  id: string
  parentId: string | null
  /** 0 仓库, 1 货架, 2 货位. */
  level: number
  name: string
  /** Names from the warehouse down: 一号仓库 / A架 / 03. */
  path: string
  version: number
  voided: Voided | null
}

/** A seizure's photo or scan: a record's file (shared/api/attachments.ts) that may belong to one of its lines. */
export interface Attachment extends RecordFile {
  seizureId: string
  /** null: attached to the seizure as a whole. */
  itemId: string | null
}

/** A seizure whose term has stood still for testing (检测、检验、检疫、技术鉴定) longer than LONG_PAUSE_DAYS. */
export interface LongPause {
  seizureId: string
  registerNo: string
  partyName: string
  kind: PauseKind
  startDate: string
  /** Days since it started, counting the start day. */
  days: number
}

/** A pause open longer than this is listed on the 工作台: the result is due, or the pause was never ended. */
export const LONG_PAUSE_DAYS = 30
