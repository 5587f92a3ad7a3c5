import type BetterSqlite3 from 'better-sqlite3'
import type { SqliteDatabase } from 'kysely'

// Kysely's SQLite driver prepares every statement anew on every call; preparing costs about as much as running
// a small query. This hands Kysely the connection with its prepared statements kept by their SQL text (the most
// recently used `size`), so a hot operation prepares its statements once.

/** A ROLLBACK with no transaction open: runs as a statement that changes nothing. */
const NOTHING_TO_ROLL_BACK = { reader: false, run: () => ({ changes: 0, lastInsertRowid: 0 }) } as unknown as BetterSqlite3.Statement

const cached = new WeakMap<BetterSqlite3.Database, SqliteDatabase>()

/** The connection's one statement cache (made on first use): Kysely's, and the seals' beneath it (row-seals.ts). */
export function statementsOf(db: BetterSqlite3.Database): SqliteDatabase {
  let s = cached.get(db)
  if (!s) cached.set(db, (s = withStatementCache(db)))
  return s
}

function withStatementCache(db: BetterSqlite3.Database, size = 500): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>()
  return {
    close: () => db.close(),
    prepare(sql: string) {
      // A full disk (SQLITE_FULL), like a failed I/O, may make SQLite roll the transaction back itself. Kysely
      // then sends its ROLLBACK, which fails ("no transaction is active") and replaces the real error in what the
      // caller sees. Nothing is left to roll back then: the ROLLBACK does nothing and the real error stands.
      if (sql === 'rollback' && !db.inTransaction) return NOTHING_TO_ROLL_BACK
      const kept = cache.get(sql)
      // A statement still being iterated cannot run again meanwhile: that call gets one of its own.
      if (kept && !kept.busy) {
        cache.delete(sql)
        cache.set(sql, kept)
        return kept
      }
      const st = db.prepare(sql)
      if (!kept) {
        cache.set(sql, st)
        if (cache.size > size) cache.delete(cache.keys().next().value!)
      }
      return st
    },
  }
}
