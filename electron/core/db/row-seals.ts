import type BetterSqlite3 from 'better-sqlite3'
import { statementsOf } from './statement-cache'

// SQLite-only plumbing for the record seals (audit/seals.ts): which tables hold records, and which of their rows
// this connection changed. The change log is a TEMP table filled by TEMP triggers: they live on this connection
// alone and are never stored in the file, so an edit made by any other program leaves no trace here and so gets
// no seal. Rows are named by rowid.

/** Tables that are not records: the chain itself, the seals, the migration log. */
const NOT_RECORDS = new Set(['audit_log', 'record_seals', 'audit_seal', 'schema_migrations'])

/** Every table whose rows are sealed: all but SQLite's own, virtual tables (full-text search) and their shadow tables. */
export function sealedTables(sqlite: BetterSqlite3.Database): string[] {
  const rows = sqlite.prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as { name: string; sql: string }[]
  const virtual = rows.filter((r) => /^CREATE VIRTUAL TABLE/i.test(r.sql)).map((r) => r.name)
  // Rows are named by rowid: a WITHOUT ROWID table (none is, today) could not be sealed this way.
  const sealed = (r: { name: string; sql: string }) =>
    !NOT_RECORDS.has(r.name) && !virtual.some((v) => r.name === v || r.name.startsWith(`${v}_`)) && !/WITHOUT ROWID\s*;?\s*$/i.test(r.sql)
  return rows
    .filter(sealed)
    .map((r) => r.name)
    .sort()
}

/** Statements on core's connection, prepared once (its statement cache): the seals run in every writing call. */
const statement = (sqlite: BetterSqlite3.Database, sql: string) => statementsOf(sqlite).prepare(sql) as BetterSqlite3.Statement

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`

/**
 * Logs one row once. Not INSERT OR IGNORE: an outer statement's own conflict clause (an upsert, OR REPLACE)
 * overrides a trigger's, and the second log of a row would then fail the outer statement.
 */
const logRow = (tbl: string, rid: string) => `INSERT INTO seal_pending SELECT ${tbl}, ${rid} WHERE NOT EXISTS (SELECT 1 FROM seal_pending WHERE tbl = ${tbl} AND rid = ${rid});`

/** Starts logging this connection's changes to record rows (and new audit entries, as row 0 of audit_log). */
export function installSealTriggers(sqlite: BetterSqlite3.Database): void {
  const statements = ['CREATE TEMP TABLE IF NOT EXISTS seal_pending (tbl TEXT NOT NULL, rid INTEGER NOT NULL, PRIMARY KEY (tbl, rid)) WITHOUT ROWID']
  for (const t of sealedTables(sqlite)) {
    const lit = `'${t.replaceAll("'", "''")}'`
    for (const [event, row] of [['INSERT', 'NEW'], ['UPDATE', 'NEW'], ['DELETE', 'OLD']] as const) {
      statements.push(`CREATE TEMP TRIGGER IF NOT EXISTS ${quoted(`seal_${t}_${event.toLowerCase()}`)} AFTER ${event} ON main.${quoted(t)} BEGIN ${logRow(lit, `${row}.rowid`)} END`)
    }
    // An UPDATE that changes the rowid itself: the old row is gone.
    statements.push(`CREATE TEMP TRIGGER IF NOT EXISTS ${quoted(`seal_${t}_rekey`)} AFTER UPDATE ON main.${quoted(t)} WHEN OLD.rowid <> NEW.rowid BEGIN ${logRow(lit, 'OLD.rowid')} END`)
  }
  statements.push(`CREATE TEMP TRIGGER IF NOT EXISTS seal_audit_insert AFTER INSERT ON main.audit_log BEGIN ${logRow("'audit_log'", '0')} END`)
  sqlite.exec(statements.join(';\n'))
}

/** The rows changed since the last call, which are then forgotten. */
export function takePending(sqlite: BetterSqlite3.Database): { tbl: string; rid: number }[] {
  const rows = statement(sqlite, 'SELECT tbl, rid FROM temp.seal_pending').all() as { tbl: string; rid: number }[]
  if (rows.length > 0) statement(sqlite, 'DELETE FROM temp.seal_pending').run()
  return rows
}

/** One row's stored values in column order, or undefined when it is gone. */
export function rowValues(sqlite: BetterSqlite3.Database, tbl: string, rid: number): unknown[] | undefined {
  return statement(sqlite, `SELECT * FROM main.${quoted(tbl)} WHERE rowid = ?`).raw(true).get(rid) as unknown[] | undefined
}

/** Every row of a table as [rowid, values], in rowid order, in pages. */
export function* allRows(sqlite: BetterSqlite3.Database, tbl: string, page = 5000): Generator<[number, unknown[]]> {
  const stmt = sqlite.prepare(`SELECT rowid, * FROM main.${quoted(tbl)} WHERE rowid > ? ORDER BY rowid LIMIT ?`).raw()
  let after = Number.MIN_SAFE_INTEGER
  for (;;) {
    const rows = stmt.all(after, page) as unknown[][]
    for (const r of rows) yield [r[0] as number, r.slice(1)]
    if (rows.length < page) return
    after = rows.at(-1)![0] as number
  }
}
