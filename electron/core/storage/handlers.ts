import type { HandlerMap } from '../handler'
import { actor } from '../handler'
import { changedFields, createdFields } from '../audit/write'
import { newId } from '../db/ids'
import { AppError } from '../errors'
import { assertNameFree, countActiveChildren, editableLocation, getLocation, levelLabel, listLocations, parentForNew } from './repository'

type Ops = 'storage.list' | 'storage.create' | 'storage.rename' | 'storage.void'

const bump = (version: number, by: string, at: string) => ({ version: version + 1, updated_at: at, updated_by: by })

// 存放位置 are never deleted: items registered at a location keep pointing at its row, and so keep its path.
/** The register number of a seizure still holding goods at the location, or null. */
async function heldItemsAt(trx: Parameters<typeof countActiveChildren>[0], locationId: string): Promise<string | null> {
  const row = await trx
    .selectFrom('seizure_items as i')
    .innerJoin('seizures as s', 's.id', 'i.seizure_id')
    .select('s.register_no')
    .where('i.storage_location_id', '=', locationId)
    .where('i.voided_at', 'is', null)
    .where('s.voided_at', 'is', null)
    .where(({ eb, selectFrom }) => eb('i.qty_milli', '>', selectFrom('seizure_outcomes as o').select(({ fn }) => fn.coalesce(fn.sum<number>('o.qty_milli'), eb.lit(0)).as('d')).whereRef('o.item_id', '=', 'i.id').where('o.voided_at', 'is', null)))
    .executeTakeFirst()
  return row?.register_no ?? null
}

export const storageHandlers: HandlerMap<Ops> = {
  'storage.list': ({ includeVoided }, { trx }) => listLocations(trx, includeVoided),

  'storage.create': async ({ parentId, name }, ctx) => {
    const parent = parentId === null ? null : await parentForNew(ctx.trx, parentId)
    await assertNameFree(ctx.trx, parent, name)
    const id = newId()
    const by = actor(ctx).id
    await ctx.trx
      .insertInto('storage_locations')
      .values({ id, parent_id: parent?.id ?? null, level: parent ? parent.level + 1 : 0, name, created_at: ctx.at, created_by: by, updated_at: ctx.at, updated_by: by, version: 1 })
      .execute()
    const created = await getLocation(ctx.trx, id)
    await ctx.audit({ action: 'create', recordType: 'storage_location', recordId: id, changes: createdFields({ name, path: created.path }) })
    return created
  },

  'storage.rename': async ({ id, version, name }, ctx) => {
    const before = await editableLocation(ctx.trx, id, version)
    if (name === before.name) return before
    await assertNameFree(ctx.trx, before.parentId === null ? null : await getLocation(ctx.trx, before.parentId), name, id)
    await ctx.trx
      .updateTable('storage_locations')
      .set({ name, ...bump(version, actor(ctx).id, ctx.at) })
      .where('id', '=', id)
      .execute()
    await ctx.audit({ action: 'update', recordType: 'storage_location', recordId: id, changes: changedFields(before, { name }) })
    return getLocation(ctx.trx, id)
  },

  'storage.void': async ({ id, version, reason }, ctx) => {
    const loc = await editableLocation(ctx.trx, id, version)
    if ((await countActiveChildren(ctx.trx, id)) > 0) {
      const below = levelLabel(loc.level + 1)
      throw new AppError('STATE', `该${levelLabel(loc.level)}下还有未停用的${below}，请先停用其下的${below}`)
    }
    // Goods still held here must be moved first, so the register never points at a stopped place for them.
    const held = await heldItemsAt(ctx.trx, id)
    if (held) throw new AppError('STATE', `仍有在扣物品存放于此（登记号 ${held}），请先调整其存放位置`)
    const by = actor(ctx).id
    await ctx.trx
      .updateTable('storage_locations')
      .set({ voided_at: ctx.at, voided_by: by, void_reason: reason, ...bump(version, by, ctx.at) })
      .where('id', '=', id)
      .execute()
    await ctx.audit({ action: 'void', recordType: 'storage_location', recordId: id, note: reason })
    return getLocation(ctx.trx, id)
  },
}
