import type { Generated } from 'kysely'

// The tables of 销毁管理 (migration 008), as Kysely sees them.

interface Voidable {
  voided_at: string | null
  voided_by: string | null
  void_reason: string | null
}

export interface NumberCounterTable {
  kind: string
  year: number
  last_no: number
}

export interface DestructionBatchTable extends Voidable {
  id: string
  batch_year: number
  batch_seq: number
  batch_no: string
  status: Generated<string>
  planned_date: string
  place: string
  method: string
  contractor: string
  media: string
  environment_note: string
  campaign: string
  contact: string
  notes: string
  request: Generated<string>
  submitted_at: string | null
  submitted_by: string | null
  return_reason: Generated<string>
  approval_opinion: string | null
  approval_date: string | null
  approved_at: string | null
  approved_by: string | null
  actual_date: string | null
  execution_note: Generated<string>
  executed_at: string | null
  executed_by: string | null
  line_count: Generated<number>
  weight_g: Generated<number>
  value_fen: Generated<number>
  created_at: string
  created_by: string
  updated_at: string
  updated_by: string
  version: number
}

export interface DestructionPersonTable {
  batch_id: string
  role: 'officer' | 'supervisor' | 'witness'
  position: number
  name: string
  cert_no: string
  unit: string
  capacity: string
}

export interface DestructionLineTable {
  id: string
  batch_id: string
  item_id: string
  seizure_id: string
  position: number
  planned_milli: number
  destroyed_milli: number | null
  destroyed_weight_g: number | null
  short_reason: string
  held_milli: number
  created_at: string
  created_by: string
}

export interface DestructionCorrectionTable {
  id: string
  batch_id: string
  line_id: string | null
  field: string
  old_value: string
  new_value: string
  reason: string
  created_at: string
  created_by: string
}

export interface DestructionAttachmentTable extends Voidable {
  id: string
  batch_id: string
  file_name: string
  mime: string
  size_bytes: number
  sha256: string
  thumbnail: Buffer | null
  created_at: string
  created_by: string
}

export interface DestructionTables {
  number_counters: NumberCounterTable
  destruction_batches: DestructionBatchTable
  destruction_people: DestructionPersonTable
  destruction_lines: DestructionLineTable
  destruction_corrections: DestructionCorrectionTable
  destruction_attachments: DestructionAttachmentTable
}
