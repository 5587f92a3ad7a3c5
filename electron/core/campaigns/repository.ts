import type { Kysely, Selectable } from 'kysely'
import type { Campaign, CampaignLink, CampaignTask, FormItem, ReportFigure, ReportOverviewRow } from '../../../shared/api/campaign-types'
import type { CampaignKind, FigureSource, ItemKind, ReportStatus, TaskStatus } from '../../../shared/domain/campaigns'
import type { Database } from '../db/schema'
import type { CampaignItemTable, CampaignTaskTable } from './schema'
import { AppError } from '../errors'
import { voidedOf } from '../db/voided'

// Reads one campaign whole: its units and their reports, tasks, form items, linked records and the bureau's
// figures (the sum over submitted reports).

type Db = Kysely<Database>

export const toItem = (r: Pick<CampaignItemTable, 'id' | 'key' | 'name' | 'unit_word' | 'group_name' | 'note' | 'kind' | 'source' | 'position'>): FormItem => ({
  id: r.id,
  key: r.key,
  name: r.name,
  unitWord: r.unit_word,
  group: r.group_name,
  note: r.note,
  kind: r.kind as ItemKind,
  source: r.source as FigureSource | null,
  position: r.position,
})

/** The live items of a campaign's form, in order. */
export const liveItems = (db: Db, campaignId: string) =>
  db.selectFrom('campaign_items').selectAll().where('campaign_id', '=', campaignId).where('retired_at', 'is', null).orderBy('position').execute()

export function taskWarnings(t: Pick<CampaignTaskTable, 'due_date'>, c: { start_date: string; end_date: string }): string[] {
  if (t.due_date === null) return []
  if (t.due_date < c.start_date || t.due_date > c.end_date) return [`完成时限（${t.due_date}）不在活动期间（${c.start_date} 至 ${c.end_date}）内`]
  return []
}

export type TaskRow = Selectable<CampaignTaskTable> & { voided_by_name: string | null; photos: number | null }

export const toTask = (t: TaskRow, c: { start_date: string; end_date: string }): CampaignTask => ({
  id: t.id,
  seq: t.seq,
  work: t.work,
  leadOffice: t.lead_office,
  partners: t.partners,
  owner: t.owner,
  leader: t.leader,
  dueDate: t.due_date,
  status: t.status as TaskStatus,
  completionNote: t.completion_note,
  warnings: taskWarnings(t, c),
  photos: Number(t.photos),
  updatedAt: t.updated_at,
  version: t.version,
  voided: voidedOf(t),
})

export function taskRows(db: Db) {
  return db
    .selectFrom('campaign_tasks as t')
    .leftJoin('users as v', 'v.id', 't.voided_by')
    .selectAll('t')
    .select((eb) => [
      'v.name as voided_by_name',
      eb.selectFrom('campaign_task_photos as p').select(eb.fn.countAll<number>().as('n')).whereRef('p.task_id', '=', 't.id').where('p.voided_at', 'is', null).as('photos'),
    ])
}

export async function campaignRow(db: Db, id: string) {
  const c = await db.selectFrom('campaigns').selectAll().where('id', '=', id).executeTakeFirst()
  if (!c) throw new AppError('NOT_FOUND', '没有这个专项行动')
  return c
}

/** The bureau's figures: counts, money and weight added over the submitted reports; texts joined by unit. */
export async function bureauTotals(db: Db, campaignId: string, items: readonly FormItem[]): Promise<ReportFigure[]> {
  const rows = await db
    .selectFrom('campaign_figures as f')
    .innerJoin('campaign_reports as r', 'r.id', 'f.report_id')
    .innerJoin('campaign_units as u', (j) => j.onRef('u.campaign_id', '=', 'r.campaign_id').onRef('u.unit', '=', 'r.unit'))
    .select(['f.item_id', 'f.value', 'f.text', 'r.unit', 'u.position'])
    .where('r.campaign_id', '=', campaignId)
    .where('r.status', '=', 'submitted')
    .orderBy('u.position')
    .execute()
  return items.map((item) => {
    const of = rows.filter((r) => r.item_id === item.id)
    return {
      itemId: item.id,
      value: item.kind === 'text' ? null : of.reduce((a, r) => a + (r.value ?? 0), 0),
      text: item.kind === 'text' ? of.filter((r) => r.text.trim() !== '').map((r) => `${r.unit}：${r.text.trim()}`).join('\n') : '',
      fromRecords: item.source !== null,
      recordValue: null,
    }
  })
}

async function reportOverview(db: Db, campaignId: string): Promise<ReportOverviewRow[]> {
  const rows = await db
    .selectFrom('campaign_units as u')
    .leftJoin('campaign_reports as r', (j) => j.onRef('r.campaign_id', '=', 'u.campaign_id').onRef('r.unit', '=', 'u.unit'))
    .select(['u.unit', 'r.status', 'r.submitted_at', 'r.late', 'r.return_comment', 'r.updated_at'])
    .where('u.campaign_id', '=', campaignId)
    .orderBy('u.position')
    .execute()
  return rows.map((r) => ({
    unit: r.unit,
    status: (r.status ?? 'none') as ReportStatus,
    submittedAt: r.status === 'submitted' ? r.submitted_at : null,
    late: r.status === 'submitted' && r.late === 1,
    returnComment: r.status === 'returned' ? (r.return_comment ?? '') : '',
    updatedAt: r.updated_at,
  }))
}

