import type { Kysely } from 'kysely'
import type { HandlerMap } from '../handler'
import { actor } from '../handler'
import { AppError } from '../errors'
import { changedFields } from '../audit/write'
import { todayOf } from '../clock'
import { runReadTask } from '../read-worker/pool'
import type { Database } from '../db/schema'
import type { CaseSettings } from '../../../shared/api/case-settings'
import { refreshCaseDerived } from './derived'

// 设置 → 处罚案件 (the 较低数额罚款 thresholds that decide 3 months' or 3 years' publicity), and the register's
// .xlsx export (export-file.ts, in the read worker: seconds at ten years of cases while every other call goes on).

type Ops = 'cases.settings.get' | 'cases.settings.update' | 'cases.export'

async function readSettings(db: Kysely<Database>): Promise<CaseSettings> {
  const s = await db.selectFrom('case_settings as s').leftJoin('users as u', 'u.id', 's.updated_by').select(['s.lower_fine_person', 's.lower_fine_entity', 's.version', 's.updated_at', 'u.name']).executeTakeFirstOrThrow()
  return { lowerFinePersonFen: s.lower_fine_person, lowerFineEntityFen: s.lower_fine_entity, isDefault: s.updated_at === null, version: s.version, updatedAt: s.updated_at, updatedBy: s.name }
}

export const caseSettingsHandlers: HandlerMap<Ops> = {
  'cases.settings.get': (_input, { trx }) => readSettings(trx),

  'cases.settings.update': async ({ lowerFinePersonFen, lowerFineEntityFen, version }, ctx) => {
    const before = await readSettings(ctx.trx)
    if (before.version !== version) throw new AppError('CONFLICT', '处罚案件设置已被他人修改，请刷新后重试')
    const changes = changedFields(before, { lowerFinePersonFen, lowerFineEntityFen })
    // Saving the defaults unchanged still confirms them (isDefault turns false): that is worth the audit entry.
    await ctx.trx
      .updateTable('case_settings')
      .set({ lower_fine_person: lowerFinePersonFen, lower_fine_entity: lowerFineEntityFen, updated_at: ctx.at, updated_by: actor(ctx).id, version: version + 1 })
      .execute()
    await ctx.audit({ action: 'update', recordType: 'case_settings', recordId: null, changes, note: Object.keys(changes).length === 0 ? '确认默认标准' : undefined })
    // Only a fine between the old and the new bound changes side (较低数额 or not): recompute those cases'
    // publicity end, in this transaction, whichever kind of party they have (derived.ts picks the bound).
    const range = (a: number, b: number) => [Math.min(a, b), Math.max(a, b)] as const
    const [pLo, pHi] = range(before.lowerFinePersonFen, lowerFinePersonFen)
    const [eLo, eHi] = range(before.lowerFineEntityFen, lowerFineEntityFen)
    const affected =
      Object.keys(changes).length === 0
        ? []
        : await ctx.trx
            .selectFrom('penalty_cases')
            .select('id')
            .where('voided_at', 'is', null)
            .where('published_on', 'is not', null)
            .where(({ or, and, eb }) => or([and([eb('fine_fen', '>=', pLo), eb('fine_fen', '<', pHi)]), and([eb('fine_fen', '>=', eLo), eb('fine_fen', '<', eHi)])]))
            .execute()
    const today = todayOf(ctx)
    for (const c of affected) await refreshCaseDerived(ctx.trx, c.id, today)
    return { ...(await readSettings(ctx.trx)), recomputed: affected.length }
  },

  'cases.export': (input, ctx) => runReadTask(ctx.services.dbFile, 'casesExport', { input, day: todayOf(ctx) }),
}
