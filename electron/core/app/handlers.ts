import { z } from 'zod'
import { operations } from '../../../shared/api'
import { PERMISSIONS } from '../../../shared/api/permissions'
import type { Access } from '../../../shared/api/contract'
import type { OperationDescription } from '../../../shared/api/app'
import type { HandlerMap } from '../handler'
import { countUsers } from '../auth/users'
import { findAgencyProfile } from '../settings/repository'
import { version as appVersion } from '../../../package.json'

export const appHandlers: HandlerMap<'app.info' | 'app.operations'> = {
  'app.info': async (_input, { trx, services }) => ({
    name: '市监台账',
    version: appVersion,
    schemaVersion: services.migration.to,
    setupDone: (await countUsers(trx)) > 0,
    agencyName: (await findAgencyProfile(trx))?.fullName ?? '',
    dataDir: services.dataDir,
  }),

  'app.operations': async () => describeOperations(),
}

let described: OperationDescription[] | null = null

/** Every operation with its access rule and input JSON Schema: the API describes itself. */
function describeOperations(): OperationDescription[] {
  described ??= Object.entries(operations).map(([name, def]) => {
    const access: Access = PERMISSIONS[name as keyof typeof PERMISSIONS]
    return {
    name,
    summary: def.summary,
    access: typeof access === 'string' ? access : [...access],
    mutates: def.mutates,
    inputSchema: z.toJSONSchema(def.input, { io: 'input', unrepresentable: 'any' }),
    }
  })
  return described
}
