import type { StationTables } from '../stations/schema'
import type { DestructionTables } from '../destruction/schema'
import type { HolidayTables } from '../holidays/schema'
import type { CaseTables } from '../cases/schema'
import type { TypicalCaseTables } from '../typical-cases/schema'
import type { CampaignTables } from '../campaigns/schema'
import type { Generated } from 'kysely'

// Kysely's view of the tables. Keep in step with the migrations.

export interface AgencyProfileTable {
  id: string
  singleton: Generated<number>
  full_name: string
  short_name: string
  address: string
  phone: string
  postcode: string
  created_at: string
  created_by: string | null
  updated_at: string
  updated_by: string | null
  version: number
}

export interface UserTable {
  id: string
  login: string
  name: string
  password_hash: string
  active: number
  created_at: string
  created_by: string | null
  updated_at: string
  updated_by: string | null
  version: number
  voided_at: string | null
  voided_by: string | null
  void_reason: string | null
  must_change_password: Generated<number>
  failed_logins: Generated<number>
  locked_until: string | null
  last_login_at: string | null
}

export interface UserRoleTable {
  user_id: string
  role: string
}

/** Append-only hash chain (audit/chain.ts); triggers refuse UPDATE and DELETE. */
export interface AuditLogTable {
  seq: number
  at: string
  user_id: string | null
  operation: string
  action: string
  record_type: string
  record_id: string | null
  /** JSON: { field: [old, new] } (old is null for a new record). */
  changes: string
  note: string | null
  prev_hash: string
  hash: string
}

export interface SecuritySettingsTable {
  id: string
  singleton: Generated<number>
  idle_minutes: number
  lockout_attempts: number
  lockout_minutes: number
  updated_at: string
  updated_by: string | null
  version: number
}

export interface SchemaMigrationTable {
  version: number
  name: string
  applied_at: string
}

export interface DocumentTemplateTable {
  id: string
  kind: string
  version_no: number
  title: string
  body: string
  docx: Buffer | null
  docx_name: string | null
  restored_from: number | null
  created_at: string
  created_by: string
}

export interface DocumentArchiveTable {
  id: string
  kind: string
  title: string
  file_name: string
  template_version: number
  /** JSON array of the ids of the records the document was made from. */
  record_ids: string
  /** JSON object of the values the user entered. */
  inputs: string
  sha256: string
  size_bytes: number
  content: Buffer
  created_at: string
  created_by: string
  voided_at: string | null
  voided_by: string | null
  void_reason: string | null
  /** What the document is about, for telling archived documents apart: 文号, 登记号, 当事人 ('' when none). */
  document_no: string
  register_no: string
  party_name: string
}

export interface DocumentFontsTable {
  id: string
  singleton: Generated<number>
  title: string
  body: string
  heading1: string
  heading2: string
  page_number: string
  latin: string
  updated_at: string
  updated_by: string
  version: number
}

interface Voidable {
  voided_at: string | null
  voided_by: string | null
  void_reason: string | null
}

export interface StorageLocationTable extends Voidable {
  id: string
  parent_id: string | null
  level: number
  name: string
  created_at: string
  created_by: string
  updated_at: string
  updated_by: string
  version: number
}

export interface SeizureCounterTable {
  year: number
  last_no: number
}

export interface SeizureTable extends Voidable {
  id: string
  register_year: number
  register_seq: number
  register_no: string
  kind: string
  decision_no: string
  decision_date: string
  place: string
  source: string
  source_note: string
  unit: string
  party_type: string
  party_name: string
  party_id_no: string
  party_id_unverified: number
  party_legal_rep: string
  party_address: string
  party_phone: string
  notes: string
  extension_days: number | null
  extension_reason: string | null
  extension_notice_date: string | null
  extension_by: string | null
  extension_at: string | null
  /** Cached from the facts by seizures/derived.ts in the same transaction (see migration 004). */
  term_end: string | null
  held_milli: Generated<number>
  disposed_milli: Generated<number>
  value_fen: Generated<number>
  /** Cached by seizures/derived.ts (migration 007): the party's pinyin sort key, officers' names, line categories. */
  party_sort: Generated<string>
  officer_names: Generated<string>
  category_bits: Generated<number>
  created_at: string
  created_by: string
  updated_at: string
  updated_by: string
  version: number
}

export interface SeizureOfficerTable {
  seizure_id: string
  position: number
  name: string
  cert_no: string
}

export interface SeizureItemTable {
  id: string
  seizure_id: string
  line_no: number
  name: string
  brand: string
  spec: string
  category: string
  qty_milli: number
  unit: string
  weight_g: number | null
  value_fen: number | null
  storage_location_id: string | null
  note: string
  created_at: string
  created_by: string
  updated_at: string
  updated_by: string
  voided_at: string | null
  voided_by: string | null
  /** Kept by triggers (migration 008): live 没收 quantity, and what live destruction batches hold of it. */
  confiscated_milli: Generated<number>
  batch_milli: Generated<number>
}

export interface SeizureOutcomeTable extends Voidable {
  id: string
  seizure_id: string
  item_id: string
  kind: string
  qty_milli: number
  date: string
  doc_no: string
  receiving_unit: string
  note: string
  created_at: string
  created_by: string
}

export interface SeizurePauseTable extends Voidable {
  id: string
  seizure_id: string
  kind: string
  start_date: string
  end_date: string | null
  note: string
  created_at: string
  created_by: string
}

export interface AttachmentTable extends Voidable {
  id: string
  seizure_id: string
  item_id: string | null
  file_name: string
  mime: string
  size_bytes: number
  sha256: string
  thumbnail: Buffer | null
  created_at: string
  created_by: string
}

export interface SeizureSearchTextTable {
  id: Generated<number>
  seizure_id: string
  body: string
}

export interface BackupSettingsTable {
  id: string
  singleton: Generated<number>
  second_folder: string
  keep_daily: number
  keep_monthly: number
  updated_at: string
  updated_by: string | null
  version: number
  /** Migration 014: the last 校验全部备份, and how many copies it found wrong. */
  verified_at: Generated<string | null>
  verify_problems: Generated<number>
}

/** A record row's seal (audit/seals.ts): an HMAC of its content under the office's key. */
export interface RecordSealTable {
  tbl: string
  row_id: number
  mac: Buffer
}

/** The audit chain's newest entry, signed (one row). */
export interface AuditSealTable {
  id: number
  seq: number
  hash: string
  mac: string
}

export interface Database extends DestructionTables, HolidayTables, CaseTables, TypicalCaseTables, StationTables, CampaignTables {
  agency_profile: AgencyProfileTable
  users: UserTable
  user_roles: UserRoleTable
  audit_log: AuditLogTable
  record_seals: RecordSealTable
  audit_seal: AuditSealTable
  schema_migrations: SchemaMigrationTable
  document_templates: DocumentTemplateTable
  document_archive: DocumentArchiveTable
  document_fonts: DocumentFontsTable
  security_settings: SecuritySettingsTable
  storage_locations: StorageLocationTable
  seizure_counters: SeizureCounterTable
  seizures: SeizureTable
  seizure_officers: SeizureOfficerTable
  seizure_items: SeizureItemTable
  seizure_outcomes: SeizureOutcomeTable
  seizure_pauses: SeizurePauseTable
  attachments: AttachmentTable
  seizure_search_text: SeizureSearchTextTable
  backup_settings: BackupSettingsTable
}
