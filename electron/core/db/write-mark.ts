import type BetterSqlite3 from 'better-sqlite3'

// Whether anything was written between two moments, on the one connection every write of the app goes through:
// SQLite counts the rows each connection has changed (total_changes). The connection itself is part of the mark,
// since a restore replaces it.

export interface WriteMark {
  connection: BetterSqlite3.Database
  changes: number
}

export const writeMark = (connection: BetterSqlite3.Database): WriteMark => ({ connection, changes: connection.prepare('SELECT total_changes()').pluck().get() as number })

export const writtenSince = (mark: WriteMark, connection: BetterSqlite3.Database): boolean => connection !== mark.connection || writeMark(connection).changes !== mark.changes
