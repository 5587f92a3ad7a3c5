import type { ReviewResult, StationCondition, StationFormat, StationStatus } from '../domain/stations'
import type { Voided } from './seizure-types'

// What the 服务站 operations return. Dates YYYY-MM-DD; money in fen.

export interface StationFacts {
  name: string
  hostName: string
  hostCreditCode: string
  /** The clerk confirmed a credit code whose check character does not match. */
  hostCodeUnverified: boolean
  format: StationFormat
  address: string
  /** The supervising 市场监督管理所, from 设置 → 服务站. */
  unit: string
  head: string
  phone: string
  staffFull: number
  staffPart: number
  conditions: StationCondition[]
  odr: boolean
  odrSince: string | null
  noReasonReturns: boolean
  returnsSince: string | null
  setUpOn: string | null
  plaqueOn: string | null
  notes: string
}

export interface StationStatusChange {
  from: StationStatus | null
  to: StationStatus
  date: string
  reason: string
  dueDate: string | null
  at: string
  byName: string
}

export interface StationReview {
  id: string
  year: number
  received: number
  handled: number
  mediated: number
  /** mediated / handled, 0–1; null when nothing was handled. */
  successRate: number | null
  recoveredFen: number
  checkedOn: string | null
  result: ReviewResult
  reviewer: string
  notes: string
  version: number
}

export interface Station extends StationFacts {
  id: string
  stationNo: string
  status: StationStatus
  /** While 整改. */
  rectifyReason: string
  rectifyDue: string | null
  /** 整改 past its due date. */
  rectifyOverdue: boolean
  revokedOn: string | null
  revokeReason: string
  history: StationStatusChange[]
  reviews: StationReview[]
  version: number
  voided: Voided | null
}

export interface StationRow {
  id: string
  stationNo: string
  name: string
  hostName: string
  format: StationFormat
  address: string
  unit: string
  head: string
  phone: string
  odr: boolean
  noReasonReturns: boolean
  status: StationStatus
  rectifyDue: string | null
  rectifyOverdue: boolean
  /** The chosen year's review result; null when none is recorded. */
  reviewResult: ReviewResult | null
  voided: boolean
}

export interface StationPage {
  rows: StationRow[]
  total: number
  /** The year the review column and the 未考核 filter speak of. */
  year: number
}

export interface StationSettings {
  /** The supervising 所 a station may name, in the office's order. */
  units: string[]
  /** Sheet header → field, remembered from the last import. */
  importMapping: Record<string, string>
  /** From this month (1–12) the 工作台 lists the stations without this year's review. */
  reviewMonth: number
  version: number
}

/** The 工作台's 服务站 lists. */
export interface StationWorkbench {
  rectifyOverdue: StationTodo[]
  /** Stations in the register without this year's review, once the review month has come; null before it. */
  unreviewed: { year: number; total: number; rows: { id: string; stationNo: string; name: string; unit: string }[] } | null
}

/** A 整改 past its due date, for the 工作台. */
export interface StationTodo {
  id: string
  stationNo: string
  name: string
  unit: string
  rectifyDue: string
  daysOverdue: number
}
