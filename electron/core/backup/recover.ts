import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { DB_FILE_NAME } from '../db/connection'
import { AppError } from '../errors'
import { BACKUP_DIR, readManifests, sha256File, type Manifest } from './manifest'
import { plannedAttachmentCopies } from './take'
import { verifyDatabaseFile } from './verify'

// When the database fails its check at start, nothing writes to it. These help the person at the PC: name
// the newest backup that still verifies, and put it in place with the damaged file moved aside (never
// overwritten) into <data>/damaged/ for a technician.

export function newestGoodBackup(dataDir: string): Manifest | null {
  const dir = join(dataDir, BACKUP_DIR)
  for (const m of readManifests(dir)) {
    const file = join(dir, m.fileName)
    try {
      if (existsSync(file) && sha256File(file) === m.sha256) {
        verifyDatabaseFile(file)
        return m
      }
    } catch {
      // try the next older one
    }
  }
  return null
}

export function recoverFromBackup(dataDir: string, fileName: string | 'latest', now = Date.now()): { restored: Manifest; damagedDir: string } {
  const dir = join(dataDir, BACKUP_DIR)
  const m = fileName === 'latest' ? newestGoodBackup(dataDir) : (readManifests(dir).find((x) => x.fileName === fileName) ?? null)
  if (!m) throw new AppError('NOT_FOUND', fileName === 'latest' ? '没有可用的完好备份' : `没有这个备份：${fileName}`)
  const file = join(dir, m.fileName)
  if (sha256File(file) !== m.sha256) throw new AppError('STORAGE', `备份文件已被改动，不能用于恢复：${m.fileName}`)
  verifyDatabaseFile(file)

  const dbFile = join(dataDir, DB_FILE_NAME)
  const damagedDir = join(dataDir, 'damaged', new Date(now).toISOString().replace(/[-:.]/g, ''))
  mkdirSync(damagedDir, { recursive: true })
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(dbFile + suffix)) renameSync(dbFile + suffix, join(damagedDir, DB_FILE_NAME + suffix))
  }
  copyFileSync(file, `${dbFile}.restoring`)
  if (sha256File(`${dbFile}.restoring`) !== m.sha256) {
    rmSync(`${dbFile}.restoring`, { force: true })
    throw new AppError('STORAGE', '复制备份时出错（校验不符）；损坏的文件已另存于 damaged 文件夹')
  }
  renameSync(`${dbFile}.restoring`, dbFile)
  // At start, before anything is served: copied in place, synchronously.
  for (const { src, dest } of plannedAttachmentCopies(dir, dataDir, m.attachmentHashes).copies) {
    copyFileSync(src, `${dest}.part`)
    renameSync(`${dest}.part`, dest)
  }
  return { restored: m, damagedDir }
}
