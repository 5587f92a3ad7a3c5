import type { OpInput, OpName, OpResult } from '../../shared/api'
import type { Envelope } from '../../shared/api/errors'
import { appHandlers } from './app/handlers'
import { accountHandlers } from './accounts/handlers'
import { auditHandlers } from './audit/handlers'
import { authHandlers } from './auth/handlers'
import { documentHandlers } from './documents/handlers'
import { seizureHandlers } from './seizures/handlers'
import { storageHandlers } from './storage/handlers'
import { attachmentHandlers } from './attachments/handlers'
import { destructionHandlers } from './destruction/handlers'
import { campaignsHandlers } from './campaigns/handlers'
import { holidayHandlers } from './holidays/handlers'
import { penaltyCaseHandlers } from './cases/handlers'
import { typicalCaseHandlers } from './typical-cases/handlers'
import { stationAreaHandlers } from './stations/handlers'
import { statisticsAreaHandlers } from './statistics/handlers'
import { SessionStore } from './auth/sessions'
import { UnknownLoginFailures } from './auth/lockout'
import { LoginGuard } from './auth/login-guard'
import { loadAuditKey } from './audit/audit-key'
import { sealAll, sealPending } from './audit/seals'
import { installSealTriggers } from './db/row-seals'
import { sweepLeftovers } from './backup/leftovers'
import { makeDataDirPrivate } from './private-data-dir'
import type BetterSqlite3 from 'better-sqlite3'
import { checkInBackground, openDatabase, type OpenedDatabase } from './db/connection'
import { markClean } from './db/clean-close'
import { acquireInstanceLock } from './instance-lock'
import { BackupService } from './backup/service'
import { restoreBackup } from './backup/restore'
import { importArchive } from './backup/archive'
import { backupHandlers } from './backup/handlers'
import { backupHealthHandlers } from './backup/health-handlers'
import type { MigrationReport } from './db/migrate'
import { dispatch } from './dispatch'
import type { CoreServices, HandlerMap } from './handler'
import { settingsHandlers } from './settings/handlers'
import type { ClientContext } from './transport/client'
import type { AppError } from './errors'

// Every operation in the contract must have its handler: a missing one is a type error here.
const handlers: HandlerMap<OpName> = {
  ...appHandlers,
  ...settingsHandlers,
  ...authHandlers,
  ...accountHandlers,
  ...auditHandlers,
  ...documentHandlers,
  ...seizureHandlers,
  ...storageHandlers,
  ...attachmentHandlers,
  ...backupHandlers,
  ...backupHealthHandlers,
  ...destructionHandlers,
  ...holidayHandlers,
  ...penaltyCaseHandlers,
  ...typicalCaseHandlers,
  ...stationAreaHandlers,
  ...statisticsAreaHandlers,
  ...campaignsHandlers,
}

export interface Core {
  readonly dataDir: string
  readonly dbFile: string
  readonly migration: MigrationReport
  /** Typed call, for code that knows the operation at compile time. */
  invoke<N extends OpName>(op: N, input: OpInput<N>, client: ClientContext): Promise<Envelope<OpResult<N>>>
  /** Untyped call, for transports carrying a name and JSON from outside. */
  invokeRaw(op: string, input: unknown, client: ClientContext): Promise<Envelope<unknown>>
  close(): Promise<void>
  /** Whether a session token is live: the web host asks before it reads a large body (a file) for a call. */
  sessionLive(token: string | null): boolean
  /**
   * Settles when the database has passed its integrity check (at once when it was checked at open); rejects with
   * a DamagedDatabaseError when the background check failed — the core then refuses every call.
   */
  readonly checked: Promise<void>
  /** The live SQLite connection, for diagnostics and fault tests (a full disk, a read-only file); not for features. */
  readonly sqlite: BetterSqlite3.Database
}

export interface CoreOptions {
  dataDir: string
  /** The clock, ms since the epoch; tests pass one they can move forward. */
  now?: () => number
  /** Take the daily backup at start (default); tests of other things may leave it off. */
  autoBackup?: boolean
}

