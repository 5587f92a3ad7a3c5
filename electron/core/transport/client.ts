import { randomBytes } from 'node:crypto'

/**
 * One caller of core: an Electron window or a web client (cookie). The transport owns it and keeps it
 * between calls; core sets `sessionToken` on login and clears it on logout.
 */
export interface ClientContext {
  sessionToken: string | null
  /**
   * Who is calling, across calls: one per window, one per admitted browser, one for all scripts with the token
   * alone. Failed sign-ins are throttled per caller (auth/login-guard.ts).
   */
  readonly caller: string
}

export const newClient = (sessionToken: string | null = null, caller = randomBytes(12).toString('base64url')): ClientContext => ({ sessionToken, caller })
