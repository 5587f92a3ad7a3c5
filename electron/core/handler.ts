import type { Kysely, Transaction } from 'kysely'
import type BetterSqlite3 from 'better-sqlite3'
import type { BackupService } from './backup/service'
import type { OpName, OpParsed, OpResult } from '../../shared/api'
import type { CurrentUser } from '../../shared/api/auth'
import type { SessionStore } from './auth/sessions'
import type { UnknownLoginFailures } from './auth/lockout'
import type { LoginGuard } from './auth/login-guard'
import type { Database } from './db/schema'
import type { MigrationReport } from './db/migrate'
import type { ClientContext } from './transport/client'
import type { AuditEntry } from './audit/write'
import { AppError } from './errors'

/** What every handler can reach besides its transaction. */
export interface CoreServices {
  dataDir: string
  dbFile: string
  /** The current database; replaced when a backup is restored, so read it at call time. */
  db: Kysely<Database>
  sqlite: BetterSqlite3.Database
  sessions: SessionStore
  /** Wrong passwords under login names that have no account (auth/lockout.ts). */
  unknownLogins: UnknownLoginFailures
  loginGuard: LoginGuard
  /** The office's audit key (audit/audit-key.ts): seals rows and the chain's head; never stored in the database. */
  auditKey: Buffer
  backups: BackupService
  /** Swaps the database for a backup's copy (backup/restore.ts) and ends every session. */
  restore(fileName: string): Promise<{ restoredFrom: string; safetyCopy: string }>
  /** Replaces the data with an exported package's (backup/archive.ts) and ends every session. */
  importArchive(bytes: Uint8Array): Promise<{ safetyCopy: string; exportedAt: string }>
  migration: MigrationReport
  /** The start-up integrity check (create-core.ts): writes wait for `checked`; `damaged` refuses everything. */
  integrity: { checked: Promise<void>; damaged: AppError | null }
  /** The clock (ms since the epoch); tests pass their own to step over idle times and lockouts. */
  now(): number
}

export type HandlerAuditEntry = Omit<AuditEntry, 'userId' | 'operation' | 'at'> & { userId?: string | null }

export interface HandlerContext {
  trx: Transaction<Database>
  /** The signed-in user, re-read from the database for this call; null for public calls. */
  user: CurrentUser | null
  client: ClientContext
  services: CoreServices
  /** This call's instant (ISO-8601 UTC): every row it writes carries the same time. */
  at: string
  /** Appends an audit entry (or several, in order) in this call's transaction, stamped with the time, user and operation. */
  audit(entry: HandlerAuditEntry | readonly HandlerAuditEntry[]): Promise<void>
  /** The same, in a transaction of the handler's own (operations `outsideTransaction`). */
  auditIn(trx: Transaction<Database>, entry: HandlerAuditEntry | readonly HandlerAuditEntry[]): Promise<void>
  /**
   * Runs `fn` once the call's writes are committed, never if they are not: what lives outside the database (a
   * session) must not exist for a sign-in the disk could not record.
   */
  afterCommit(fn: () => void): void
}

export type Handler<N extends OpName> = (input: OpParsed<N>, ctx: HandlerContext) => Promise<OpResult<N>>

/** What the first step of a two-step handler may reach: no transaction is open. */
export interface BeforeContext {
  user: CurrentUser | null
  services: CoreServices
  client: ClientContext
}

/**
 * A handler whose slow work needs no transaction (hashing a password, ~50 ms of scrypt): `before` does it with
 * no transaction open, so the one connection serves other calls meanwhile; `run` then writes in the call's
 * transaction and checks that what `before` read still holds.
 */
export interface TwoStepHandler<N extends OpName, P> {
  before(input: OpParsed<N>, ctx: BeforeContext): Promise<P>
  // Method syntax: a map holds steps of different P.
  run(input: OpParsed<N>, ctx: HandlerContext, prepared: P): Promise<OpResult<N>>
}

export type HandlerMap<N extends OpName> = { [K in N]: Handler<K> | TwoStepHandler<K, unknown> }

/** Types a two-step handler's steps together. */
export const twoSteps = <N extends OpName, P>(steps: TwoStepHandler<N, P>): TwoStepHandler<N, P> => steps

/** The signed-in user, for handlers whose access already guarantees one. */
export function actor(ctx: Pick<HandlerContext, 'user'>): CurrentUser {
  if (!ctx.user) throw new AppError('UNAUTHENTICATED', '请先登录')
  return ctx.user
}
