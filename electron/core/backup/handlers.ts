import type { HandlerContext, HandlerMap } from '../handler'
import type { CurrentUser } from '../../../shared/api/auth'
import { actor } from '../handler'
import { changedFields } from '../audit/write'
import { AppError } from '../errors'
import { getBackupSettings, publicInfo } from './service'
import { exportArchive } from './archive'
import { checkBackups } from './check'
import { localDate } from '../clock'
import { isAbsolute, relative, resolve, sep } from 'node:path'

// 备份与恢复 for admins. create and restore run outside a transaction (contract: outsideTransaction).

/** True when `folder` is `dir` itself or lies beneath it. */
function isInside(folder: string, dir: string): boolean {
  const rel = relative(resolve(dir), resolve(folder))
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel))
}

type Ops = 'backup.list' | 'backup.create' | 'backup.progress' | 'backup.verify' | 'backup.settings.update' | 'backup.restore' | 'backup.export' | 'backup.import'

/**
 * The entry for a restore or import, written into the data now in place. The admin who did it may not exist
 * in that data: then the entry carries their name in its note instead of a user id.
 */
async function auditReplacement(ctx: HandlerContext, who: CurrentUser, recordId: string, from: string, safetyCopy: string, verb: string): Promise<void> {
  const known = await ctx.services.db.selectFrom('users').select('id').where('id', '=', who.id).executeTakeFirst()
  await ctx.audit({
    action: 'data_restore',
    recordType: 'backup',
    recordId,
    userId: known ? who.id : null,
    changes: { restoredFrom: [null, from], safetyCopy: [null, safetyCopy] },
    note: known ? null : `由 ${who.name}（${who.login}）${verb}`,
  })
}

export const backupHandlers: HandlerMap<Ops> = {
  'backup.list': async (_input, { trx, services }) => ({
    dataDir: services.dataDir,
    backups: services.backups.list().map(publicInfo),
    settings: await getBackupSettings(trx),
    lastError: services.backups.lastError,
  }),

  'backup.create': async (_input, ctx) => {
    const m = await ctx.services.backups.create('manual')
    await ctx.audit({ action: 'backup', recordType: 'backup', recordId: m.fileName, changes: { fileName: [null, m.fileName], sha256: [null, m.sha256] } })
    return publicInfo(m)
  },

  'backup.progress': async (_input, { services }) => services.backups.progress(),

  'backup.verify': async (_input, ctx) => {
    const { services, at } = ctx
    await services.backups.idle()
    const report = { checkedAt: at, backups: await checkBackups(services.backups.dir, services.backups.list(), services.auditKey) }
    // Recorded for the 工作台, which warns when it has not run for 30 days or found a copy wrong.
    const wrong = report.backups.filter((b) => b.problems.length > 0 || b.secondCopy === 'changed').length
    await services.db.transaction().execute((trx) => trx.updateTable('backup_settings').set({ verified_at: at, verify_problems: wrong }).execute())
    await ctx.audit({ action: 'backup', recordType: 'backup', recordId: null, changes: {}, note: `校验全部备份：${report.backups.length} 个${wrong > 0 ? `，${wrong} 个有问题` : '，均完好'}` })
    return report
  },

  'backup.settings.update': async ({ secondFolder, keepDaily, keepMonthly, version }, ctx) => {
    const before = await getBackupSettings(ctx.trx)
    if (before.version !== version) throw new AppError('CONFLICT', '备份设置已被他人修改，请刷新后重试')
    if (secondFolder && isInside(secondFolder, ctx.services.dataDir)) {
      throw new AppError('VALIDATION', '第二备份位置不能在数据目录之内：数据所在的磁盘损坏时，它会一同丢失', { secondFolder: '第二备份位置不能在数据目录之内' })
    }
    const changes = changedFields(before, { secondFolder, keepDaily, keepMonthly })
    if (Object.keys(changes).length === 0) return before
    await ctx.trx
      .updateTable('backup_settings')
      .set({ second_folder: secondFolder, keep_daily: keepDaily, keep_monthly: keepMonthly, updated_at: ctx.at, updated_by: actor(ctx).id, version: version + 1 })
      .execute()
    await ctx.audit({ action: 'update', recordType: 'backup_settings', recordId: 'backup', changes })
    return getBackupSettings(ctx.trx)
  },

  'backup.restore': async ({ fileName }, ctx) => {
    const who = actor(ctx)
    const result = await ctx.services.restore(fileName)
    await auditReplacement(ctx, who, fileName, result.restoredFrom, result.safetyCopy, '恢复')
    return result
  },

  'backup.export': async (_input, { services }) => {
    const bytes = await exportArchive(services.sqlite, services.dataDir, services.now())
    return { fileName: `台账数据包_${localDate(services.now())}.zip`, base64: bytes.toString('base64'), sizeBytes: bytes.length }
  },

  'backup.import': async ({ fileName, base64 }, ctx) => {
    const who = actor(ctx)
    const result = await ctx.services.importArchive(Buffer.from(base64, 'base64'))
    await auditReplacement(ctx, who, fileName, `数据包 ${fileName}（导出于 ${result.exportedAt}）`, result.safetyCopy, '导入')
    return result
  },
}
