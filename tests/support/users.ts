import { newClient, type ClientContext } from '../../electron/core'
import type { Role } from '../../shared/domain/roles'
import type { CoreHarness } from './temp-core'

export const TEMP_PASSWORD = 'temp-pass-2026'
export const OWN_PASSWORD = 'own-pass-2026'

/**
 * Creates an account as the harness's admin, signs it in on a new client and replaces the temporary
 * password (a new account may do nothing else first). Returns the id and the signed-in client.
 */
export async function addAccount(t: CoreHarness, login: string, name: string, roles: Role[]): Promise<{ id: string; client: ClientContext }> {
  const { id } = await t.ok('accounts.create', { login, name, roles, password: TEMP_PASSWORD })
  const client = newClient()
  await t.ok('auth.login', { login, password: TEMP_PASSWORD }, client)
  await t.ok('auth.changePassword', { current: TEMP_PASSWORD, next: OWN_PASSWORD }, client)
  return { id, client }
}
