import type { HandlerMap } from '../handler'
import { actor } from '../handler'
import { changedFields } from '../audit/write'
import { getAgencyProfile, updateAgencyProfile } from './repository'

export const settingsHandlers: HandlerMap<'settings.get' | 'settings.update'> = {
  'settings.get': (_input, { trx }) => getAgencyProfile(trx),

  'settings.update': async ({ version, ...fields }, ctx) => {
    const before = await getAgencyProfile(ctx.trx)
    await updateAgencyProfile(ctx.trx, fields, version, actor(ctx).id)
    await ctx.audit({ recordType: 'agency_profile', recordId: null, detail: { changes: changedFields(before, fields) } })
    return getAgencyProfile(ctx.trx)
  },
}
