import type { RecordFile } from './attachments'
import type { ItemCategory } from '../domain/seizures'
import type { BatchStatus, DestructionMethod, WitnessCapacity } from '../domain/destruction'
import type { Officer, Voided } from './seizure-types'

// What the destruction operations return. Quantities are thousandths, weights grams, money fen.

/** One item line with confiscated quantity not yet in a batch (待销毁物品). */
export interface StockRow {
  itemId: string
  seizureId: string
  registerNo: string
  /** 查封（扣押）决定书文号 of the seizure. */
  decisionNo: string
  partyName: string
  lineNo: number
  name: string
  brand: string
  spec: string
  category: ItemCategory
  unit: string
  /** Confiscated and in no live batch: what may still be put in one. */
  leftMilli: number
  /** Confiscated in all (live 没收 outcomes). */
  confiscatedMilli: number
  /** The line's weight and value, in proportion to what is left (null when the line has none). */
  weightG: number | null
  valueFen: number | null
  storageLocationPath: string | null
  /** The latest 没收 outcome's date and 文号 (the penalty decision). */
  confiscationDate: string
  confiscationDocNo: string
  handlingUnit: string
}

export interface UnitTotal {
  unit: string
  qtyMilli: number
}

export interface CategoryTotal {
  category: ItemCategory
  lines: number
  /** Quantities by unit: 瓶 and 箱 are never added together. */
  units: UnitTotal[]
  weightG: number
  valueFen: number
}

export interface StockTotals {
  lines: number
  units: UnitTotal[]
  weightG: number
  valueFen: number
}

export interface StockPage {
  rows: StockRow[]
  total: number
  totals: StockTotals
}

export interface BatchLine {
  id: string
  position: number
  itemId: string
  seizureId: string
  registerNo: string
  decisionNo: string
  /** 没收 文号 (the penalty decision), the latest on the line. */
  confiscationDocNo: string
  partyName: string
  lineNo: number
  name: string
  brand: string
  spec: string
  category: ItemCategory
  unit: string
  plannedMilli: number
  /** Weight and value of the planned part, in proportion to the line (null when the line has none). */
  plannedWeightG: number | null
  valueFen: number | null
  /** Set when executed: what was actually destroyed, its weight, and why it differs from the plan. */
  destroyedMilli: number | null
  destroyedWeightG: number | null
  shortReason: string
  storageLocationPath: string | null
}

export interface Supervisor {
  name: string
  /** 纪检监察, 法制… */
  office: string
}

export interface Witness {
  name: string
  unit: string
  capacity: WitnessCapacity
}

/** What a clerk writes on a batch while it is a 草稿. */
export interface BatchFacts {
  plannedDate: string
  place: string
  method: DestructionMethod
  /** 处置单位 / 接收单位 where one is used; '' otherwise. */
  contractor: string
  officers: Officer[]
  supervisors: Supervisor[]
  witnesses: Witness[]
  /** 到场媒体. */
  media: string
  /** 环保、消防、卫生 measures. */
  environmentNote: string
  /** e.g. 2027年"3·15"集中销毁活动; '' when none. */
  campaign: string
  /** 联系人及电话 for the 公告. */
  contact: string
  notes: string
}

export interface BatchApproval {
  opinion: string
  date: string
  byName: string
  at: string
}

export interface BatchExecution {
  actualDate: string
  note: string
  byName: string
  at: string
}

/** A recorded change to a locked batch: never a silent edit. */
export interface BatchCorrection {
  id: string
  /** 实际销毁日期, or 第3行 实际销毁数量 … */
  field: string
  oldValue: string
  newValue: string
  reason: string
  byName: string
  at: string
}

/** A step of the workflow, newest last. */
export interface BatchStep {
  action: 'create' | 'submit' | 'return' | 'approve' | 'execute' | 'correct' | 'void'
  byName: string
  at: string
  /** The request, the opinion, the reason sent back… */
  text: string
}

export interface BatchTotals extends StockTotals {
  byCategory: CategoryTotal[]
}

/** A batch's photo or scan (the shape every record's files share). */
export type BatchAttachment = RecordFile

export interface Batch extends BatchFacts {
  id: string
  batchNo: string
  status: BatchStatus
  lines: BatchLine[]
  /** Of the planned quantities. */
  planned: BatchTotals
  /** Of the destroyed quantities; null until executed. */
  destroyed: BatchTotals | null
  /** The clerk's request when submitted (申请事由). */
  request: string
  submittedByName: string | null
  submittedAt: string | null
  /** Why it was last sent back; '' when never. */
  returnReason: string
  approval: BatchApproval | null
  execution: BatchExecution | null
  corrections: BatchCorrection[]
  steps: BatchStep[]
  createdAt: string
  createdByName: string
  updatedAt: string
  version: number
  voided: Voided | null
}

export interface BatchRow {
  id: string
  batchNo: string
  status: BatchStatus
  plannedDate: string
  actualDate: string | null
  place: string
  method: DestructionMethod
  campaign: string
  lines: number
  weightG: number
  valueFen: number
  voided: boolean
}

export interface BatchPage {
  rows: BatchRow[]
  total: number
}

/** A batch holding lines of one seizure, for the seizure's page. */
export interface SeizureBatchRef {
  batchId: string
  batchNo: string
  status: BatchStatus
  lines: { lineNo: number; name: string; unit: string; plannedMilli: number; destroyedMilli: number | null }[]
}

/** What the 工作台 shows of destructions. */
export interface DestructionWorkbench {
  awaitingApproval: BatchRow[]
  approvedNotExecuted: BatchRow[]
}
