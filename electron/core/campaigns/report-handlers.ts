import type { Transaction } from 'kysely'
import type { Database } from '../db/schema'
import type { HandlerMap } from '../handler'
import { actor } from '../handler'
import { newId } from '../db/ids'
import { AppError } from '../errors'
import { todayOf } from '../clock'
import { liveItems, openCampaign } from './repository'
import { assertUnit, getReport, reportNote, reportRow } from './reports'
import { figuresOfUnit, recordFigures } from './record-figures'
import type { CampaignItemTable } from './schema'

// A unit's report: drafts saved as often as needed, submitted (blank counts as 0, the items from the records
// frozen as they are that moment), returned by the lead office with a comment, and fixed once the campaign is
// locked. The triggers of migration 016 refuse any change to a submitted report's figures beneath core.

type Ops = 'campaigns.report.get' | 'campaigns.report.save' | 'campaigns.report.submit' | 'campaigns.report.return'
type Trx = Transaction<Database>
type Item = Pick<CampaignItemTable, 'id' | 'name' | 'group_name' | 'kind' | 'source'>

const itemLabel = (i: Pick<Item, 'name' | 'group_name'>) => (i.group_name ? `${i.group_name}·${i.name}` : i.name)

/** The report a unit may change now: the campaign open, the unit participating, the version read, not submitted. */
async function changeable(trx: Trx, campaignId: string, unit: string, version: number, doing: string) {
  const c = await openCampaign(trx, campaignId, doing)
  await assertUnit(trx, c, unit)
  const r = await reportRow(trx, campaignId, unit)
  if ((r?.version ?? 0) !== version) throw new AppError('CONFLICT', `${unit}的填报已被他人修改，请刷新后重试`)
  return { c, r }
}

const figureText = (v: number | null, text: string, kind: string) => (kind === 'text' ? text || null : v)

