import type { HandlerMap } from '../handler'
import { actor } from '../handler'
import { changedFields } from '../audit/write'
import { getAgencyProfile, updateAgencyProfile } from './repository'
import { getSecuritySettings, updateSecuritySettings } from './security'

type Ops = 'settings.get' | 'settings.update' | 'settings.security.get' | 'settings.security.update'

export const settingsHandlers: HandlerMap<Ops> = {
  'settings.get': (_input, { trx }) => getAgencyProfile(trx),

  'settings.update': async ({ version, ...fields }, ctx) => {
    const before = await getAgencyProfile(ctx.trx)
    const changes = changedFields(before, fields)
    // Saved without a change: nothing written, no audit entry (a stale version still gets its CONFLICT below).
    if (Object.keys(changes).length === 0 && before.version === version) return before
    await updateAgencyProfile(ctx.trx, fields, version, actor(ctx).id)
    await ctx.audit({ action: 'update', recordType: 'agency_profile', recordId: null, changes })
    return getAgencyProfile(ctx.trx)
  },

  'settings.security.get': (_input, { trx }) => getSecuritySettings(trx),

  'settings.security.update': async ({ version, ...values }, ctx) => {
    const before = await getSecuritySettings(ctx.trx)
    const changes = changedFields(before, values)
    if (Object.keys(changes).length === 0 && before.version === version) return before
    await updateSecuritySettings(ctx.trx, values, version, actor(ctx).id, ctx.at)
    await ctx.audit({ action: 'update', recordType: 'security_settings', recordId: null, changes })
    return getSecuritySettings(ctx.trx)
  },
}
