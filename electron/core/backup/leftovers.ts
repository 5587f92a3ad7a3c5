import { readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { ATTACHMENTS_DIR } from '../attachments/store'
import { BACKUP_DIR } from './manifest'
import { removeReadOnlySidecars } from './verify'

// What a killed process leaves: every file is written under a temporary name and renamed into place, so a kill
// leaves only temporary names, which no manifest ever names. They are removed at start, before anything can be
// writing them (the instance lock keeps a second process out of this data folder).

/** At start: the backup folder, its attachment copies, and the data folder's attachments. */
export function sweepLeftovers(dataDir: string): void {
  const backups = join(dataDir, BACKUP_DIR)
  sweepBackupFolder(backups)
  sweepAttachmentParts(join(backups, ATTACHMENTS_DIR))
  sweepAttachmentParts(join(dataDir, ATTACHMENTS_DIR))
}

/**
 * An interrupted backup's `.part` copy and its -wal/-shm, an interrupted import's or export's `.import-*.sqlite` / `.export-*.sqlite`, a manifest's
 * `.json.part`, and the sidecars of read-only checks by earlier versions. A backup's own file, its manifest and a
 * -wal holding anything stay. `olderThanMs` spares files written recently: a second folder on a network share
 * may be shared with another PC that is writing its own backup there right now.
 */
export function sweepBackupFolder(dir: string, olderThanMs = 0, now = Date.now()): void {
  const names = list(dir)
  const stale = (name: string) => olderThanMs === 0 || now - mtimeOf(join(dir, name)) > olderThanMs
  for (const name of names) {
    if (/\.sqlite\.part(-wal|-shm)?$|^\.(import|export)-\d+\.sqlite(-wal|-shm|-journal)?$|\.sqlite\.json\.part$/.test(name)) {
      if (stale(name)) rmSync(join(dir, name), { force: true })
    } else if (olderThanMs > 0) continue
    else if (name.endsWith('.sqlite-wal')) removeReadOnlySidecars(join(dir, name.slice(0, -'-wal'.length)))
    else if (name.endsWith('.sqlite-shm') && !names.includes(`${name.slice(0, -'-shm'.length)}-wal`)) rmSync(join(dir, name), { force: true })
  }
}

/** `<hash>.part` (a copy) and `<hash>.<random>.tmp` (a new attachment) in the two-letter folders. */
function sweepAttachmentParts(dir: string): void {
  for (const sub of list(dir)) {
    if (!/^[0-9a-f]{2}$/.test(sub)) continue
    for (const name of list(join(dir, sub))) if (/^[0-9a-f]{64}(\.part|\.[0-9a-f]+\.tmp)$/.test(name)) rmSync(join(dir, sub, name), { force: true })
  }
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir)
  } catch {
    return []
  }
}

function mtimeOf(file: string): number {
  try {
    return statSync(file).mtimeMs
  } catch {
    return Date.now()
  }
}
