import type BetterSqlite3 from 'better-sqlite3'

/** One schema step. Applied once, in order, inside a transaction; never edited after release. */
export interface Migration {
  version: number
  name: string
  sql: string
  /** Data work SQL alone cannot do (e.g. hashing), run after `sql` in the same transaction. */
  run?(db: BetterSqlite3.Database): void
}
