/**
 * One caller of core: an Electron window or a web client (cookie). The transport owns it and keeps it
 * between calls; core sets `sessionToken` on login and clears it on logout.
 */
export interface ClientContext {
  sessionToken: string | null
}

export const newClient = (sessionToken: string | null = null): ClientContext => ({ sessionToken })