/** Opens the data dir's database (migrating it) and returns the one entry point for every transport. */
export function createCore({ dataDir, now = Date.now, autoBackup = true }: CoreOptions): Core {
  makeDataDirPrivate(dataDir)
  const lock = acquireInstanceLock(dataDir)
  let opened: OpenedDatabase
  let auditKey: Buffer
  try {
    auditKey = loadAuditKey(dataDir)
    opened = openDatabase(dataDir)
    prepareSeals(opened, auditKey)
  } catch (err) {
    lock.release()
    throw err
  }
  // How a restore or an import puts another database file in place: close, swap (restore.ts), open again.
  const swap = {
    close: () => services.db.destroy(),
    open: () => {
      const fresh = openDatabase(dataDir)
      prepareSeals(fresh, auditKey)
      services.db = fresh.db
      services.sqlite = fresh.sqlite
      // The people and their rights may differ in the new data: everyone signs in again.
      services.sessions.clear()
    },
  }
  const services: CoreServices = {
    dataDir,
    dbFile: opened.file,
    db: opened.db,
    sqlite: opened.sqlite,
    integrity: { checked: Promise.resolve(), damaged: null },
    sessions: new SessionStore(),
    unknownLogins: new UnknownLoginFailures(),
    loginGuard: new LoginGuard(),
    auditKey,
    migration: opened.migration,
    now,
    backups: new BackupService({ dataDir, sqlite: () => services.sqlite, db: () => services.db, now, auditKey }),
    restore: (fileName) => restoreBackup(services.backups, dataDir, fileName, swap),
    // A package from another PC was sealed with its key: re-sealed here with this one's (the import is recorded).
    importArchive: async (bytes) => {
      const result = await importArchive(services.backups, dataDir, bytes, swap)
      sealAll(services.sqlite, auditKey)
      return result
    },
  }
  sweepLeftovers(dataDir)
  // A cleanly closed file is checked now in a worker thread while calls are answered; writes wait for it
  // (dispatch.ts). Failed, the connection is closed at once and every call refused with the reason.
  if (!opened.checked) {
    // Beneath dispatch's waiting, SQLite itself refuses every write on this connection until the check passes.
    opened.sqlite.pragma('query_only = ON')
    services.integrity.checked = checkInBackground(dataDir, opened.file).then(
      () => void opened.sqlite.pragma('query_only = OFF'),
      async (err: unknown) => {
        services.integrity.damaged = err as AppError
        await services.db.destroy()
        throw err
      },
    )
    services.integrity.checked.catch(() => undefined) // observed by dispatch and the transports
  }
  // The first start of a day keeps a copy (once the file is known whole); a failure is shown in 备份与恢复,
  // never stops the app.
  const daily = autoBackup ? services.integrity.checked.then(() => services.backups.dailyIfDue()).catch(() => null) : Promise.resolve(null)
  const invokeRaw = (op: string, input: unknown, client: ClientContext) => dispatch(services, handlers, op, input, client)
  let closed = false
  return {
    dataDir,
    dbFile: opened.file,
    migration: opened.migration,
    invoke: (op, input, client) => invokeRaw(op, input, client) as never,
    invokeRaw,
    sessionLive: (token) => services.sessions.has(token),
    get checked() {
      return services.integrity.checked
    },
    get sqlite() {
      return services.sqlite
    },
    async close() {
      if (closed) return
      closed = true
      await daily
      await services.backups.idle()
      services.sessions.clear()
      const damaged = services.integrity.damaged !== null
      if (!damaged) {
        // What was changed outside a call (a daily backup's note) and not yet sealed.
        try {
          await services.db.transaction().execute(async () => sealPending(services.sqlite, auditKey))
        } catch {
          // A read-only or full disk: 审计校验 will name those rows as unsealed.
        }
        await services.db.destroy()
        // Kysely closes the handle only if a call ever used it: closed here too, the last close checkpoints the WAL.
        if (services.sqlite.open) services.sqlite.close()
      }
      // The next start may check this file in the background: nothing was written to it unchecked this time
      // either (a check still running is simply run again then).
      if (!damaged) {
        try {
          markClean(services.dbFile)
        } catch {
          // A folder that cannot be written: the next start checks the file fully, as after a crash.
        }
      }
      lock.release()
    },
  }
}

/**
 * Starts sealing this connection's changes; a new file, or one whose tables a migration just changed, is sealed
 * whole first (a file checked in the background is never migrated, so never written here before its check).
 */
function prepareSeals(opened: OpenedDatabase, key: Buffer): void {
  installSealTriggers(opened.sqlite)
  if (opened.migration.from < opened.migration.to) sealAll(opened.sqlite, key)
}
