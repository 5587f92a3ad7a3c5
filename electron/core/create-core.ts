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
import { SessionStore } from './auth/sessions'
import { openDatabase } from './db/connection'
import type { MigrationReport } from './db/migrate'
import { dispatch } from './dispatch'
import type { CoreServices, HandlerMap } from './handler'
import { settingsHandlers } from './settings/handlers'
import type { ClientContext } from './transport/client'

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
}

export interface CoreOptions {
  dataDir: string
  /** The clock, ms since the epoch; tests pass one they can move forward. */
  now?: () => number
}

/** Opens the data dir's database (migrating it) and returns the one entry point for every transport. */
export function createCore({ dataDir, now = Date.now }: CoreOptions): Core {
  const opened = openDatabase(dataDir)
  const services: CoreServices = {
    dataDir,
    dbFile: opened.file,
    db: opened.db,
    sessions: new SessionStore(),
    migration: opened.migration,
    now,
  }
  const invokeRaw = (op: string, input: unknown, client: ClientContext) => dispatch(services, handlers, op, input, client)
  let closed = false
  return {
    dataDir,
    dbFile: opened.file,
    migration: opened.migration,
    invoke: (op, input, client) => invokeRaw(op, input, client) as never,
    invokeRaw,
    async close() {
      if (closed) return
      closed = true
      services.sessions.clear()
      await opened.db.destroy() // closes the better-sqlite3 handle, checkpointing the WAL
    },
  }
}
