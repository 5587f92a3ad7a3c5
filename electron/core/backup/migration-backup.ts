import { statSync } from 'node:fs'
import { basename } from 'node:path'
import { sha256File, writeManifest } from './manifest'
import { verifyDatabaseFile } from './verify'

/** Verifies and lists the copy db/migrate.ts takes before a migration, like every other backup. */
export function recordMigrationBackup(backupDir: string, file: string): void {
  const v = verifyDatabaseFile(file, '升级前备份')
  // Written while the database opens, before the key is at hand: unsigned, like an older version's.
  writeManifest(backupDir, {
    fileName: basename(file),
    reason: 'migration',
    createdAt: new Date().toISOString(),
    sizeBytes: statSync(file).size,
    sha256: sha256File(file),
    schemaVersion: v.schemaVersion,
    auditHead: v.auditHead,
    attachments: v.attachmentHashes.length,
    attachmentHashes: v.attachmentHashes,
    secondCopy: null,
  }, null)
}
