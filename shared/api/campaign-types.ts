import type { RecordFile } from './attachments'
import type { Voided } from './seizure-types'
import type { CampaignKind, FigureSource, ItemKind, ReportStatus, TaskStatus } from '../domain/campaigns'

// What the campaign operations return. Money in fen, weight in grams; every other figure a whole count.

export interface CampaignFacts {
  name: string
  kind: CampaignKind
  theme: string
  startDate: string
  endDate: string
  leadUnit: string
  /** The participating units (所/队/室), in the order the form lists them. */
  units: string[]
  reportDeadline: string | null
  notes: string
}

export interface CampaignTask {
  id: string
  /** 序号: the task's place in the 任务分解表. */
  seq: number
  work: string
  leadOffice: string
  partners: string
  owner: string
  leader: string
  dueDate: string | null
  status: TaskStatus
  completionNote: string
  /** Warnings that do not refuse the task, e.g. a due date outside the campaign's period. */
  warnings: string[]
  photos: number
  updatedAt: string
  version: number
  voided: Voided | null
}

/** A photo of a task's work: "注明时间、地点、内容". */
export interface TaskPhoto extends RecordFile {
  takenAt: string
  place: string
  caption: string
}

export interface FormItem {
  id: string
  key: string
  name: string
  unitWord: string
  group: string
  note: string
  kind: ItemKind
  /** Filled from the records (never typed) when set. */
  source: FigureSource | null
  position: number
}

export interface ReportFigure {
  itemId: string
  /** Whole count, or fen for money, or grams for weight; null while a draft leaves it blank. */
  value: number | null
  text: string
  /** Taken from the records, not typed. */
  fromRecords: boolean
  /** For items from the records: what the records give now (a submitted report keeps what it was sent with). */
  recordValue: number | null
}

export interface ReportStep {
  action: 'save' | 'submit' | 'return' | 'lock'
  byName: string
  at: string
  text: string
}

export interface UnitReport {
  /** null while the unit has not saved anything. */
  id: string | null
  campaignId: string
  unit: string
  status: ReportStatus
  /** 0 while there is no report yet. */
  version: number
  figures: ReportFigure[]
  submittedAt: string | null
  submittedByName: string | null
  /** Sent after the campaign's report deadline. */
  late: boolean
  returnComment: string
  steps: ReportStep[]
  /** The campaign's figures are locked: nothing can change. */
  locked: boolean
}

export interface ReportOverviewRow {
  unit: string
  status: ReportStatus
  submittedAt: string | null
  late: boolean
  returnComment: string
  updatedAt: string | null
}

export interface CampaignLink {
  id: string
  recordType: 'seizure' | 'destruction_batch'
  recordId: string
  /** 登记号 or 批次号. */
  number: string
  /** 当事人 of a seizure, 销毁地点 of a batch. */
  description: string
  unit: string
  /** Of a batch: 已销毁 or not yet; of a seizure: its status label. */
  state: string
  recordVoided: boolean
  linkedAt: string
  linkedByName: string
}

export interface Campaign extends CampaignFacts {
  id: string
  campaignNo: string
  status: 'open' | 'locked'
  lockedAt: string | null
  lockedByName: string | null
  tasks: CampaignTask[]
  items: FormItem[]
  reports: ReportOverviewRow[]
  links: CampaignLink[]
  /** The bureau's figure per item: the sum over submitted reports (text items joined by unit). */
  totals: ReportFigure[]
  createdAt: string
  createdByName: string
  updatedAt: string
  version: number
  voided: Voided | null
}

export interface CampaignRow {
  id: string
  campaignNo: string
  name: string
  kind: CampaignKind
  startDate: string
  endDate: string
  leadUnit: string
  status: 'open' | 'locked'
  units: number
  submitted: number
  reportDeadline: string | null
  voided: boolean
}

/** The campaign a seizure or batch is linked to. */
export interface CampaignRef {
  campaignId: string
  campaignNo: string
  name: string
  linkId: string
}

/** 工作台: tasks past their due date that name the signed-in person as 负责人 or 负责领导, and reports still due. */
export interface CampaignWorkbench {
  overdueTasks: { campaignId: string; campaignName: string; taskId: string; seq: number; work: string; dueDate: string; owner: string; leader: string }[]
  reportsDue: { campaignId: string; campaignName: string; reportDeadline: string; missing: string[] }[]
}
