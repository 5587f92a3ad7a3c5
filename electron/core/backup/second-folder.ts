import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { AppError } from '../errors'
import { sweepBackupFolder } from './leftovers'
import { copyAttachments } from './take'
import { writeManifest, type Manifest } from './manifest'
import { copyFileSynced, sha256FileAsync } from '../db/file-worker'

// The optional second place for every backup (a USB drive or a network share): the same file, checked by
// its hash after copying, its manifest and the attachments it needs. A missing drive is reported, and the
// backup in the data folder stands.

export const SECOND_DIR_NAME = 'taizhang-backups'

export async function copyToSecondFolder(dataDir: string, backupDir: string, m: Manifest, secondFolder: string, key: Buffer): Promise<string> {
  if (!existsSync(secondFolder)) throw new AppError('STORAGE', `第二备份位置不存在或未连接：${secondFolder}`)
  const dir = join(secondFolder, SECOND_DIR_NAME)
  try {
    mkdirSync(dir, { recursive: true })
    // A copy cut off earlier (the drive pulled, the app killed); a day old, so never another PC's copy in progress.
    sweepBackupFolder(dir, 24 * 60 * 60 * 1000)
    const dest = join(dir, m.fileName)
    // In the file worker: a USB stick writes a large file for many seconds, and no call waits for it.
    await copyFileSynced(join(backupDir, m.fileName), `${dest}.part`)
    if ((await sha256FileAsync(`${dest}.part`)) !== m.sha256) {
      rmSync(`${dest}.part`, { force: true })
      throw new AppError('STORAGE', `复制到第二备份位置后校验不符：${secondFolder}`)
    }
    renameSync(`${dest}.part`, dest)
    await copyAttachments(dataDir, dir, m.attachmentHashes)
    writeManifest(dir, { ...m, secondCopy: null }, key)
    return dir
  } catch (err) {
    if (err instanceof AppError) throw err
    throw new AppError('STORAGE', `无法写入第二备份位置 ${secondFolder}：${(err as Error).message}`)
  }
}

/** Removes a dropped backup (file and manifest) from a folder. Attachments stay: other backups share them. */
export function removeBackup(dir: string, fileName: string): void {
  rmSync(join(dir, fileName), { force: true })
  rmSync(join(dir, `${fileName}.json`), { force: true })
}
