import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { copyFile, rename } from 'node:fs/promises'
import { localStamp } from '../../../shared/rules/local-time'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import type { BackupInfo, BackupReason } from '../../../shared/api/backup'
import { attachmentPath, ATTACHMENTS_DIR } from '../attachments/store'
import { AppError } from '../errors'
import { BACKUP_DIR, writeManifest, type Manifest } from './manifest'
import { verifyDatabaseFileAsync } from './verify'
import { sha256FileAsync, snapshotDatabase } from '../db/file-worker'

// Taking one backup: a consistent copy (VACUUM INTO, in a worker thread, while the app keeps working) to a .part file,
// verified, hashed, renamed into place, with the attachments it needs copied beside it (only new ones) and a
// manifest written last — a backup without its manifest is never offered.

/** The office's time, sortable and safe in file names: 20261123-140509. */
const stamp = (ms: number): string => localStamp(ms)

function freeName(dir: string, base: string): string {
  for (let i = 1; ; i++) {
    const name = i === 1 ? `${base}.sqlite` : `${base}-${i}.sqlite`
    if (!existsSync(join(dir, name)) && !existsSync(join(dir, `${name}.part`))) return name
  }
}

/** The attachment copies <dir>/attachments lacks (folders made), and the hashes missing at the source too. */
export function plannedAttachmentCopies(fromDataDir: string, toDir: string, hashes: readonly string[]): { copies: { src: string; dest: string }[]; missing: string[] } {
  const copies: { src: string; dest: string }[] = []
  const missing: string[] = []
  for (const hash of hashes) {
    const src = attachmentPath(fromDataDir, hash)
    const dest = attachmentPath(toDir, hash)
    if (existsSync(dest)) continue
    if (!existsSync(src)) {
      missing.push(hash)
      continue
    }
    mkdirSync(join(toDir, ATTACHMENTS_DIR, hash.slice(0, 2)), { recursive: true })
    copies.push({ src, dest })
  }
  return { copies, missing }
}

/**
 * Copies the attachment files a backup needs into <dir>/attachments, skipping those already there. Each copy
 * runs on libuv's threads (fs/promises), so thousands of photos do not hold up other calls.
 */
export async function copyAttachments(fromDataDir: string, toDir: string, hashes: readonly string[]): Promise<string[]> {
  const { copies, missing } = plannedAttachmentCopies(fromDataDir, toDir, hashes)
  for (const { src, dest } of copies) {
    await copyFile(src, `${dest}.part`)
    await rename(`${dest}.part`, dest)
  }
  return missing
}

export interface TakeOptions {
  sqlite: BetterSqlite3.Database
  dataDir: string
  reason: BackupReason
  now: number
  onProgress?(percent: number): void
  /** Signs the manifest (audit/audit-key.ts). */
  key: Buffer
}

export async function takeBackup({ sqlite, dataDir, reason, now, onProgress, key }: TakeOptions): Promise<Manifest> {
  const dir = join(dataDir, BACKUP_DIR)
  mkdirSync(dir, { recursive: true })
  const fileName = freeName(dir, `taizhang-${stamp(now)}-${reason}`)
  const file = join(dir, fileName)
  const part = `${file}.part`
  try {
    // The copy is made in a worker thread on a connection of its own (db/file-worker.ts); its progress is
    // how far the copy's file has grown toward the database's size.
    const source = sqlite.name
    const total = Math.max(1, statSync(source).size)
    const watch = setInterval(() => {
      try {
        onProgress?.(Math.min(95, Math.floor((statSync(part).size / total) * 100)))
      } catch {
        // not started yet
      }
    }, 250)
    try {
      await snapshotDatabase(source, part)
    } finally {
      clearInterval(watch)
    }
    // The copy may carry the open database's WAL mode; as a file on its own it keeps its data in itself, so no
    // -wal/-shm files appear beside it when it is checked, and none are left behind in backups/.
    const copy = new BetterSqlite3(part)
    copy.pragma('journal_mode = DELETE')
    copy.close()
    // Checked and hashed in a worker thread: seconds for a large file, while other calls go on.
    const verified = await verifyDatabaseFileAsync(part)
    const sha256 = await sha256FileAsync(part)
    renameSync(part, file)
    const missing = await copyAttachments(dataDir, dir, verified.attachmentHashes)
    const manifest: Manifest = {
      fileName,
      reason,
      createdAt: new Date(now).toISOString(),
      sizeBytes: statSync(file).size,
      sha256,
      schemaVersion: verified.schemaVersion,
      auditHead: verified.auditHead,
      attachments: verified.attachmentHashes.length,
      attachmentHashes: verified.attachmentHashes,
      secondCopy: null,
    }
    writeManifest(dir, manifest, key)
    if (missing.length > 0) throw new AppError('STORAGE', `备份已完成，但有 ${missing.length} 个附件文件在数据目录中缺失，未能备份`)
    onProgress?.(100)
    return manifest
  } catch (err) {
    for (const f of [part, `${part}-wal`, `${part}-shm`]) rmSync(f, { force: true })
    if (err instanceof AppError) throw err
    throw new AppError('STORAGE', `备份失败，数据未受影响：${describe(err)}`)
  }
}

function describe(err: unknown): string {
  const code = String((err as { code?: unknown }).code ?? '')
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') return '磁盘空间不足'
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'SQLITE_READONLY') return '备份文件夹不可写'
  return (err as Error).message ?? String(err)
}

export type { BackupInfo }
