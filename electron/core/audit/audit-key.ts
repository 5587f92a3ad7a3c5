import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

// The office's audit key: 32 random bytes made on this PC at first start, in `audit-key` beside the database
// (0600). No backup or data package carries it — a copy of the database alone cannot be re-sealed after an edit.
// It must be kept separately (README: 审计签名); a PC without it can still read everything, but 审计校验 there
// says the seals cannot be checked.

export const AUDIT_KEY_FILE = 'audit-key'

export function loadAuditKey(dataDir: string): Buffer {
  const file = join(dataDir, AUDIT_KEY_FILE)
  if (existsSync(file)) {
    const hex = readFileSync(file, 'utf8').trim()
    if (/^[0-9a-f]{64}$/.test(hex)) return Buffer.from(hex, 'hex')
    throw new Error(`审计密钥文件 ${file} 已损坏：请从单独保存的副本恢复`)
  }
  const key = randomBytes(32)
  writeFileSync(file, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' })
  chmodSync(file, 0o600)
  return key
}