export const reportHandlers: HandlerMap<Ops> = {
  'campaigns.report.get': ({ campaignId, unit }, { trx }) => getReport(trx, campaignId, unit),

  'campaigns.report.save': async ({ campaignId, unit, version, figures }, ctx) => {
    const by = actor(ctx).id
    const { r } = await changeable(ctx.trx, campaignId, unit, version, '填报')
    if (r?.status === 'submitted') throw new AppError('STATE', `${unit}已报送，须由牵头单位退回后才能修改`)
    const items = new Map((await liveItems(ctx.trx, campaignId)).map((i) => [i.id, i]))
    const fields: Record<string, string> = {}
    const seen = new Set<string>()
    figures.forEach((f, i) => {
      const item = items.get(f.itemId)
      if (!item) fields[`figures.${i}.itemId`] = '统计表中没有这个项目（可能已被修改），请刷新后重试'
      else if (seen.has(f.itemId)) fields[`figures.${i}.itemId`] = `“${item.name}”重复填写`
      else if (item.source !== null && (f.value !== null || f.text !== '')) fields[`figures.${i}.value`] = `“${item.name}”由台账自动统计，不能填写`
      else if (item.kind === 'text' && f.value !== null) fields[`figures.${i}.value`] = `“${item.name}”应填写文字`
      else if (item.kind === 'count' && f.text !== '') fields[`figures.${i}.text`] = `“${item.name}”应填写数字`
      seen.add(f.itemId)
    })
    if (Object.keys(fields).length > 0) throw new AppError('VALIDATION', Object.values(fields)[0]!, fields)

    let reportId = r?.id
    if (!reportId) {
      reportId = newId()
      await ctx.trx.insertInto('campaign_reports').values({ id: reportId, campaign_id: campaignId, unit, submitted_at: null, submitted_by: null, returned_at: null, returned_by: null, created_at: ctx.at, created_by: by, updated_at: ctx.at, updated_by: by, version: 1 }).execute()
    } else {
      await ctx.trx.updateTable('campaign_reports').set({ version: version + 1, updated_at: ctx.at, updated_by: by }).where('id', '=', reportId).where('version', '=', version).execute()
    }
    const before = new Map((await ctx.trx.selectFrom('campaign_figures').selectAll().where('report_id', '=', reportId).where('from_records', '=', 0).execute()).map((f) => [f.item_id, f]))
    await ctx.trx.deleteFrom('campaign_figures').where('report_id', '=', reportId).where('from_records', '=', 0).execute()
    const rows = figures.filter((f) => items.get(f.itemId)?.source === null && (f.value !== null || f.text !== ''))
    if (rows.length > 0) await ctx.trx.insertInto('campaign_figures').values(rows.map((f) => ({ report_id: reportId, item_id: f.itemId, value: f.value, text: f.text, from_records: 0 }))).execute()
    const changes: Record<string, [unknown, unknown]> = {}
    const after = new Map(rows.map((f) => [f.itemId, f]))
    for (const [id, item] of items) {
      if (item.source !== null) continue
      const old = before.get(id)
      const now = after.get(id)
      const a = old ? figureText(old.value, old.text, item.kind) : null
      const b = now ? figureText(now.value, now.text, item.kind) : null
      if (a !== b) changes[itemLabel(item)] = [a, b]
    }
    await ctx.audit({ action: r ? 'update' : 'create', recordType: 'campaign', recordId: campaignId, changes, note: reportNote(unit, '保存草稿') })
    return getReport(ctx.trx, campaignId, unit)
  },

  'campaigns.report.submit': async ({ campaignId, unit, version }, ctx) => {
    const by = actor(ctx).id
    const { c, r } = await changeable(ctx.trx, campaignId, unit, version, '报送')
    if (!r) throw new AppError('STATE', `${unit}还没有填报，请先填写并保存`)
    if (r.status === 'submitted') throw new AppError('STATE', `${unit}已报送`)
    const items = await liveItems(ctx.trx, campaignId)
    const stored = new Map((await ctx.trx.selectFrom('campaign_figures').selectAll().where('report_id', '=', r.id).execute()).map((f) => [f.item_id, f]))
    const records = figuresOfUnit(await recordFigures(ctx.trx, c), unit)
    // Blank counts are sent as 0; the records' figures are written as they stand now.
    await ctx.trx.deleteFrom('campaign_figures').where('report_id', '=', r.id).where('from_records', '=', 1).execute()
    const zeros = items.filter((i) => i.kind === 'count' && i.source === null && (stored.get(i.id)?.value ?? null) === null)
    for (const i of zeros) {
      if (stored.has(i.id)) await ctx.trx.updateTable('campaign_figures').set({ value: 0 }).where('report_id', '=', r.id).where('item_id', '=', i.id).execute()
      else await ctx.trx.insertInto('campaign_figures').values({ report_id: r.id, item_id: i.id, value: 0, text: '', from_records: 0 }).execute()
    }
    const fromRecords = items.filter((i) => i.source !== null)
    if (fromRecords.length > 0) await ctx.trx.insertInto('campaign_figures').values(fromRecords.map((i) => ({ report_id: r.id, item_id: i.id, value: records[i.source as keyof typeof records], text: '', from_records: 1 }))).execute()
    const today = todayOf(ctx)
    const late = c.report_deadline !== null && today > c.report_deadline
    await ctx.trx.updateTable('campaign_reports').set({ status: 'submitted', submitted_at: ctx.at, submitted_by: by, late: late ? 1 : 0, version: version + 1, updated_at: ctx.at, updated_by: by }).where('id', '=', r.id).where('version', '=', version).execute()
    const changes: Record<string, [unknown, unknown]> = { status: [r.status === 'returned' ? '已退回' : '草稿', '已报送'] }
    for (const i of fromRecords) changes[itemLabel(i)] = [null, records[i.source as keyof typeof records]]
    await ctx.audit({ action: 'report', recordType: 'campaign', recordId: campaignId, changes, note: reportNote(unit, late ? `逾期报送（截止日期 ${c.report_deadline}）` : '报送') })
    return getReport(ctx.trx, campaignId, unit)
  },

  'campaigns.report.return': async ({ campaignId, unit, version, comment }, ctx) => {
    const by = actor(ctx).id
    const { r } = await changeable(ctx.trx, campaignId, unit, version, '退回')
    if (!r || r.status !== 'submitted') throw new AppError('STATE', `${unit}尚未报送，无需退回`)
    await ctx.trx.updateTable('campaign_reports').set({ status: 'returned', return_comment: comment, returned_at: ctx.at, returned_by: by, version: version + 1, updated_at: ctx.at, updated_by: by }).where('id', '=', r.id).where('version', '=', version).execute()
    // Back to the records' figures as they are now, until it is sent again.
    await ctx.trx.deleteFrom('campaign_figures').where('report_id', '=', r.id).where('from_records', '=', 1).execute()
    await ctx.audit({ action: 'send_back', recordType: 'campaign', recordId: campaignId, changes: { status: ['已报送', '已退回'], returnComment: [r.return_comment || null, comment] }, note: reportNote(unit, comment) })
    return getReport(ctx.trx, campaignId, unit)
  },
}
