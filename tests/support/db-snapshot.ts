import BetterSqlite3 from 'better-sqlite3'

/**
 * Every row of every table, as text, for "nothing changed" checks: a refused call must leave the
 * database's content exactly as it was.
 */
export function dbContent(dbFile: string): string {
  const raw = new BetterSqlite3(dbFile, { readonly: true })
  try {
    const tables = raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[]
    return JSON.stringify(
      tables.map((name) => [name, raw.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).raw().all()]),
      (_k, v: unknown) => (Buffer.isBuffer(v) ? `bytes:${v.toString('base64')}` : typeof v === 'bigint' ? String(v) : v),
    )
  } finally {
    raw.close()
  }
}
