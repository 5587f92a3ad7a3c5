import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { syncFile } from '../backup/manifest'

// Whether the database was closed cleanly, and not touched since: <db>.clean, written after the last connection
// closed (the WAL folded in), holding the file's size and modification time, and removed at open before
// anything is written. A crash, a power cut or another program writing the file leaves it missing or wrong.
// Start-up checks such a file fully before it is used; a clean one is checked in the background instead.

interface Mark {
  size: number
  mtimeMs: number
}

const markFile = (dbFile: string) => `${dbFile}.clean`

function identity(dbFile: string): Mark {
  const st = statSync(dbFile)
  return { size: st.size, mtimeMs: st.mtimeMs }
}

/** Records a clean close; call once the database is closed. */
export function markClean(dbFile: string): void {
  writeFileSync(markFile(dbFile), JSON.stringify(identity(dbFile)))
  syncFile(markFile(dbFile))
}

/** True when the last close was clean and the file is as it was left; the mark is gone afterwards either way. */
export function takeCleanMark(dbFile: string): boolean {
  const file = markFile(dbFile)
  if (!existsSync(file)) return false
  try {
    const mark = JSON.parse(readFileSync(file, 'utf8')) as Mark
    const now = identity(dbFile)
    const wal = `${dbFile}-wal`
    return mark.size === now.size && mark.mtimeMs === now.mtimeMs && (!existsSync(wal) || statSync(wal).size === 0)
  } catch {
    return false
  } finally {
    rmSync(file, { force: true })
  }
}
