import type { Transaction } from 'kysely'
import type { OpParsed } from '../../../shared/api'
import { builtInForm } from '../../../shared/domain/campaigns'
import type { Database } from '../db/schema'
import type { HandlerMap } from '../handler'
import { actor } from '../handler'
import { newId } from '../db/ids'
import { nextNumber } from '../db/counters'
import { AppError } from '../errors'
import { changedFields, createdFields } from '../audit/write'
import { todayOf } from '../clock'
import { voidCampaignLinks } from './link-handlers'
import { getCampaign, openCampaign } from './repository'

// A campaign's facts and units, voiding, and locking its figures once every unit has reported.

type Ops = 'campaigns.get' | 'campaigns.create' | 'campaigns.update' | 'campaigns.void' | 'campaigns.lock'
type Facts = OpParsed<'campaigns.create'>
type Trx = Transaction<Database>

export const formatCampaignNo = (year: number, seq: number) => `${year}-ZX-${String(seq).padStart(2, '0')}`

const columns = (f: Facts) => ({ name: f.name, kind: f.kind, theme: f.theme, start_date: f.startDate, end_date: f.endDate, lead_unit: f.leadUnit, report_deadline: f.reportDeadline, notes: f.notes })

const auditFacts = (f: Facts): Record<string, unknown> => ({ name: f.name, kind: f.kind, theme: f.theme, startDate: f.startDate, endDate: f.endDate, leadUnit: f.leadUnit, units: f.units.join('、'), reportDeadline: f.reportDeadline, notes: f.notes })

// In place: a unit's report refers to its row, so a kept unit is renumbered, never deleted and re-added.
async function writeUnits(trx: Trx, campaignId: string, units: readonly string[]): Promise<void> {
  const had = new Set((await trx.selectFrom('campaign_units').select('unit').where('campaign_id', '=', campaignId).execute()).map((u) => u.unit))
  const dropped = [...had].filter((u) => !units.includes(u))
  if (dropped.length > 0) await trx.deleteFrom('campaign_units').where('campaign_id', '=', campaignId).where('unit', 'in', dropped).execute()
  for (const [i, unit] of units.entries()) {
    if (had.has(unit)) await trx.updateTable('campaign_units').set({ position: i + 1 }).where('campaign_id', '=', campaignId).where('unit', '=', unit).execute()
    else await trx.insertInto('campaign_units').values({ campaign_id: campaignId, position: i + 1, unit }).execute()
  }
}

export const campaignHandlers: HandlerMap<Ops> = {
  'campaigns.get': ({ id }, { trx }) => getCampaign(trx, id),

  'campaigns.create': async (f, ctx) => {
    const by = actor(ctx).id
    const year = Number(f.startDate.slice(0, 4))
    const seq = await nextNumber(ctx.trx, 'campaign', year)
    const id = newId()
    const campaignNo = formatCampaignNo(year, seq)
    await ctx.trx
      .insertInto('campaigns')
      .values({ id, campaign_year: year, campaign_seq: seq, campaign_no: campaignNo, ...columns(f), locked_at: null, locked_by: null, created_at: ctx.at, created_by: by, updated_at: ctx.at, updated_by: by, version: 1, voided_at: null, voided_by: null, void_reason: null })
      .execute()
    await writeUnits(ctx.trx, id, f.units)
    const form = builtInForm(f.kind)
    await ctx.trx
      .insertInto('campaign_items')
      .values(form.map((i, n) => ({ id: newId(), campaign_id: id, position: n + 1, key: i.key, name: i.name, unit_word: i.unitWord, group_name: i.group, note: i.note, kind: i.kind, source: i.source, retired_at: null, created_at: ctx.at, created_by: by })))
      .execute()
    await ctx.audit({ action: 'create', recordType: 'campaign', recordId: id, changes: createdFields({ campaignNo, ...auditFacts(f), items: `${form.length}项（内置${f.kind === 'consumer_day' ? '3·15活动' : '专项执法'}统计表）` }) })
    return getCampaign(ctx.trx, id)
  },

  'campaigns.update': async ({ id, version, facts }, ctx) => {
    const by = actor(ctx).id
    const c = await openCampaign(ctx.trx, id, '修改', version)
    const before = await getCampaign(ctx.trx, id)
    // A unit that has saved a report stays: its figures belong to it.
    const reported = before.reports.filter((r) => r.status !== 'none' && !facts.units.includes(r.unit)).map((r) => r.unit)
    if (reported.length > 0) throw new AppError('VALIDATION', `${reported.join('、')}已填报，不能移出参与单位`, { units: `${reported.join('、')}已填报，不能移出参与单位` })
    if (facts.kind !== c.kind) throw new AppError('VALIDATION', '活动类型决定统计表，建立后不能修改；如需改变请作废后重新建立', { kind: '活动类型建立后不能修改' })
    await ctx.trx.updateTable('campaigns').set({ ...columns(facts), version: version + 1, updated_at: ctx.at, updated_by: by }).where('id', '=', id).where('version', '=', version).execute()
    await writeUnits(ctx.trx, id, facts.units)
    const changes = changedFields(auditFacts({ ...before, units: before.units }), auditFacts(facts))
    if (Object.keys(changes).length > 0) await ctx.audit({ action: 'update', recordType: 'campaign', recordId: id, changes })
    return getCampaign(ctx.trx, id)
  },

  'campaigns.void': async ({ id, version, reason }, ctx) => {
    const by = actor(ctx).id
    await openCampaign(ctx.trx, id, '作废', version)
    await ctx.trx.updateTable('campaigns').set({ voided_at: ctx.at, voided_by: by, void_reason: reason, version: version + 1, updated_at: ctx.at, updated_by: by }).where('id', '=', id).execute()
    await ctx.audit({ action: 'void', recordType: 'campaign', recordId: id, note: reason })
    // Its records are free to join another campaign; each record's history says why the link ended.
    await voidCampaignLinks(ctx, id, `专项行动已作废：${reason}`)
    return getCampaign(ctx.trx, id)
  },

  'campaigns.lock': async ({ id, version }, ctx) => {
    const by = actor(ctx).id
    const c = await openCampaign(ctx.trx, id, '锁定', version)
    const missing = (await getCampaign(ctx.trx, id)).reports.filter((r) => r.status !== 'submitted').map((r) => r.unit)
    if (missing.length > 0) throw new AppError('STATE', `以下单位尚未报送，不能锁定：${missing.join('、')}`)
    await ctx.trx.updateTable('campaigns').set({ status: 'locked', locked_at: ctx.at, locked_by: by, version: version + 1, updated_at: ctx.at, updated_by: by }).where('id', '=', id).execute()
    await ctx.audit({ action: 'lock_figures', recordType: 'campaign', recordId: id, changes: { status: ['进行中', '已锁定'] }, note: `${c.name}：各单位统计数字已锁定（${todayOf(ctx)}）` })
    return getCampaign(ctx.trx, id)
  },
}
