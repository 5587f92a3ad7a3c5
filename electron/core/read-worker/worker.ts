import { parentPort } from 'node:worker_threads'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import type { Database } from '../db/schema'
import { AppError } from '../errors'
import { READ_TASKS, type ReadTaskName } from './tasks'

// The read worker's thread (started by pool.ts). Each task opens the database read-only and reads in one
// transaction: a snapshot, so an export is whole and consistent while the window goes on writing. The file is
// opened per task, not kept: a restore replaces it under the same name.

export interface ReadRequest {
  id: number
  task: ReadTaskName
  dbFile: string
  input: unknown
}
export type ReadReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: { code: string; message: string; fields?: Record<string, string> } }

async function run({ task, dbFile, input }: ReadRequest): Promise<unknown> {
  const sqlite = new BetterSqlite3(dbFile, { readonly: true, fileMustExist: true })
  sqlite.pragma('busy_timeout = 5000')
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) })
  try {
    const read = READ_TASKS[task] as (db: Kysely<Database>, input: unknown, sqlite: BetterSqlite3.Database) => Promise<unknown>
    // The raw connection is the one under the transaction: a task may read it directly in the same snapshot.
    return await db.transaction().execute((trx) => read(trx, input, sqlite))
  } finally {
    await db.destroy()
  }
}

parentPort!.on('message', (req: ReadRequest) => {
  run(req).then(
    (value) => parentPort!.postMessage({ id: req.id, ok: true, value } satisfies ReadReply),
    (err: unknown) => {
      const error = err instanceof AppError ? err.toData() : { code: 'INTERNAL', message: `读取失败：${err instanceof Error ? err.message : String(err)}` }
      parentPort!.postMessage({ id: req.id, ok: false, error } satisfies ReadReply)
    },
  )
})
