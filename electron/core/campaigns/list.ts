import type { Kysely } from 'kysely'
import type { OpParsed } from '../../../shared/api'
import type { CampaignRef, CampaignRow, CampaignWorkbench } from '../../../shared/api/campaign-types'
import type { CampaignKind } from '../../../shared/domain/campaigns'
import type { Database } from '../db/schema'
import { columnContains as like, searchTerms } from '../seizures/search'
import { addDays } from '../../../shared/rules/working-days'

// The list of campaigns, the campaign a record is linked to, and the 工作台's campaign work.

type Db = Kysely<Database>

export async function listCampaigns(db: Db, f: OpParsed<'campaigns.list'>): Promise<CampaignRow[]> {
  let q = db
    .selectFrom('campaigns as c')
    .select((eb) => [
      'c.id', 'c.campaign_no', 'c.name', 'c.kind', 'c.start_date', 'c.end_date', 'c.lead_unit', 'c.status', 'c.report_deadline', 'c.voided_at',
      eb.selectFrom('campaign_units as u').select(eb.fn.countAll<number>().as('n')).whereRef('u.campaign_id', '=', 'c.id').as('units'),
      eb.selectFrom('campaign_reports as r').select(eb.fn.countAll<number>().as('n')).whereRef('r.campaign_id', '=', 'c.id').where('r.status', '=', 'submitted').as('submitted'),
    ])
  if (!f.includeVoided) q = q.where('c.voided_at', 'is', null)
  if (f.year !== null) q = q.where('c.campaign_year', '=', f.year)
  if (f.kind !== null) q = q.where('c.kind', '=', f.kind)
  for (const term of searchTerms(f.query)) q = q.where(({ or }) => or([like('c.name', term), like('c.campaign_no', term), like('c.theme', term), like('c.lead_unit', term)]))
  const rows = await q.orderBy('c.start_date', 'desc').orderBy('c.campaign_seq', 'desc').limit(500).execute()
  return rows.map((r) => ({
    id: r.id,
    campaignNo: r.campaign_no,
    name: r.name,
    kind: r.kind as CampaignKind,
    startDate: r.start_date,
    endDate: r.end_date,
    leadUnit: r.lead_unit,
    status: r.status as 'open' | 'locked',
    units: Number(r.units),
    submitted: Number(r.submitted),
    reportDeadline: r.report_deadline,
    voided: r.voided_at !== null,
  }))
}

export async function campaignForRecord(db: Db, recordType: 'seizure' | 'destruction_batch', recordId: string): Promise<CampaignRef | null> {
  const r = await db
    .selectFrom('campaign_links as k')
    .innerJoin('campaigns as c', 'c.id', 'k.campaign_id')
    .select(['c.id', 'c.campaign_no', 'c.name', 'k.id as link_id'])
    .where('k.record_type', '=', recordType)
    .where('k.record_id', '=', recordId)
    .where('k.voided_at', 'is', null)
    .executeTakeFirst()
  return r ? { campaignId: r.id, campaignNo: r.campaign_no, name: r.name, linkId: r.link_id } : null
}

/** Days before a report deadline from which the units still to report show on the 工作台. */
const DEADLINE_NOTICE_DAYS = 3

export async function campaignWorkbench(db: Db, userName: string, today: string): Promise<CampaignWorkbench> {
  const [tasks, due] = await Promise.all([
    db
      .selectFrom('campaign_tasks as t')
      .innerJoin('campaigns as c', 'c.id', 't.campaign_id')
      .select(['c.id as campaign_id', 'c.name', 't.id', 't.seq', 't.work', 't.due_date', 't.owner', 't.leader'])
      .where('t.status', '<>', 'done')
      .where('t.voided_at', 'is', null)
      .where('c.status', '=', 'open')
      .where('c.voided_at', 'is', null)
      .where('t.due_date', '<', today)
      .where((eb) => eb.or([eb('t.owner', '=', userName), eb('t.leader', '=', userName)]))
      .orderBy('t.due_date')
      .limit(50)
      .execute(),
    db
      .selectFrom('campaigns as c')
      .innerJoin('campaign_units as u', 'u.campaign_id', 'c.id')
      .leftJoin('campaign_reports as r', (j) => j.onRef('r.campaign_id', '=', 'c.id').onRef('r.unit', '=', 'u.unit'))
      .select(['c.id', 'c.name', 'c.report_deadline', 'u.unit'])
      .where('c.status', '=', 'open')
      .where('c.voided_at', 'is', null)
      .where('c.report_deadline', '<=', addDays(today, DEADLINE_NOTICE_DAYS))
      .where((eb) => eb.or([eb('r.status', 'is', null), eb('r.status', '<>', 'submitted')]))
      .orderBy('c.report_deadline')
      .orderBy('u.position')
      .execute(),
  ])
  const reportsDue = new Map<string, CampaignWorkbench['reportsDue'][number]>()
  for (const r of due) {
    let d = reportsDue.get(r.id)
    if (!d) reportsDue.set(r.id, (d = { campaignId: r.id, campaignName: r.name, reportDeadline: r.report_deadline ?? '', missing: [] }))
    d.missing.push(r.unit)
  }
  return {
    overdueTasks: tasks.map((t) => ({ campaignId: t.campaign_id, campaignName: t.name, taskId: t.id, seq: t.seq, work: t.work, dueDate: t.due_date ?? '', owner: t.owner, leader: t.leader })),
    reportsDue: [...reportsDue.values()],
  }
}
