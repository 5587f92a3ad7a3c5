import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { readFile, rename, writeFile } from 'node:fs/promises'
import { unzip, zip, type Unzipped, type Zippable } from 'fflate'
import { promisify } from 'node:util'
import type BetterSqlite3 from 'better-sqlite3'
import { attachmentPath, ATTACHMENTS_DIR, sha256Hex } from '../attachments/store'
import { AppError } from '../errors'
import { BACKUP_DIR } from './manifest'
import { swapDatabaseFile, type Swap } from './restore'
import type { BackupService } from './service'
import { verifyDatabaseFileAsync } from './verify'
import { sha256FileAsync, snapshotDatabase } from '../db/file-worker'

// fflate's zip compresses in worker threads: the window goes on answering while a package is made.
const zipAsync = promisify(zip)
const unzipAsync = (bytes: Uint8Array) => new Promise<Unzipped>((resolve, reject) => unzip(bytes, (err, data) => (err ? reject(err) : resolve(data))))

// The whole dataset as one file, to carry to another PC: a consistent copy of the database (VACUUM INTO),
// every attachment it refers to, and a description. Importing checks all of it before anything is replaced,
// and the data being replaced is backed up first.

const DB_ENTRY = 'taizhang.sqlite'
const INFO_ENTRY = 'taizhang-export.json'

interface ExportInfo {
  format: 'taizhang-export-1'
  createdAt: string
  schemaVersion: number
  sha256: string
  attachments: number
}

export async function exportArchive(sqlite: BetterSqlite3.Database, dataDir: string, now: number): Promise<Buffer> {
  const dir = join(dataDir, BACKUP_DIR)
  mkdirSync(dir, { recursive: true })
  const tmp = join(dir, `.export-${now}.sqlite`)
  try {
    // Copied, checked and hashed in a worker thread (db/file-worker.ts), like a backup.
    await snapshotDatabase(sqlite.name, tmp)
    const v = await verifyDatabaseFileAsync(tmp, '导出的数据')
    const sha256 = await sha256FileAsync(tmp)
    const db = await readFile(tmp)
    const info: ExportInfo = { format: 'taizhang-export-1', createdAt: new Date(now).toISOString(), schemaVersion: v.schemaVersion, sha256, attachments: v.attachmentHashes.length }
    const files: Zippable = { [INFO_ENTRY]: [Buffer.from(JSON.stringify(info, null, 2)), { level: 6 }], [DB_ENTRY]: [db, { level: 6 }] }
    for (const hash of v.attachmentHashes) {
      const file = attachmentPath(dataDir, hash)
      if (!existsSync(file)) throw new AppError('STORAGE', `附件文件缺失，无法完整导出：${hash}`)
      // Photos and PDFs are compressed already: stored as they are.
      files[`${ATTACHMENTS_DIR}/${hash.slice(0, 2)}/${hash}`] = [await readFile(file), { level: 0 }]
    }
    return Buffer.from(await zipAsync(files))
  } finally {
    rmSync(tmp, { force: true })
  }
}

/** A package's parts, checked; its database written to `tmp` (and hashed there). */
async function readArchive(bytes: Uint8Array, tmp: string): Promise<{ info: ExportInfo; attachments: Map<string, Uint8Array> }> {
  let entries: Record<string, Uint8Array>
  try {
    entries = await unzipAsync(bytes)
  } catch {
    throw new AppError('VALIDATION', '该文件不是台账导出的数据包（无法解压）')
  }
  const infoBytes = entries[INFO_ENTRY]
  const db = entries[DB_ENTRY]
  let info: ExportInfo | null
  try {
    info = infoBytes ? (JSON.parse(Buffer.from(infoBytes).toString('utf8')) as ExportInfo) : null
  } catch {
    info = null
  }
  if (!info || info.format !== 'taizhang-export-1' || !db) throw new AppError('VALIDATION', '该文件不是台账导出的数据包（缺少说明或数据库）')
  await writeFile(tmp, db)
  if ((await sha256FileAsync(tmp)) !== info.sha256) throw new AppError('VALIDATION', '数据包中的数据库与其校验值不符，文件可能已损坏')
  const attachments = new Map<string, Uint8Array>()
  for (const [name, content] of Object.entries(entries)) {
    const m = /^attachments\/[0-9a-f]{2}\/([0-9a-f]{64})$/.exec(name)
    if (!m) continue
    if (sha256Hex(content) !== m[1]) throw new AppError('VALIDATION', '数据包中有附件与其校验值不符，文件可能已损坏')
    attachments.set(m[1]!, content)
    // A photo at a time, other calls answered between them.
    await new Promise((r) => setImmediate(r))
  }
  return { info, attachments }
}

/**
 * Replaces the data with an archive's, after checking every part and taking a 恢复前 backup. Unzipped in
 * fflate's worker threads, the database hashed and checked in the file worker, so other calls are answered
 * until the swap itself.
 */
export async function importArchive(service: BackupService, dataDir: string, bytes: Uint8Array, swap: Swap): Promise<{ safetyCopy: string; exportedAt: string }> {
  const tmp = join(dataDir, BACKUP_DIR, `.import-${Date.now()}.sqlite`)
  mkdirSync(join(dataDir, BACKUP_DIR), { recursive: true })
  try {
    const { info, attachments } = await readArchive(bytes, tmp)
    const v = await verifyDatabaseFileAsync(tmp, '数据包中的数据库')
    const lost = v.attachmentHashes.filter((h) => !attachments.has(h) && !existsSync(attachmentPath(dataDir, h)))
    if (lost.length > 0) throw new AppError('VALIDATION', `数据包缺少 ${lost.length} 个附件文件，未导入`)
    const safety = await service.create('restore')
    for (const [hash, content] of attachments) {
      const file = attachmentPath(dataDir, hash)
      if (existsSync(file)) continue
      mkdirSync(join(dataDir, ATTACHMENTS_DIR, hash.slice(0, 2)), { recursive: true })
      await writeFile(`${file}.part`, content)
      await rename(`${file}.part`, file)
    }
    // The hash readArchive checked the file against (as a restore passes its manifest's): the copy is held to it.
    await swapDatabaseFile(dataDir, tmp, info.sha256, swap)
    return { safetyCopy: safety.fileName, exportedAt: info.createdAt }
  } finally {
    rmSync(tmp, { force: true })
  }
}
