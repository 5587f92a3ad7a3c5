import type { Kysely } from 'kysely'
import type { SecuritySettings } from '../../../shared/api/settings'
import type { Database } from '../db/schema'
import { AppError } from '../errors'

type Db = Kysely<Database>
export type SecurityValues = Omit<SecuritySettings, 'version' | 'updatedAt'>

// One row, created with defaults by migration 003.
export async function getSecuritySettings(db: Db): Promise<SecuritySettings> {
  const r = await db.selectFrom('security_settings').selectAll().executeTakeFirstOrThrow()
  return {
    idleMinutes: r.idle_minutes,
    lockoutAttempts: r.lockout_attempts,
    lockoutMinutes: r.lockout_minutes,
    version: r.version,
    updatedAt: r.updated_at,
  }
}

export async function updateSecuritySettings(db: Db, v: SecurityValues, version: number, by: string, at: string): Promise<void> {
  const res = await db
    .updateTable('security_settings')
    .set({
      idle_minutes: v.idleMinutes,
      lockout_attempts: v.lockoutAttempts,
      lockout_minutes: v.lockoutMinutes,
      updated_at: at,
      updated_by: by,
      version: version + 1,
    })
    .where('version', '=', version)
    .executeTakeFirst()
  if (Number(res.numUpdatedRows) !== 1) throw new AppError('CONFLICT', '安全设置已被他人修改，请刷新后重试')
}
