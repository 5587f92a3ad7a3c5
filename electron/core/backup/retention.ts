import type { BackupReason } from '../../../shared/api/backup'

// Which backups to keep. Daily ones: the newest `keepDaily` days, plus the newest backup of each of the last
// `keepMonthly` months (so a year back is still there). Manual, pre-migration and pre-restore copies are
// kept apart from the rule: the newest KEEP_OTHERS of each kind.

export const KEEP_OTHERS = 10

export interface Kept {
  fileName: string
  reason: BackupReason
  createdAt: string
  /** Local calendar day of createdAt, YYYY-MM-DD. */
  day: string
}

export function backupsToDelete(list: readonly Kept[], keepDaily: number, keepMonthly: number): string[] {
  const newestFirst = [...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  const keep = new Set<string>()
  const daily = newestFirst.filter((b) => b.reason === 'daily')
  const days: string[] = []
  for (const b of daily) {
    if (days.includes(b.day)) continue
    if (days.length >= keepDaily) break
    days.push(b.day)
    keep.add(b.fileName)
  }
  const months: string[] = []
  for (const b of daily) {
    const month = b.day.slice(0, 7)
    if (months.includes(month)) continue
    if (months.length >= keepMonthly) break
    months.push(month)
    keep.add(b.fileName)
  }
  for (const reason of ['manual', 'migration', 'restore'] as const) {
    for (const b of newestFirst.filter((x) => x.reason === reason).slice(0, KEEP_OTHERS)) keep.add(b.fileName)
  }
  return newestFirst.filter((b) => !keep.has(b.fileName)).map((b) => b.fileName)
}
