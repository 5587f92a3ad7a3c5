import type { Kysely } from 'kysely'
import type { CurrentUser } from '../../../shared/api/auth'
import { ROLES, type Role } from '../../../shared/domain/roles'
import type { Database } from '../db/schema'
import { newId } from '../db/ids'

type Db = Kysely<Database>

export async function countUsers(db: Db): Promise<number> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  return Number(row.n)
}

/** The active, non-voided user with their roles; null otherwise. */
export async function loadCurrentUser(db: Db, userId: string): Promise<CurrentUser | null> {
  const row = await db
    .selectFrom('users')
    .select(['id', 'login', 'name', 'must_change_password'])
    .where('id', '=', userId)
    .where('active', '=', 1)
    .where('voided_at', 'is', null)
    .executeTakeFirst()
  if (!row) return null
  return { id: row.id, login: row.login, name: row.name, roles: await rolesOf(db, userId), mustChangePassword: row.must_change_password === 1 }
}

export async function rolesOf(db: Db, userId: string): Promise<Role[]> {
  const rows = await db.selectFrom('user_roles').select('role').where('user_id', '=', userId).execute()
  const held = new Set(rows.map((r) => r.role))
  return ROLES.filter((r) => held.has(r))
}

export async function findUserByLogin(db: Db, login: string) {
  return db
    .selectFrom('users')
    .select(['id', 'login', 'name', 'password_hash', 'active', 'failed_logins', 'locked_until'])
    .where('login', '=', login)
    .where('voided_at', 'is', null)
    .executeTakeFirst()
}

export async function insertUser(
  db: Db,
  u: { login: string; name: string; passwordHash: string; roles: readonly Role[]; createdBy: string | null; mustChangePassword: boolean; at: string },
): Promise<string> {
  const id = newId()
  const at = u.at
  await db
    .insertInto('users')
    .values({
      id,
      login: u.login,
      name: u.name,
      password_hash: u.passwordHash,
      active: 1,
      created_at: at,
      created_by: u.createdBy,
      updated_at: at,
      updated_by: u.createdBy,
      version: 1,
      voided_at: null,
      voided_by: null,
      void_reason: null,
      must_change_password: u.mustChangePassword ? 1 : 0,
    })
    .execute()
  await db
    .insertInto('user_roles')
    .values(u.roles.map((role) => ({ user_id: id, role })))
    .execute()
  return id
}
