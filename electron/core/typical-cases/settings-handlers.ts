import type { Kysely } from 'kysely'
import type { TypicalSettings } from '../../../shared/api/typical-settings'
import { changedFields } from '../audit/write'
import type { Database } from '../db/schema'
import { AppError } from '../errors'
import type { HandlerMap } from '../handler'
import { actor } from '../handler'

// 设置 → 典型案例: whether a natural person's own name is masked (张某某). It applies to drafts written from
// then on and to every collection document made after; saved texts are the writers' and stay as they are.

type Ops = 'typical.settings.get' | 'typical.settings.update'

export async function typicalSettings(db: Kysely<Database>): Promise<TypicalSettings> {
  const s = await db.selectFrom('typical_settings as s').leftJoin('users as u', 'u.id', 's.updated_by').select(['s.mask_own_name', 's.version', 's.updated_at', 'u.name']).executeTakeFirstOrThrow()
  return { maskOwnName: s.mask_own_name === 1, version: s.version, updatedAt: s.updated_at, updatedBy: s.name }
}

export const typicalSettingsHandlers: HandlerMap<Ops> = {
  'typical.settings.get': (_input, { trx }) => typicalSettings(trx),
  'typical.settings.update': async ({ maskOwnName, version }, ctx) => {
    const before = await typicalSettings(ctx.trx)
    if (before.version !== version) throw new AppError('CONFLICT', '典型案例设置已被他人修改，请刷新后重试')
    const changes = changedFields(before, { maskOwnName })
    if (Object.keys(changes).length === 0) return before
    await ctx.trx.updateTable('typical_settings').set({ mask_own_name: maskOwnName ? 1 : 0, updated_at: ctx.at, updated_by: actor(ctx).id, version: version + 1 }).execute()
    await ctx.audit({ action: 'update', recordType: 'typical_settings', recordId: null, changes })
    return typicalSettings(ctx.trx)
  },
}
