import { join } from 'node:path'
import type { Kysely } from 'kysely'
import type { BackupInfo, BackupProgress, BackupReason, BackupSettings } from '../../../shared/api/backup'
import type { Database } from '../db/schema'
import { AppError } from '../errors'
import { localDate } from '../clock'
import { BACKUP_DIR, readManifests, writeManifest, type Manifest } from './manifest'
import { backupsToDelete } from './retention'
import { copyToSecondFolder, removeBackup, SECOND_DIR_NAME } from './second-folder'
import { takeBackup } from './take'
import type BetterSqlite3 from 'better-sqlite3'

// One backup at a time, with its progress for the window; the daily backup at the first start of a day;
// the retention rule applied after each backup, in the data folder and the second folder alike.

export interface BackupHost {
  dataDir: string
  sqlite(): BetterSqlite3.Database
  db(): Kysely<Database>
  now(): number
  /** Signs the manifests. */
  auditKey: Buffer
}

export async function getBackupSettings(db: Kysely<Database>): Promise<BackupSettings> {
  const r = await db.selectFrom('backup_settings').selectAll().executeTakeFirstOrThrow()
  return { secondFolder: r.second_folder, keepDaily: r.keep_daily, keepMonthly: r.keep_monthly, version: r.version }
}

export const publicInfo = ({ attachmentHashes: _hashes, ...info }: Manifest): BackupInfo => info

export class BackupService {
  private running: Promise<Manifest> | null = null
  private percent = 0
  lastError: string | null = null

  constructor(private readonly host: BackupHost) {}

  /** The key that signs (and checks) this folder's manifests. */
  get key(): Buffer {
    return this.host.auditKey
  }

  get dir(): string {
    return join(this.host.dataDir, BACKUP_DIR)
  }

  list(): Manifest[] {
    return readManifests(this.dir)
  }

  /** Resolves once no backup is running (before the database is closed). */
  async idle(): Promise<void> {
    await this.running?.catch(() => undefined)
  }

  progress(): BackupProgress {
    return { running: this.running !== null, percent: this.running ? this.percent : 0 }
  }

  /** Takes a backup now; a second request while one runs waits for it instead of starting another. */
  async create(reason: BackupReason): Promise<Manifest> {
    if (this.running) {
      if (reason === 'manual') throw new AppError('STATE', '正在备份，请等待当前备份完成')
      await this.running.catch(() => undefined)
    }
    this.percent = 0
    this.running = this.run(reason)
    try {
      return await this.running
    } finally {
      this.running = null
    }
  }

  /** At start: a daily backup unless today has one (a brand-new database has nothing to keep yet). */
  async dailyIfDue(): Promise<Manifest | null> {
    const today = localDate(this.host.now())
    if (this.list().some((m) => m.reason === 'daily' && localDate(Date.parse(m.createdAt)) === today)) return null
    const users = await this.host.db().selectFrom('users').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
    if (users.n === 0) return null
    return this.create('daily')
  }

  private async run(reason: BackupReason): Promise<Manifest> {
    const settings = await getBackupSettings(this.host.db())
    try {
      let m = await takeBackup({ sqlite: this.host.sqlite(), dataDir: this.host.dataDir, reason, now: this.host.now(), onProgress: (p) => (this.percent = p), key: this.host.auditKey })
      this.lastError = null
      if (settings.secondFolder) {
        try {
          const second = await copyToSecondFolder(this.host.dataDir, this.dir, m, settings.secondFolder, this.host.auditKey)
          m = { ...m, secondCopy: second }
          writeManifest(this.dir, m, this.host.auditKey)
        } catch (err) {
          this.lastError = (err as Error).message
        }
      }
      this.applyRetention(settings)
      return m
    } catch (err) {
      this.lastError = (err as Error).message
      throw err
    }
  }

  private applyRetention(settings: BackupSettings): void {
    const all = this.list().map((m) => ({ ...m, day: localDate(Date.parse(m.createdAt)) }))
    for (const fileName of backupsToDelete(all, settings.keepDaily, settings.keepMonthly)) {
      removeBackup(this.dir, fileName)
      if (settings.secondFolder) removeBackup(join(settings.secondFolder, SECOND_DIR_NAME), fileName)
    }
  }
}
