import type { Generated } from 'kysely'

// The tables of 服务站 (migration 013), as Kysely sees them.

export interface StationTable {
  id: string
  station_no: string
  reg_year: number
  reg_seq: number
  name: string
  host_name: string
  host_credit_code: string
  host_code_unverified: number
  format: string
  address: string
  unit: string
  head: string
  phone: string
  staff_full: number
  staff_part: number
  conditions: string
  odr: number
  odr_since: string | null
  no_reason_returns: number
  returns_since: string | null
  set_up_on: string | null
  plaque_on: string | null
  notes: string
  status: Generated<string>
  rectify_reason: Generated<string>
  rectify_due: string | null
  revoked_on: string | null
  revoke_reason: Generated<string>
  search_text: string
  created_at: string
  created_by: string
  updated_at: string
  updated_by: string
  version: Generated<number>
  voided_at: string | null
  voided_by: string | null
  void_reason: string | null
}

export interface StationStatusChangeTable {
  id: string
  station_id: string
  from_status: string | null
  to_status: string
  on_date: string
  reason: string
  due_date: string | null
  at: string
  by: string
}

export interface StationReviewTable {
  id: string
  station_id: string
  year: number
  received: number
  handled: number
  mediated: number
  recovered_fen: number
  checked_on: string | null
  result: string
  reviewer: string
  notes: string
  created_at: string
  created_by: string
  updated_at: string
  updated_by: string
  version: Generated<number>
}

export interface StationSettingsTable {
  id: string
  units: string
  import_mapping: string
  review_month: Generated<number>
  updated_at: string | null
  updated_by: string | null
  version: Generated<number>
}

export interface StationAttachmentTable {
  id: string
  station_id: string
  file_name: string
  mime: string
  size_bytes: number
  sha256: string
  thumbnail: Uint8Array | null
  created_at: string
  created_by: string
  voided_at: string | null
  voided_by: string | null
  void_reason: string | null
}

export interface StationTables {
  station_attachments: StationAttachmentTable
  stations: StationTable
  station_status_changes: StationStatusChangeTable
  station_reviews: StationReviewTable
  station_settings: StationSettingsTable
}
