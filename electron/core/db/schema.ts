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

export interface Database {
  agency_profile: AgencyProfileTable
  users: UserTable
  user_roles: UserRoleTable
  audit_log: AuditLogTable
  schema_migrations: SchemaMigrationTable
  document_templates: DocumentTemplateTable
  document_archive: DocumentArchiveTable
  document_fonts: DocumentFontsTable
  security_settings: SecuritySettingsTable
}
