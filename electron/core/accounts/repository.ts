import type { Kysely } from 'kysely'
import type { Account } from '../../../shared/api/accounts'
import { ROLES, type Role } from '../../../shared/domain/roles'
import type { Database } from '../db/schema'
import { AppError } from '../errors'
import { rolesOf } from '../auth/users'
import { voidedOf } from '../db/voided'

type Db = Kysely<Database>

const accountQuery = (db: Db) =>
  db
    .selectFrom('users as u')
    .leftJoin('users as v', 'v.id', 'u.voided_by')
    .select([
      'u.id',
      'u.login',
      'u.name',
      'u.active',
      'u.must_change_password',
      'u.locked_until',
      'u.last_login_at',
      'u.created_at',
      'u.updated_at',
      'u.version',
      'u.voided_at',
      'u.void_reason',
      'v.name as voided_by_name',
    ])

type AccountRow = Awaited<ReturnType<ReturnType<typeof accountQuery>['executeTakeFirstOrThrow']>>

function toAccount(r: AccountRow, roles: Role[], now: number): Account {
  return {
    id: r.id,
    login: r.login,
    name: r.name,
    roles,
    active: r.active === 1,
    mustChangePassword: r.must_change_password === 1,
    lockedUntil: r.locked_until,
    locked: r.locked_until !== null && Date.parse(r.locked_until) > now,
    lastLoginAt: r.last_login_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
    voided: voidedOf(r),
  }
}

export async function listAccounts(db: Db, includeVoided: boolean, now: number): Promise<Account[]> {
  let q = accountQuery(db).orderBy('u.created_at').orderBy('u.login')
  if (!includeVoided) q = q.where('u.voided_at', 'is', null)
  const rows = await q.execute()
  const roleRows = await db.selectFrom('user_roles').select(['user_id', 'role']).execute()
  return rows.map((r) => toAccount(r, rolesIn(roleRows.filter((x) => x.user_id === r.id).map((x) => x.role)), now))
}

export async function getAccount(db: Db, id: string, now: number): Promise<Account> {
  const r = await accountQuery(db).where('u.id', '=', id).executeTakeFirst()
  if (!r) throw new AppError('NOT_FOUND', '没有找到这个账号')
  return toAccount(r, await rolesOf(db, id), now)
}

/** An account the admin may still change: exists, not voided, and at the version the admin saw. */
export async function editableAccount(db: Db, id: string, version: number, now: number): Promise<Account> {
  const a = await getAccount(db, id, now)
  if (a.voided) throw new AppError('STATE', '该账号已作废，不能再修改')
  if (a.version !== version) throw new AppError('CONFLICT', '该账号已被他人修改，请刷新后重试')
  return a
}

export async function setRoles(db: Db, userId: string, roles: readonly Role[]): Promise<void> {
  await db.deleteFrom('user_roles').where('user_id', '=', userId).execute()
  await db
    .insertInto('user_roles')
    .values(roles.map((role) => ({ user_id: userId, role })))
    .execute()
}

/** The office must never be left without an active administrator. */
export async function assertAdminRemains(db: Db): Promise<void> {
  const row = await db
    .selectFrom('users as u')
    .innerJoin('user_roles as r', 'r.user_id', 'u.id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('r.role', '=', 'admin')
    .where('u.active', '=', 1)
    .where('u.voided_at', 'is', null)
    .executeTakeFirstOrThrow()
  if (Number(row.n) === 0) throw new AppError('STATE', '至少要保留一个启用的管理员账号')
}

const rolesIn = (held: string[]): Role[] => ROLES.filter((r) => held.includes(r))
