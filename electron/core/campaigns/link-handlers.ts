import type { HandlerContext, HandlerMap } from '../handler'
import { actor } from '../handler'
import { newId } from '../db/ids'
import { AppError } from '../errors'
import { SEIZURE_SOURCES, type SeizureSource } from '../../../shared/domain/seizures'
import { getCampaign, openCampaign } from './repository'

// Seizures (source 专项行动) and destruction batches linked to a campaign, one campaign per record; the link
// is written to both records' histories, and a removed link stays on record with its reason.

type Ops = 'campaigns.links.add' | 'campaigns.links.remove'

const TYPE_TEXT = { seizure: '查扣记录', destruction_batch: '销毁批次' } as const

async function findRecord(db: Parameters<typeof openCampaign>[0], type: 'seizure' | 'destruction_batch', number: string) {
  if (type === 'seizure') {
    const s = await db.selectFrom('seizures').select(['id', 'register_no as no', 'voided_at', 'source']).where('register_no', '=', number).executeTakeFirst()
    if (!s) throw new AppError('VALIDATION', `没有登记号为 ${number} 的查扣记录`, { number: `没有登记号为 ${number} 的查扣记录` })
    if (s.source !== 'campaign') {
      const msg = `查扣记录 ${number} 的案件来源为“${SEIZURE_SOURCES[s.source as SeizureSource] ?? s.source}”，只有来源为“专项行动”的查扣记录可以关联`
      throw new AppError('VALIDATION', msg, { number: msg })
    }
    return s
  }
  const b = await db.selectFrom('destruction_batches').select(['id', 'batch_no as no', 'voided_at']).where('batch_no', '=', number).executeTakeFirst()
  if (!b) throw new AppError('VALIDATION', `没有批次号为 ${number} 的销毁批次`, { number: `没有批次号为 ${number} 的销毁批次` })
  return b
}

export const linkHandlers: HandlerMap<Ops> = {
  'campaigns.links.add': async ({ campaignId, recordType, number }, ctx) => {
    const c = await openCampaign(ctx.trx, campaignId, '关联记录')
    const r = await findRecord(ctx.trx, recordType, number)
    if (r.voided_at !== null) throw new AppError('STATE', `${TYPE_TEXT[recordType]} ${number} 已作废，不能关联`)
    const other = await ctx.trx
      .selectFrom('campaign_links as k')
      .innerJoin('campaigns as c', 'c.id', 'k.campaign_id')
      .select(['c.id', 'c.name'])
      .where('k.record_type', '=', recordType)
      .where('k.record_id', '=', r.id)
      .where('k.voided_at', 'is', null)
      .executeTakeFirst()
    if (other) throw new AppError('STATE', other.id === campaignId ? `${TYPE_TEXT[recordType]} ${number} 已关联本活动` : `${TYPE_TEXT[recordType]} ${number} 已关联专项行动“${other.name}”，请先在该活动中取消关联`)
    await ctx.trx.insertInto('campaign_links').values({ id: newId(), campaign_id: campaignId, record_type: recordType, record_id: r.id, created_at: ctx.at, created_by: actor(ctx).id, voided_at: null, voided_by: null, void_reason: null }).execute()
    await ctx.audit([
      { action: 'link', recordType: 'campaign', recordId: campaignId, changes: { link: [null, `${TYPE_TEXT[recordType]} ${r.no}`] } },
      { action: 'link', recordType, recordId: r.id, changes: { campaign: [null, `${c.name}（${c.campaign_no}）`] } },
    ])
    return getCampaign(ctx.trx, campaignId)
  },

  'campaigns.links.remove': async ({ campaignId, linkId, reason }, ctx) => {
    const c = await openCampaign(ctx.trx, campaignId, '取消关联')
    const k = await ctx.trx.selectFrom('campaign_links').selectAll().where('id', '=', linkId).where('campaign_id', '=', campaignId).executeTakeFirst()
    if (!k) throw new AppError('NOT_FOUND', '没有这个关联')
    if (k.voided_at !== null) throw new AppError('STATE', '该关联已取消')
    await endLink(ctx, { id: campaignId, name: c.name, campaign_no: c.campaign_no }, k, reason)
    return getCampaign(ctx.trx, campaignId)
  },
}

type Link = { id: string; record_type: 'seizure' | 'destruction_batch'; record_id: string }

async function endLink(ctx: HandlerContext, c: { id: string; name: string; campaign_no: string }, k: Link, reason: string): Promise<void> {
  const no =
    k.record_type === 'seizure'
      ? (await ctx.trx.selectFrom('seizures').select('register_no as no').where('id', '=', k.record_id).executeTakeFirstOrThrow()).no
      : (await ctx.trx.selectFrom('destruction_batches').select('batch_no as no').where('id', '=', k.record_id).executeTakeFirstOrThrow()).no
  await ctx.trx.updateTable('campaign_links').set({ voided_at: ctx.at, voided_by: actor(ctx).id, void_reason: reason }).where('id', '=', k.id).execute()
  await ctx.audit([
    { action: 'unlink', recordType: 'campaign', recordId: c.id, changes: { link: [`${TYPE_TEXT[k.record_type]} ${no}`, null] }, note: reason },
    { action: 'unlink', recordType: k.record_type, recordId: k.record_id, changes: { campaign: [`${c.name}（${c.campaign_no}）`, null] }, note: reason },
  ])
}

/** Ends every live link of a campaign being voided. */
export async function voidCampaignLinks(ctx: HandlerContext, campaignId: string, reason: string): Promise<void> {
  const c = await ctx.trx.selectFrom('campaigns').select(['id', 'name', 'campaign_no']).where('id', '=', campaignId).executeTakeFirstOrThrow()
  const links = await ctx.trx.selectFrom('campaign_links').select(['id', 'record_type', 'record_id']).where('campaign_id', '=', campaignId).where('voided_at', 'is', null).execute()
  for (const k of links) await endLink(ctx, c, k, reason)
}
