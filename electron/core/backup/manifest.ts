import { createHash, createHmac } from 'node:crypto'
import { readdirSync, readFileSync, renameSync, writeFileSync, openSync, fsyncSync, closeSync } from 'node:fs'
import { join } from 'node:path'
import type { BackupInfo, BackupReason } from '../../../shared/api/backup'
import { BACKUP_REASONS } from '../../../shared/api/backup'

// Each backup file has a manifest beside it (<file>.json): what it is, its size and SHA-256, the schema
// version, the audit chain's head and the attachments it needs. The list is read from the manifests, so it
// can be shown even when the database itself is damaged.

export const BACKUP_DIR = 'backups'
const BACKUP_FILE = /^taizhang-[0-9A-Za-z-]+\.sqlite$/

export interface Manifest extends BackupInfo {
  /** SHA-256 of every attachment the copy refers to (their files are in <backups>/attachments). */
  attachmentHashes: string[]
  /** HMAC-SHA256 of the rest under the office's audit key: a manifest rewritten to match a changed file is refused. */
  signature?: string
}

/** The manifest's fields without its signature, keys sorted: the same text however the JSON was laid out. */
const signedText = (m: Manifest): string => {
  const { signature: _signature, ...rest } = m
  return JSON.stringify(Object.fromEntries(Object.entries(rest).sort(([a], [b]) => a.localeCompare(b))))
}

export const manifestSignature = (m: Manifest, key: Buffer): string => createHmac('sha256', key).update(`manifest\n${signedText(m)}`).digest('hex')

/** true when signed with this key, false when signed otherwise, null when unsigned (older versions, migration copies). */
export const manifestSigned = (m: Manifest, key: Buffer): boolean | null => (m.signature === undefined ? null : m.signature === manifestSignature(m, key))

export const isBackupFileName = (name: string): boolean => BACKUP_FILE.test(name)

export function sha256File(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex')
}

/** Forces a written file's bytes to the disk before it is renamed into place. */
export function syncFile(file: string): void {
  const fd = openSync(file, 'r+')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/** Writes a file so that a crash leaves either the old content or the new, never half of it. */
export function writeFileDurably(file: string, content: string | Buffer): void {
  const tmp = `${file}.part`
  writeFileSync(tmp, content)
  syncFile(tmp)
  renameSync(tmp, file)
}

/** Writes the manifest, signed when a key is given. */
export function writeManifest(dir: string, m: Manifest, key: Buffer | null): void {
  const signed = key ? { ...m, signature: manifestSignature(m, key) } : m
  writeFileDurably(join(dir, `${m.fileName}.json`), JSON.stringify(signed, null, 2))
}

function isManifest(x: unknown): x is Manifest {
  const m = x as Partial<Manifest>
  return typeof m?.fileName === 'string' && isBackupFileName(m.fileName) && typeof m.sha256 === 'string' && typeof m.createdAt === 'string' && Object.hasOwn(BACKUP_REASONS, String(m.reason))
}

/** Every readable manifest in the folder, newest first; a malformed one is skipped, never trusted. */
export function readManifests(dir: string): Manifest[] {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return []
  }
  const out: Manifest[] = []
  for (const name of names) {
    if (!name.endsWith('.sqlite.json')) continue
    try {
      const m: unknown = JSON.parse(readFileSync(join(dir, name), 'utf8'))
      if (isManifest(m)) out.push({ ...m, attachmentHashes: Array.isArray(m.attachmentHashes) ? m.attachmentHashes : [] })
    } catch {
      // A manifest cut off by a crash: its backup is not offered.
    }
  }
  return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt))
}

export const reasonOf = (s: string): BackupReason => (Object.hasOwn(BACKUP_REASONS, s) ? (s as BackupReason) : 'manual')
