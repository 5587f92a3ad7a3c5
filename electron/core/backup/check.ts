import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { setImmediate as nextTurn } from 'node:timers/promises'
import type { BackupCheck } from '../../../shared/api/backup'
import { attachmentPath } from '../attachments/store'
import { manifestSigned, type Manifest } from './manifest'
import { verifyDatabaseFileAsync } from './verify'
import { sha256FileAsync } from '../db/file-worker'

// 校验全部备份: a backup verified when it was taken can rot later (a USB stick, a failing sector). Each copy is
// checked again as a restore would check it: the file's size and SHA-256 against its manifest, quick_check and
// schema version, and every attachment it needs present with its hash; the second folder's copy by its hash.
// Nothing is changed or repaired: the office learns in time which copies it can still rely on.

/** Hashes each attachment file once per check, however many backups share it. */
class AttachmentHashes {
  private readonly seen = new Map<string, boolean>()
  async whole(dir: string, hash: string): Promise<boolean> {
    const key = `${dir}\n${hash}`
    let ok = this.seen.get(key)
    if (ok === undefined) {
      ok = false
      try {
        const file = attachmentPath(dir, hash)
        ok = existsSync(file) && (await sha256FileAsync(file)) === hash
      } catch {
        // A manifest naming a malformed hash: that attachment cannot be found either.
      }
      this.seen.set(key, ok)
    }
    return ok
  }
}

async function checkCopy(dir: string, m: Manifest, attachments: AttachmentHashes, key: Buffer): Promise<string[]> {
  const file = join(dir, m.fileName)
  if (!existsSync(file)) return ['备份文件不见了']
  const problems: string[] = []
  const problem = signatureProblem(m, key)
  if (problem) problems.push(problem)
  try {
    const size = statSync(file).size
    if (size !== m.sizeBytes) problems.push(`文件大小与记录不符（记录 ${m.sizeBytes} 字节，现为 ${size} 字节）`)
    if ((await sha256FileAsync(file)) !== m.sha256) problems.push('文件内容已被改动（SHA-256 与记录不符）')
  } catch (err) {
    // A sector the disk cannot read, a permission taken away: the copy cannot be relied on either.
    return [`备份文件无法读取：${(err as Error).message}`]
  }
  try {
    await verifyDatabaseFileAsync(file)
  } catch (err) {
    problems.push((err as Error).message)
  }
  let lost = 0
  for (const h of m.attachmentHashes) if (!(await attachments.whole(dir, h))) lost++
  if (lost > 0) problems.push(`所需附件中有 ${lost} 个缺失或已改动`)
  return problems
}

/** Checks every listed backup, newest first; the reading of each file is done in a worker thread. */
export async function checkBackups(dir: string, manifests: readonly Manifest[], key: Buffer): Promise<BackupCheck[]> {
  const attachments = new AttachmentHashes()
  const out: BackupCheck[] = []
  for (const m of manifests) {
    // Retired by the retention rule while this check ran (a backup taken meanwhile): not a lost copy.
    if (!existsSync(join(dir, `${m.fileName}.json`))) continue
    const problems = await checkCopy(dir, m, attachments, key)
    let secondCopy: BackupCheck['secondCopy'] = null
    if (m.secondCopy) {
      const copy = join(m.secondCopy, m.fileName)
      try {
        secondCopy = !existsSync(copy) ? 'unreachable' : (await sha256FileAsync(copy)) === m.sha256 ? 'ok' : 'changed'
      } catch {
        secondCopy = 'unreachable' // the drive went away or cannot be read
      }
    }
    out.push({ fileName: m.fileName, problems, secondCopy })
    await nextTurn()
  }
  return out
}

/** The first version to sign manifests wrote schema 17; an unsigned one claiming a newer schema had its signature taken off. */
const FIRST_SIGNED_SCHEMA = 17

/** What is wrong with a manifest's signature, or null. Older versions' and migration copies' are unsigned. */
export function signatureProblem(m: Manifest, key: Buffer): string | null {
  const signed = manifestSigned(m, key)
  if (signed === false) return '备份记录（.json）被改写，或由另一台电脑的密钥签名：签名不符'
  if (signed === null && m.reason !== 'migration' && m.schemaVersion >= FIRST_SIGNED_SCHEMA) return '备份记录（.json）没有签名：签名被去掉'
  return null
}
