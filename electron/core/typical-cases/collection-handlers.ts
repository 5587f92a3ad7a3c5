import type { HandlerMap } from '../handler'
import { actor } from '../handler'
import { AppError } from '../errors'
import { newId } from '../db/ids'
import { changedFields, createdFields } from '../audit/write'
import { todayOf } from '../clock'
import { TYPICAL_CHANNELS, TYPICAL_STATUSES } from '../../../shared/domain/typical-cases'
import { COLLECTION_STATE_TEXT, getCollection, listCollections } from './repository'

// 典型案例集: made per year and name, renamed while open, published with its date, channel and order once every
// case in it is finalised, and withdrawn with a reason.

type Ops = 'typical.collections.list' | 'typical.collections.get' | 'typical.collections.create' | 'typical.collections.update' | 'typical.collections.publish' | 'typical.collections.withdraw'

const refuse = (field: string, message: string): never => {
  throw new AppError('VALIDATION', message, { [field]: message })
}

async function taken(trx: Parameters<typeof getCollection>[0], year: number, name: string, except: string | null) {
  const row = await trx.selectFrom('typical_collections').select('id').where('year', '=', year).where('name', '=', name).where('voided_at', 'is', null).executeTakeFirst()
  if (row && row.id !== except) refuse('name', `${year}年已有名为“${name}”的案例集`)
}

async function current(trx: Parameters<typeof getCollection>[0], id: string, version: number, doing: string, today: string) {
  const k = await getCollection(trx, id, today)
  if (k.version !== version) throw new AppError('CONFLICT', `案例集“${k.name}”已被他人修改，请刷新后重试`)
  return { k, stateRefusal: () => new AppError('STATE', `案例集“${k.name}”${COLLECTION_STATE_TEXT[k.status]}，不能${doing}`) }
}

export const collectionHandlers: HandlerMap<Ops> = {
  'typical.collections.list': ({ year }, { trx }) => listCollections(trx, year),
  'typical.collections.get': ({ id }, ctx) => getCollection(ctx.trx, id, todayOf(ctx)),

  'typical.collections.create': async ({ year, name, intro }, ctx) => {
    await taken(ctx.trx, year, name, null)
    const id = newId()
    const by = actor(ctx).id
    await ctx.trx.insertInto('typical_collections').values({ id, year, name, intro, created_at: ctx.at, created_by: by, updated_at: ctx.at, updated_by: by }).execute()
    await ctx.audit({ action: 'create', recordType: 'typical_collection', recordId: id, changes: createdFields({ year, name, intro }) })
    return getCollection(ctx.trx, id, todayOf(ctx))
  },

  'typical.collections.update': async ({ id, version, name, intro }, ctx) => {
    const { k, stateRefusal } = await current(ctx.trx, id, version, '修改', todayOf(ctx))
    if (k.status !== 'open') throw stateRefusal()
    await taken(ctx.trx, k.year, name, id)
    const changes = changedFields(k, { name, intro })
    if (Object.keys(changes).length === 0) return k
    await ctx.trx.updateTable('typical_collections').set({ name, intro, version: version + 1, updated_at: ctx.at, updated_by: actor(ctx).id }).where('id', '=', id).execute()
    await ctx.audit({ action: 'update', recordType: 'typical_collection', recordId: id, changes })
    return getCollection(ctx.trx, id, todayOf(ctx))
  },

  'typical.collections.publish': async ({ id, version, publishedOn, channel, order }, ctx) => {
    const { k, stateRefusal } = await current(ctx.trx, id, version, '发布', todayOf(ctx))
    if (k.status !== 'open') throw stateRefusal()
    if (publishedOn > todayOf(ctx)) refuse('publishedOn', '发布日期不能晚于今天')
    const live = new Set(k.entries.map((e) => e.id))
    if (order.length !== live.size || new Set(order).size !== order.length || order.some((o) => !live.has(o))) refuse('order', '案例顺序应包括案例集中的每个案例，各一次')
    const open = k.entries.filter((e) => e.status !== 'final')
    if (open.length > 0) refuse('order', `以下案例尚未定稿，不能发布：${open.map((e) => `“${e.title}”（${TYPICAL_STATUSES[e.status]}）`).join('、')}`)
    const revoked = k.entries.filter((e) => e.revokedOn !== null)
    if (revoked.length > 0) refuse('order', `以下案例的处罚决定已被变更或撤销，请先从案例集中撤下：${revoked.map((e) => `“${e.title}”（案件 ${e.caseNo}，${e.revokedOn}）`).join('、')}`)
    for (const [i, entryId] of order.entries()) await ctx.trx.updateTable('typical_entries').set({ position: i + 1 }).where('id', '=', entryId).execute()
    await ctx.trx
      .updateTable('typical_collections')
      .set({ status: 'published', published_on: publishedOn, channel, version: version + 1, updated_at: ctx.at, updated_by: actor(ctx).id })
      .where('id', '=', id)
      .execute()
    const titles = new Map(k.entries.map((e) => [e.id, e.title]))
    await ctx.audit({
      action: 'update',
      recordType: 'typical_collection',
      recordId: id,
      changes: { status: ['open', 'published'], publishedOn: [null, publishedOn], channel: [null, TYPICAL_CHANNELS[channel]], order: [null, order.map((o, i) => `${i + 1}.${titles.get(o)}`).join('；')] },
    })
    return getCollection(ctx.trx, id, todayOf(ctx))
  },

  'typical.collections.withdraw': async ({ id, version, date, reason }, ctx) => {
    const { k, stateRefusal } = await current(ctx.trx, id, version, '撤回', todayOf(ctx))
    if (k.status !== 'published') throw stateRefusal()
    if (date < (k.publishedOn ?? '')) refuse('date', `撤回日期不能早于发布日期（${k.publishedOn}）`)
    if (date > todayOf(ctx)) refuse('date', '撤回日期不能晚于今天')
    await ctx.trx
      .updateTable('typical_collections')
      .set({ status: 'withdrawn', withdrawn_on: date, withdraw_reason: reason, version: version + 1, updated_at: ctx.at, updated_by: actor(ctx).id })
      .where('id', '=', id)
      .execute()
    await ctx.audit({ action: 'update', recordType: 'typical_collection', recordId: id, changes: { status: ['published', 'withdrawn'], withdrawnOn: [null, date] }, note: reason })
    return getCollection(ctx.trx, id, todayOf(ctx))
  },
}
