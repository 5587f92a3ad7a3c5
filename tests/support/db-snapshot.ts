import BetterSqlite3 from 'better-sqlite3'

/**
 * Every row of every table, as text, for "nothing changed" checks: a refused call must leave the
 * database's content exactly as it was.
 */
const text = (row: unknown) =>
  JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? `bytes:${v.toString('base64')}` : typeof v === 'bigint' ? String(v) : v))

export function dbContent(dbFile: string): string {
  const raw = new BetterSqlite3(dbFile, { readonly: true })
  try {
    const tables = raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[]
    return JSON.stringify(
      // Rows sorted by their text: the full-text index's shadow tables have no rowid to order by.
      tables.map((name) => [name, raw.prepare(`SELECT * FROM "${name}"`).raw().all().map(text).sort()]),
    )
  } finally {
    raw.close()
  }
}
