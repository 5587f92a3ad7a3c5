import type BetterSqlite3 from 'better-sqlite3'
import type { SqliteDatabase } from 'kysely'

// Kysely's SQLite driver prepares every statement anew on every call; preparing costs about as much as running
// a small query. This hands Kysely the connection with its prepared statements kept by their SQL text (the most
// recently used `size`), so a hot operation prepares its statements once.

export function withStatementCache(db: BetterSqlite3.Database, size = 500): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>()
  return {
    close: () => db.close(),
    prepare(sql: string) {
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
