import type { Generated } from 'kysely'

// The tables of 典型案例 (migration 011), as Kysely sees them.

export interface TypicalCollectionTable {
  id: string
  year: number
  name: string
  intro: Generated<string>
  status: Generated<string>
  published_on: string | null
  channel: string | null
  withdrawn_on: string | null
  withdraw_reason: Generated<string>
  created_at: string
  created_by: string
  updated_at: string
  updated_by: string
  version: Generated<number>
  voided_at: string | null
  voided_by: string | null
  void_reason: string | null
}

export interface TypicalEntryTable {
  id: string
  collection_id: string
  case_id: string
  position: number
  status: Generated<string>
  current_version: Generated<number>
  final_version: number | null
  created_at: string
  created_by: string
  updated_at: string
  updated_by: string
  version: Generated<number>
  voided_at: string | null
  voided_by: string | null
  void_reason: string | null
}

export interface TypicalVersionTable {
  entry_id: string
  version_no: number
  title: string
  party: string
  summary: string
  result: string
  significance: string
  legal_basis: string
  tags: Generated<string>
  confirmed: Generated<string>
  /** Migration 012: third persons' names, JSON. */
  persons: Generated<string>
  saved_at: string
  saved_by: string
}

export interface TypicalReviewTable {
  id: string
  entry_id: string
  action: string
  version_no: number
  comment: Generated<string>
  at: string
  by: string
}

export interface TypicalSettingsTable {
  id: string
  mask_own_name: number
  updated_at: string | null
  updated_by: string | null
  version: Generated<number>
}

export interface TypicalCaseTables {
  typical_collections: TypicalCollectionTable
  typical_entries: TypicalEntryTable
  typical_versions: TypicalVersionTable
  typical_reviews: TypicalReviewTable
  typical_settings: TypicalSettingsTable
}