async function links(db: Db, campaignId: string): Promise<CampaignLink[]> {
  const base = db
    .selectFrom('campaign_links as k')
    .innerJoin('users as u', 'u.id', 'k.created_by')
    .where('k.campaign_id', '=', campaignId)
    .where('k.voided_at', 'is', null)
  const [seizures, batches] = await Promise.all([
    base
      .innerJoin('seizures as s', 's.id', 'k.record_id')
      .select(['k.id', 'k.record_id', 'k.created_at', 'u.name as by_name', 's.register_no as number', 's.party_name as description', 's.unit', 's.held_milli', 's.voided_at'])
      .where('k.record_type', '=', 'seizure')
      .orderBy('s.register_year')
      .orderBy('s.register_seq')
      .execute(),
    base
      .innerJoin('destruction_batches as b', 'b.id', 'k.record_id')
      .select(['k.id', 'k.record_id', 'k.created_at', 'u.name as by_name', 'b.batch_no as number', 'b.place as description', 'b.status', 'b.voided_at'])
      .where('k.record_type', '=', 'destruction_batch')
      .orderBy('b.batch_year')
      .orderBy('b.batch_seq')
      .execute(),
  ])
  const BATCH_STATE: Record<string, string> = { draft: '草稿', submitted: '待审批', approved: '已批准', executed: '已销毁' }
  return [
    ...seizures.map((s) => ({ id: s.id, recordType: 'seizure' as const, recordId: s.record_id, number: s.number, description: s.description, unit: s.unit, state: s.voided_at ? '已作废' : s.held_milli > 0 ? '在扣' : '已处置', recordVoided: s.voided_at !== null, linkedAt: s.created_at, linkedByName: s.by_name })),
    ...batches.map((b) => ({ id: b.id, recordType: 'destruction_batch' as const, recordId: b.record_id, number: b.number, description: b.description, unit: '', state: b.voided_at ? '已作废' : (BATCH_STATE[b.status] ?? b.status), recordVoided: b.voided_at !== null, linkedAt: b.created_at, linkedByName: b.by_name })),
  ]
}

export async function getCampaign(db: Db, id: string): Promise<Campaign> {
  const c = await db
    .selectFrom('campaigns as c')
    .innerJoin('users as u', 'u.id', 'c.created_by')
    .leftJoin('users as v', 'v.id', 'c.voided_by')
    .leftJoin('users as l', 'l.id', 'c.locked_by')
    .selectAll('c')
    .select(['u.name as created_by_name', 'v.name as voided_by_name', 'l.name as locked_by_name'])
    .where('c.id', '=', id)
    .executeTakeFirst()
  if (!c) throw new AppError('NOT_FOUND', '没有这个专项行动')
  const [units, tasks, itemRows, reports, linked] = await Promise.all([
    db.selectFrom('campaign_units').select('unit').where('campaign_id', '=', id).orderBy('position').execute(),
    taskRows(db).where('t.campaign_id', '=', id).orderBy('t.seq').execute(),
    liveItems(db, id),
    reportOverview(db, id),
    links(db, id),
  ])
  const items = itemRows.map(toItem)
  return {
    id: c.id,
    campaignNo: c.campaign_no,
    name: c.name,
    kind: c.kind as CampaignKind,
    theme: c.theme,
    startDate: c.start_date,
    endDate: c.end_date,
    leadUnit: c.lead_unit,
    units: units.map((u) => u.unit),
    reportDeadline: c.report_deadline,
    notes: c.notes,
    status: c.status as 'open' | 'locked',
    lockedAt: c.locked_at,
    lockedByName: c.locked_by_name,
    tasks: tasks.map((t) => toTask(t, c)),
    items,
    reports,
    links: linked,
    totals: await bureauTotals(db, id, items),
    createdAt: c.created_at,
    createdByName: c.created_by_name,
    updatedAt: c.updated_at,
    version: c.version,
    voided: voidedOf(c),
  }
}

/** A campaign the caller may change: exists, not voided, not locked, and (when given) the version they read. */
export async function openCampaign(db: Db, id: string, doing: string, version?: number) {
  const c = await campaignRow(db, id)
  if (c.voided_at !== null) throw new AppError('STATE', `专项行动“${c.name}”已作废，不能${doing}`)
  if (version !== undefined && c.version !== version) throw new AppError('CONFLICT', `专项行动“${c.name}”已被他人修改，请刷新后重试`)
  if (c.status === 'locked') throw new AppError('STATE', `专项行动“${c.name}”的统计数字已锁定，不能${doing}`)
  return c
}
