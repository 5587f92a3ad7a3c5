import { existsSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { attachmentPath } from '../attachments/store'
import { DB_FILE_NAME } from '../db/connection'
import { AppError } from '../errors'
import { copyFileSynced, sha256FileAsync } from '../db/file-worker'
import type { BackupService } from './service'
import { copyAttachments } from './take'
import { signatureProblem } from './check'
import { verifyDatabaseFileAsync } from './verify'

// Restoring a backup: the copy is checked (hash, quick_check, schema), the attachments it needs are at hand,
// the current state is backed up first, then the database file is swapped while closed and opened again
// (migrated if the copy is older). Nothing of the current data is lost: it is the 恢复前 backup.

export interface Swap {
  close(): Promise<void>
  open(): void
}

export async function restoreBackup(service: BackupService, dataDir: string, fileName: string, swap: Swap): Promise<{ restoredFrom: string; safetyCopy: string }> {
  const m = service.list().find((x) => x.fileName === fileName)
  if (!m) throw new AppError('NOT_FOUND', '没有这个备份，请刷新备份列表')
  const forged = signatureProblem(m, service.key)
  if (forged) throw new AppError('STORAGE', `该备份不能用于恢复：${forged}`)
  const file = join(service.dir, fileName)
  // Read in the file worker: the hash and the check of a large file hold up no other call.
  if (!existsSync(file) || (await sha256FileAsync(file)) !== m.sha256) throw new AppError('STORAGE', '该备份文件缺失或已被改动，不能用于恢复；请选择其他备份')
  await verifyDatabaseFileAsync(file)
  const lost = m.attachmentHashes.filter((h) => !existsSync(attachmentPath(service.dir, h)) && !existsSync(attachmentPath(dataDir, h)))
  if (lost.length > 0) throw new AppError('STORAGE', `该备份所需的 ${lost.length} 个附件文件缺失，不能用于恢复`)

  const safety = await service.create('restore')
  await copyAttachments(service.dir, dataDir, m.attachmentHashes)
  await swapDatabaseFile(dataDir, file, m.sha256, swap)
  return { restoredFrom: fileName, safetyCopy: safety.fileName }
}

/**
 * Puts a checked database file in place of the current one: copied beside it and synced, checked again by
 * hash, then renamed over it while the current one is closed. Until the rename the current data is untouched.
 */
export async function swapDatabaseFile(dataDir: string, source: string, sha256: string, swap: Swap): Promise<void> {
  const dbFile = join(dataDir, DB_FILE_NAME)
  const incoming = `${dbFile}.restoring`
  // Copied, synced and hashed in the file worker: a file of hundreds of MB holds up no call until the swap.
  await copyFileSynced(source, incoming)
  if ((await sha256FileAsync(incoming)) !== sha256) {
    rmSync(incoming, { force: true })
    throw new AppError('STORAGE', '复制数据库文件时出错（校验不符），当前数据未改动')
  }
  await swap.close()
  // A WAL left beside the old file would be replayed into the new one: remove both side files first.
  rmSync(`${dbFile}-wal`, { force: true })
  rmSync(`${dbFile}-shm`, { force: true })
  renameSync(incoming, dbFile)
  swap.open()
}
