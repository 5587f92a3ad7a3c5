import type { Kysely } from 'kysely'
import type { CurrentUser } from '../../../shared/api/auth'
import { ROLES, type Role } from '../../../shared/domain/roles'
import type { Database } from '../db/schema'
import { newId, nowIso } from '../db/ids'

type Db = Kysely<Database>

export async function countUsers(db: Db): Promise<number> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  return Number(row.n)
}

/** The active, non-voided user with their roles; null otherwise. */
export async function loadCurrentUser(db: Db, userId: string): Promise<CurrentUser | null> {
  const row = await db
    .selectFrom('users')
    .select(['id', 'login', 'name'])
    .where('id', '=', userId)
    .where('active', '=', 1)
    .where('voided_at', 'is', null)
    .executeTakeFirst()
  if (!row) return null
  return { ...row, roles: await rolesOf(db, userId) }
}

export async function rolesOf(db: Db, userId: string): Promise<Role[]> {
  const rows = await db.selectFrom('user_roles').select('role').where('user_id', '=', userId).execute()
  const held = new Set(rows.map((r) => r.role))
  return ROLES.filter((r) => held.has(r))
}

export async function findUserByLogin(db: Db, login: string) {
  return db
    .selectFrom('users')
    .select(['id', 'login', 'name', 'password_hash', 'active'])
    .where('login', '=', login)
    .where('voided_at', 'is', null)
    .executeTakeFirst()
}

export async function insertUser(
  db: Db,
  u: { login: string; name: string; passwordHash: string; roles: readonly Role[]; createdBy: string | null },
): Promise<string> {
  const id = newId()
  const at = nowIso()
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
    })
    .execute()
  await db
    .insertInto('user_roles')
    .values(u.roles.map((role) => ({ user_id: id, role })))
    .execute()
  return id
}
