import type { Generated } from 'kysely'

// The tables of 处罚案件 (migration 010), as Kysely sees them.

export interface PenaltyCaseTable {
  id: string
  case_year: number
  case_seq: number
  case_no: string
  status: Generated<string>
  filing_date: string
  filing_no: Generated<string>
  procedure: string
  party_type: string
  party_name: string
  party_id_no: Generated<string>
  party_id_unverified: Generated<number>
  party_legal_rep: Generated<string>
  party_address: Generated<string>
  party_phone: Generated<string>
  field: string
  source: string
  facts: string
  evidence: Generated<string>
  provisions_violated: Generated<string>
  legal_basis: Generated<string>
  penalty_kinds: Generated<string>
  fine_fen: Generated<number>
  gains_fen: Generated<number>
  property_description: Generated<string>
  property_value_fen: Generated<number>
  police_unit: string | null
  police_date: string | null
  police_doc_no: string | null
  unit: string
  legal_reviewer: string | null
  legal_review_date: string | null
  collective_discussion_date: string | null
  restriction_end: string | null
  notes: Generated<string>
  decision_no: Generated<string>
  decision_date: string | null
  service_date: string | null
  paid_on: string | null
  paid_fen: number | null
  surcharge_paid_fen: number | null
  end_date: string | null
  end_reason: Generated<string>
  revoked_on: string | null
  revoke_reason: Generated<string>
  published_on: string | null
  publication_channel: string | null
  published_by: string | null
  withdrawn_on: string | null
  withdraw_reason: Generated<string>
  early_stop_on: string | null
  early_stop_conditions: Generated<string>
  decision_due: string | null
  /** Migration 015: the 90-day limit (with extensions and pauses) as it stood at the decision; kept after it. */
  decision_limit: Generated<string | null>
  publication_due: string | null
  withdrawal_due: string | null
  payment_due: string | null
  publicity_end: string | null
  next_due: string | null
  next_due_kind: string | null
  officer_names: Generated<string>
  search_text: Generated<string>
  created_at: string
  created_by: string
  updated_at: string
  updated_by: string
  version: Generated<number>
  voided_at: string | null
  voided_by: string | null
  void_reason: string | null
}

export interface CaseOfficerTable {
  case_id: string
  position: number
  name: string
  cert_no: string
}

export interface CaseSeizureTable {
  case_id: string
  seizure_id: string
}

export interface CaseExtensionTable {
  id: string
  case_id: string
  kind: string
  date: string
  approved_by: string
  reason: string
  days: number | null
  created_at: string
  created_by: string
}

export interface CasePauseTable {
  id: string
  case_id: string
  kind: string
  start_date: string
  end_date: string | null
  reason: string
  created_at: string
  created_by: string
  voided_at: string | null
  voided_by: string | null
  void_reason: string | null
}

export interface CaseSettingsTable {
  id: string
  lower_fine_person: number
  lower_fine_entity: number
  updated_at: string | null
  updated_by: string | null
  version: Generated<number>
}

export interface CaseTables {
  penalty_cases: PenaltyCaseTable
  case_officers: CaseOfficerTable
  case_seizures: CaseSeizureTable
  case_extensions: CaseExtensionTable
  case_pauses: CasePauseTable
  case_settings: CaseSettingsTable
}
