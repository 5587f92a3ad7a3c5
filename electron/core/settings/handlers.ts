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
    await updateAgencyProfile(ctx.trx, fields, version, actor(ctx).id)
    await ctx.audit({ action: 'update', recordType: 'agency_profile', recordId: null, changes: changedFields(before, fields) })
    return getAgencyProfile(ctx.trx)
  },

  'settings.security.get': (_input, { trx }) => getSecuritySettings(trx),

  'settings.security.update': async ({ version, ...values }, ctx) => {
    const before = await getSecuritySettings(ctx.trx)
    await updateSecuritySettings(ctx.trx, values, version, actor(ctx).id, ctx.at)
    await ctx.audit({ action: 'update', recordType: 'security_settings', recordId: null, changes: changedFields(before, values) })
    return getSecuritySettings(ctx.trx)
  },
}
