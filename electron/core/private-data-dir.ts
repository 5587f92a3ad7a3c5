import { chmodSync, lstatSync, mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { isMainThread } from 'node:worker_threads'

// The data folder holds the password hashes and every record: on POSIX only its owner may read it. Everything this
// process creates from now on is owner-only (umask 077 — SQLite gives its -wal/-shm the database file's mode, and
// backups, attachments and exports are all made here), and a folder left open by an earlier version, a copy or a
// hand-made --data-dir is closed at start, saying so in the log. On Windows the userData folder's ACL already
// keeps other accounts out; an ACL is not read here (that would need icacls or a native call).

export interface PrivacyReport {
  /** Folders and files whose modes were narrowed. */
  fixed: number
}

export function makeDataDirPrivate(dataDir: string, platform: NodeJS.Platform = process.platform): PrivacyReport {
  if (platform === 'win32') {
    mkdirSync(dataDir, { recursive: true })
    return { fixed: 0 }
  }
  // A worker thread may not set it (Node refuses); the app's core is always opened on the main thread.
  if (isMainThread) process.umask(0o077)
  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  // A closed folder keeps others out of everything beneath it: the walk (every attachment) runs only when it was open.
  if ((lstatSync(dataDir).mode & 0o077) === 0) return { fixed: 0 }
  const fixed = narrow(dataDir)
  console.warn(`[taizhang] 数据目录 ${dataDir} 此前其他用户可读：已将 ${fixed} 个文件和文件夹改为仅本用户可读写`)
  return { fixed }
}

function narrow(path: string): number {
  const st = lstatSync(path)
  if (st.isSymbolicLink()) return 0 // its target is not ours to change
  let fixed = 0
  if (st.isDirectory()) {
    if ((st.mode & 0o777) !== 0o700) {
      chmodSync(path, 0o700)
      fixed++
    }
    for (const name of readdirSync(path)) fixed += narrow(join(path, name))
  } else if ((st.mode & 0o077) !== 0) {
    chmodSync(path, st.mode & 0o700)
    fixed++
  }
  return fixed
}
