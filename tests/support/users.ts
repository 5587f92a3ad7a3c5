import BetterSqlite3 from 'better-sqlite3'
import type { Role } from '../../shared/domain/roles'

/**
 * Adds an account straight into the database, with the same password hash as an existing account
 * (account management is its own issue). Returns the new user's id.
 */
export function addUserLike(dbFile: string, copyFromLogin: string, login: string, name: string, roles: Role[]): string {
  const raw = new BetterSqlite3(dbFile)
  try {
    const { password_hash } = raw.prepare('SELECT password_hash FROM users WHERE login = ?').get(copyFromLogin) as { password_hash: string }
    const id = `u-${login}`
    raw.prepare("INSERT INTO users (id, login, name, password_hash, created_at, updated_at) VALUES (?, ?, ?, ?, 'x', 'x')").run(id, login, name, password_hash)
    for (const role of roles) raw.prepare('INSERT INTO user_roles (user_id, role) VALUES (?, ?)').run(id, role)
    return id
  } finally {
    raw.close()
  }
}
