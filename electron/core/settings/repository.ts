import type { Kysely } from 'kysely'
import type { AgencyProfile } from '../../../shared/api/settings'
import type { Database } from '../db/schema'
import { newId, nowIso } from '../db/ids'
import { AppError } from '../errors'

type Db = Kysely<Database>

export type AgencyFields = Pick<AgencyProfile, 'fullName' | 'shortName' | 'address' | 'phone' | 'postcode'>

const columns = ['full_name', 'short_name', 'address', 'phone', 'postcode', 'version', 'updated_at', 'updated_by'] as const

export async function findAgencyProfile(db: Db): Promise<AgencyProfile | null> {
  const row = await db.selectFrom('agency_profile').select(columns).executeTakeFirst()
  if (!row) return null
  return {
    fullName: row.full_name,
    shortName: row.short_name,
    address: row.address,
    phone: row.phone,
    postcode: row.postcode,
    version: row.version,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  }
}

export async function getAgencyProfile(db: Db): Promise<AgencyProfile> {
  const p = await findAgencyProfile(db)
  if (!p) throw new AppError('NOT_FOUND', '尚未填写机关信息')
  return p
}

export async function insertAgencyProfile(db: Db, f: AgencyFields, by: string): Promise<void> {
  const at = nowIso()
  await db
    .insertInto('agency_profile')
    .values({
      id: newId(),
      full_name: f.fullName,
      short_name: f.shortName,
      address: f.address,
      phone: f.phone,
      postcode: f.postcode,
      created_at: at,
      created_by: by,
      updated_at: at,
      updated_by: by,
      version: 1,
    })
    .execute()
}

/** Updates the profile if nobody changed it since `version` was read; CONFLICT otherwise. */
export async function updateAgencyProfile(db: Db, f: AgencyFields, version: number, by: string): Promise<void> {
  const result = await db
    .updateTable('agency_profile')
    .set({
      full_name: f.fullName,
      short_name: f.shortName,
      address: f.address,
      phone: f.phone,
      postcode: f.postcode,
      updated_at: nowIso(),
      updated_by: by,
      version: version + 1,
    })
    .where('version', '=', version)
    .executeTakeFirst()
  if (Number(result.numUpdatedRows) !== 1) {
    throw new AppError('CONFLICT', '机关信息已被他人修改，请刷新后重新编辑')
  }
}
