import type { Kysely } from 'kysely'
import type { StorageLocation } from '../../../shared/api/seizure-types'
import { STORAGE_LEVELS } from '../../../shared/domain/seizures'
import type { Database } from '../db/schema'
import { AppError } from '../errors'
import { voidedOf } from '../db/voided'

type Db = Kysely<Database>

/** 仓库 / 货架 / 货位 for a level; the deepest level (货位) has no children. */
export const levelLabel = (level: number): string => STORAGE_LEVELS[level] ?? '存放位置'
export const LAST_LEVEL = STORAGE_LEVELS.length - 1

export const PATH_SEPARATOR = ' / '

// The table's CHECK keeps levels to 0–2, so a location's path is itself plus at most two ancestors: two
// joins instead of a recursive query, which keeps the SQL portable.
const locationQuery = (db: Db) =>
  db
    .selectFrom('storage_locations as s')
    .leftJoin('storage_locations as p', 'p.id', 's.parent_id')
    .leftJoin('storage_locations as g', 'g.id', 'p.parent_id')
    .leftJoin('users as v', 'v.id', 's.voided_by')
    .select([
      's.id',
      's.parent_id',
      's.level',
      's.name',
      's.created_at',
      's.version',
      's.voided_at',
      's.void_reason',
      'p.name as parent_name',
      'g.name as grand_name',
      'v.name as voided_by_name',
    ])

type LocationRow = Awaited<ReturnType<ReturnType<typeof locationQuery>['executeTakeFirstOrThrow']>>

function toLocation(r: LocationRow): StorageLocation {
  const names = [r.grand_name, r.parent_name, r.name].filter((n): n is string => n !== null)
  return {
    id: r.id,
    parentId: r.parent_id,
    level: r.level,
    name: r.name,
    path: names.join(PATH_SEPARATOR),
    version: r.version,
    voided: voidedOf(r),
  }
}

// Numeric so that 2号仓库 comes before 10号仓库 and 02 before 10.
const collator = new Intl.Collator('zh-CN', { numeric: true })

/**
 * Every location, parents directly followed by their children (a depth-first walk), siblings by name,
 * active before voided ones of the same name. Voided locations are dropped unless asked for; an active
 * location never sits under a voided one (voiding waits for the children), so no active row is orphaned.
 */
export async function listLocations(db: Db, includeVoided: boolean): Promise<StorageLocation[]> {
  const rows = await locationQuery(db).execute()
  const children = new Map<string | null, LocationRow[]>()
  for (const r of rows) children.set(r.parent_id, [...(children.get(r.parent_id) ?? []), r])
  const bySibling = (a: LocationRow, b: LocationRow) =>
    collator.compare(a.name, b.name) || Number(a.voided_at !== null) - Number(b.voided_at !== null) || a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id)
  const out: StorageLocation[] = []
  const walk = (parentId: string | null) => {
    for (const r of (children.get(parentId) ?? []).sort(bySibling)) {
      if (includeVoided || r.voided_at === null) out.push(toLocation(r))
      walk(r.id)
    }
  }
  walk(null)
  return out
}

export async function findLocation(db: Db, id: string): Promise<StorageLocation | null> {
  const r = await locationQuery(db).where('s.id', '=', id).executeTakeFirst()
  return r ? toLocation(r) : null
}

export async function getLocation(db: Db, id: string): Promise<StorageLocation> {
  const loc = await findLocation(db, id)
  if (!loc) throw new AppError('NOT_FOUND', '没有找到这个存放位置')
  return loc
}

/** A location that may still be renamed or voided: exists, not voided, and at the version the user saw. */
export async function editableLocation(db: Db, id: string, version: number): Promise<StorageLocation> {
  const loc = await getLocation(db, id)
  if (loc.voided) throw new AppError('STATE', `该${levelLabel(loc.level)}已停用，不能再修改`)
  if (loc.version !== version) throw new AppError('CONFLICT', `该${levelLabel(loc.level)}已被他人修改，请刷新后重试`)
  return loc
}

/** The parent a new location goes under: exists, not voided, and not a 货位 (the deepest level). */
export async function parentForNew(db: Db, parentId: string): Promise<StorageLocation> {
  const parent = await findLocation(db, parentId)
  if (!parent) throw new AppError('NOT_FOUND', '没有找到上级存放位置，请刷新后重试')
  if (parent.level >= LAST_LEVEL) throw new AppError('VALIDATION', `${levelLabel(LAST_LEVEL)}是最末一级，不能在其下再新增位置`)
  if (parent.voided) throw new AppError('STATE', `“${parent.path}”已停用，不能在其下新增${levelLabel(parent.level + 1)}`)
  return parent
}

/** Names are unique among the active locations under one parent (the unique index says the same). */
export async function assertNameFree(db: Db, parent: StorageLocation | null, name: string, exceptId?: string): Promise<void> {
  let q = db.selectFrom('storage_locations').select('id').where('name', '=', name).where('voided_at', 'is', null)
  q = parent ? q.where('parent_id', '=', parent.id) : q.where('parent_id', 'is', null)
  if (exceptId) q = q.where('id', '!=', exceptId)
  if (!(await q.executeTakeFirst())) return
  const what = levelLabel(parent ? parent.level + 1 : 0)
  const msg = parent ? `该${levelLabel(parent.level)}下已有名为“${name}”的${what}` : `已有名为“${name}”的${what}`
  throw new AppError('VALIDATION', msg, { name: msg })
}

export async function countActiveChildren(db: Db, id: string): Promise<number> {
  const row = await db
    .selectFrom('storage_locations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('parent_id', '=', id)
    .where('voided_at', 'is', null)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}
