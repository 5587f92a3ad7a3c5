import { createHash, randomBytes } from 'node:crypto'
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { MAX_ATTACHMENT_BYTES, type AttachmentMime } from '../../../shared/api/attachments'
import { AppError } from '../errors'

// The bytes of photos and scans, content-addressed: <dataDir>/attachments/<sha256[0:2]>/<sha256>. The
// database holds only the hash, type and size, so the SQLite file (and its backups) stay small, and the
// same photo attached twice is stored once.
//
// A file is written before the transaction that references it commits. If that transaction then fails,
// the file stays behind unreferenced: harmless, since it is addressed by its content and a later add of
// the same bytes simply reuses it.

export const ATTACHMENTS_DIR = 'attachments'
export const TYPE_REFUSED = '只能添加照片（JPEG、PNG、WebP）或 PDF 扫描件'
export const TOO_LARGE = '文件过大：最大 15 MB'

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0) => bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b)
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0))

/** The type told by the bytes' magic numbers; the file name is never trusted. null: not one we take. */
export function sniffMime(bytes: Uint8Array): AttachmentMime | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp'
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf'
  return null
}

/** The type of bytes fit to keep, or a VALIDATION refusal (empty, too large, not a photo or PDF). */
export function checkAttachmentBytes(bytes: Uint8Array): AttachmentMime {
  if (bytes.length === 0) throw new AppError('VALIDATION', '文件是空的', { base64: '文件是空的' })
  if (bytes.length > MAX_ATTACHMENT_BYTES) throw new AppError('VALIDATION', TOO_LARGE, { base64: TOO_LARGE })
  const mime = sniffMime(bytes)
  if (!mime) throw new AppError('VALIDATION', TYPE_REFUSED, { base64: TYPE_REFUSED })
  return mime
}

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

const HASH = /^[0-9a-f]{64}$/

/** Where the file with this hash lives. The hash comes from our own rows, but is checked before it names a path. */
export function attachmentPath(dataDir: string, sha256: string): string {
  if (!HASH.test(sha256)) throw new AppError('STORAGE', '附件记录的文件标识无效')
  return join(dataDir, ATTACHMENTS_DIR, sha256.slice(0, 2), sha256)
}

export interface StoredFile {
  sha256: string
  mime: AttachmentMime
  size: number
}

/**
 * Checks the bytes and stores them under their hash unless an intact copy is already there. A copy that
 * is there but damaged (a different hash) is replaced: the bytes in hand are the right ones.
 */
export async function storeAttachment(dataDir: string, bytes: Uint8Array): Promise<StoredFile> {
  const mime = checkAttachmentBytes(bytes)
  const sha256 = sha256Hex(bytes)
  const file = attachmentPath(dataDir, sha256)
  const existing = await readIfPresent(file)
  if (existing && existing.length === bytes.length && sha256Hex(existing) === sha256) return { sha256, mime, size: bytes.length }
  try {
    await writeAtomically(file, bytes)
  } catch (err) {
    throw writeError(err)
  }
  return { sha256, mime, size: bytes.length }
}

/** The stored bytes, verified against their hash and size; a missing or altered file is a STORAGE error. */
export async function readAttachment(dataDir: string, stored: { sha256: string; size: number; fileName: string }): Promise<Buffer> {
  const bytes = await readIfPresent(attachmentPath(dataDir, stored.sha256)).catch(() => null)
  if (!bytes || bytes.length !== stored.size || sha256Hex(bytes) !== stored.sha256) {
    throw new AppError('STORAGE', `附件文件缺失或已损坏：${stored.fileName}。请联系管理员从备份恢复数据文件夹中的 attachments 文件夹。`)
  }
  return bytes
}

async function readIfPresent(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw err
  }
}

// Temp file in the same folder (so the rename stays on one volume and is atomic), flushed to disk before
// the rename: after a power cut the name points at either nothing or the whole file, never a torn one.
async function writeAtomically(file: string, bytes: Uint8Array): Promise<void> {
  const dir = join(file, '..')
  await mkdir(dir, { recursive: true })
  const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`
  try {
    const handle = await open(temp, 'wx')
    try {
      await handle.writeFile(bytes)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, file)
  } catch (err) {
    await rm(temp, { force: true }).catch(() => undefined)
    throw err
  }
  await syncDir(dir)
}

// Makes the rename itself durable on Linux/macOS; Windows cannot open a folder for flushing (and NTFS
// journals the rename), so there it is skipped.
async function syncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return
  const handle = await open(dir, 'r').catch(() => null)
  if (!handle) return
  await handle.sync().catch(() => undefined)
  await handle.close()
}

function writeError(err: unknown): AppError {
  const code = (err as NodeJS.ErrnoException).code
  if (code === 'ENOSPC') return new AppError('STORAGE', '磁盘已满，附件未保存。请清理磁盘空间后重试。')
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new AppError('STORAGE', '没有写入数据文件夹的权限，附件未保存。')
  return new AppError('STORAGE', `无法保存附件文件${code ? `（${code}）` : ''}，附件未保存。`)
}

/** The window makes a ≤320 px JPEG (well under 100 KB); anything bigger is not a thumbnail. */
export const MAX_THUMBNAIL_BYTES = 200 * 1024

// Refuse an oversized upload before decoding it: base64 is 4 characters per 3 bytes.
export const MAX_BASE64_CHARS = Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4

export function thumbnailBytes(base64: string | null, mime: string): Buffer | null {
  // A PDF shows as its icon and name; a picture sent along with one would stand for something it is not.
  if (base64 === null || mime === 'application/pdf') return null
  const msg = '缩略图无效：应为不超过 200 KB 的 JPEG 图片'
  if (base64.length > Math.ceil(MAX_THUMBNAIL_BYTES / 3) * 4) throw new AppError('VALIDATION', msg, { thumbnailBase64: msg })
  const bytes = Buffer.from(base64, 'base64')
  if (bytes.length === 0 || bytes.length > MAX_THUMBNAIL_BYTES || sniffMime(bytes) !== 'image/jpeg') {
    throw new AppError('VALIDATION', msg, { thumbnailBase64: msg })
  }
  return bytes
}
