import type { Generated } from 'kysely'

// The tables of 专项行动 (migration 016), as Kysely sees them.

interface Voidable {
  voided_at: string | null
  voided_by: string | null
  void_reason: string | null
}

interface Stamped {
  created_at: string
  created_by: string
  updated_at: string
  updated_by: string
  version: number
}

export interface CampaignTable extends Voidable, Stamped {
  id: string
  campaign_year: number
  campaign_seq: number
  campaign_no: string
  name: string
  kind: string
  theme: string
  start_date: string
  end_date: string
  lead_unit: string
  report_deadline: string | null
  notes: string
  status: Generated<string>
  locked_at: string | null
  locked_by: string | null
}

export interface CampaignUnitTable {
  campaign_id: string
  position: number
  unit: string
}

export interface CampaignTaskTable extends Voidable, Stamped {
  id: string
  campaign_id: string
  seq: number
  work: string
  lead_office: string
  partners: string
  owner: string
  leader: string
  due_date: string | null
  status: Generated<string>
  completion_note: Generated<string>
}

export interface CampaignTaskPhotoTable extends Voidable {
  id: string
  task_id: string
  file_name: string
  mime: string
  size_bytes: number
  sha256: string
  thumbnail: Buffer | null
  taken_at: string
  place: string
  caption: string
  created_at: string
  created_by: string
}

export interface CampaignItemTable {
  id: string
  campaign_id: string
  position: number
  key: string
  name: string
  unit_word: string
  group_name: string
  note: string
  kind: string
  source: string | null
  retired_at: string | null
  created_at: string
  created_by: string
}

export interface CampaignReportTable extends Stamped {
  id: string
  campaign_id: string
  unit: string
  status: Generated<string>
  submitted_at: string | null
  submitted_by: string | null
  late: Generated<number>
  return_comment: Generated<string>
  returned_at: string | null
  returned_by: string | null
}

export interface CampaignFigureTable {
  report_id: string
  item_id: string
  value: number | null
  text: string
  from_records: number
}

export interface CampaignLinkTable extends Voidable {
  id: string
  campaign_id: string
  record_type: 'seizure' | 'destruction_batch'
  record_id: string
  created_at: string
  created_by: string
}

export interface CampaignTables {
  campaigns: CampaignTable
  campaign_units: CampaignUnitTable
  campaign_tasks: CampaignTaskTable
  campaign_task_photos: CampaignTaskPhotoTable
  campaign_items: CampaignItemTable
  campaign_reports: CampaignReportTable
  campaign_figures: CampaignFigureTable
  campaign_links: CampaignLinkTable
}
