import type { HandlerMap } from '../handler'
import { BACKUP_WARN_DAYS, VERIFY_WARN_DAYS } from '../../../shared/api/backup'
import { daysBetween } from '../../../shared/rules/working-days'
import { localDate, todayOf } from '../clock'

// 工作台 · 备份 for admins: the newest backup's age (warned after 7 days) and the last 校验全部备份 (warned after 30
// days, never run, or when it found a copy wrong), from the backups folder's list and what backup.verify recorded.

export const backupHealthHandlers: HandlerMap<'backup.health'> = {
  'backup.health': async (_input, ctx) => {
    const today = todayOf(ctx)
    const newest = ctx.services.backups.list().reduce<string | null>((a, b) => (a === null || b.createdAt > a ? b.createdAt : a), null)
    const s = await ctx.trx.selectFrom('backup_settings').select(['verified_at', 'verify_problems']).executeTakeFirstOrThrow()
    const age = (at: string | null) => (at === null ? null : daysBetween(localDate(Date.parse(at)), today))
    const lastBackupDays = age(newest)
    const verifiedDays = age(s.verified_at)
    const warnings: string[] = []
    if (lastBackupDays === null) warnings.push('还没有任何备份：请立即备份')
    else if (lastBackupDays > BACKUP_WARN_DAYS) warnings.push(`最近一次备份已是 ${lastBackupDays} 天前：请检查自动备份，或立即备份`)
    if (verifiedDays === null) warnings.push('从未校验全部备份：请在“设置 → 备份与恢复”中校验')
    else if (verifiedDays > VERIFY_WARN_DAYS) warnings.push(`已 ${verifiedDays} 天未校验全部备份：请在“设置 → 备份与恢复”中校验`)
    if (s.verify_problems > 0) warnings.push(`上次校验发现 ${s.verify_problems} 个备份有问题：请在“设置 → 备份与恢复”中查看`)
    return { lastBackupAt: newest, lastBackupDays, verifiedAt: s.verified_at, verifiedDays, verifyProblems: s.verify_problems, warnings }
  },
}
