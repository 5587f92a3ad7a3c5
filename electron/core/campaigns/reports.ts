import type { Kysely } from 'kysely'
import type { ReportFigure, ReportStep, UnitReport } from '../../../shared/api/campaign-types'
import type { ReportStatus } from '../../../shared/domain/campaigns'
import type { Database } from '../db/schema'
import { AppError } from '../errors'
import { campaignRow, liveItems, toItem } from './repository'
import { figuresOfUnit, recordFigures } from './record-figures'
import type { CampaignTable } from './schema'

// One unit's report as the unit and the lead office read it: the typed figures, and the items from the records
// — live from the records until the report is submitted, then as they were sent (with today's records beside).

type Db = Kysely<Database>

export async function assertUnit(db: Db, campaign: Pick<CampaignTable, 'id' | 'name'>, unit: string): Promise<void> {
  const u = await db.selectFrom('campaign_units').select('unit').where('campaign_id', '=', campaign.id).where('unit', '=', unit).executeTakeFirst()
  if (!u) throw new AppError('VALIDATION', `“${unit}”不是专项行动“${campaign.name}”的参与单位`, { unit: '该单位不是本活动的参与单位' })
}

export const reportRow = (db: Db, campaignId: string, unit: string) =>
  db
    .selectFrom('campaign_reports as r')
    .leftJoin('users as s', 's.id', 'r.submitted_by')
    .selectAll('r')
    .select('s.name as submitted_by_name')
    .where('r.campaign_id', '=', campaignId)
    .where('r.unit', '=', unit)
    .executeTakeFirst()

/** The audit note of a report's step begins with its unit, so the steps of one unit can be told apart. */
export const reportNote = (unit: string, text = '') => `【${unit}】${text}`

const STEP_OF: Record<string, ReportStep['action']> = { 'campaigns.report.save': 'save', 'campaigns.report.submit': 'submit', 'campaigns.report.return': 'return', 'campaigns.lock': 'lock' }

async function steps(db: Db, campaignId: string, unit: string): Promise<ReportStep[]> {
  const rows = await db
    .selectFrom('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.user_id')
    .select(['a.operation', 'a.at', 'a.note', 'u.name as by_name'])
    .where('a.record_type', '=', 'campaign')
    .where('a.record_id', '=', campaignId)
    .where('a.operation', 'in', Object.keys(STEP_OF))
    .orderBy('a.seq')
    .execute()
  const prefix = reportNote(unit)
  return rows
    .filter((r) => r.operation === 'campaigns.lock' || (r.note ?? '').startsWith(prefix))
    .map((r) => ({ action: STEP_OF[r.operation] ?? 'save', byName: r.by_name ?? '', at: r.at, text: (r.note ?? '').slice(r.operation === 'campaigns.lock' ? 0 : prefix.length) }))
}

export async function getReport(db: Db, campaignId: string, unit: string): Promise<UnitReport> {
  const c = await campaignRow(db, campaignId)
  await assertUnit(db, c, unit)
  const [items, r, live] = await Promise.all([liveItems(db, campaignId), reportRow(db, campaignId, unit), recordFigures(db, c)])
  const stored = r ? await db.selectFrom('campaign_figures').selectAll().where('report_id', '=', r.id).execute() : []
  const byItem = new Map(stored.map((f) => [f.item_id, f]))
  const records = figuresOfUnit(live, unit)
  const status = (r?.status ?? 'none') as ReportStatus
  const figures: ReportFigure[] = items.map(toItem).map((item) => {
    const f = byItem.get(item.id)
    if (item.source !== null) {
      const now = records[item.source]
      return { itemId: item.id, value: status === 'submitted' && f ? f.value : now, text: '', fromRecords: true, recordValue: now }
    }
    return { itemId: item.id, value: item.kind === 'text' ? null : (f?.value ?? null), text: item.kind === 'text' ? (f?.text ?? '') : '', fromRecords: false, recordValue: null }
  })
  return {
    id: r?.id ?? null,
    campaignId,
    unit,
    status,
    version: r?.version ?? 0,
    figures,
    submittedAt: status === 'submitted' ? (r?.submitted_at ?? null) : null,
    submittedByName: status === 'submitted' ? (r?.submitted_by_name ?? null) : null,
    late: status === 'submitted' && r?.late === 1,
    returnComment: r?.return_comment ?? '',
    steps: await steps(db, campaignId, unit),
    locked: c.status === 'locked',
  }
}
