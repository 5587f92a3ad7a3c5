import { createContext, useContext } from 'react'
import type { AppInfo } from '../../../../shared/api/app'
import type { CurrentUser } from '../../../../shared/api/auth'

export interface SessionValue {
  user: CurrentUser
  info: AppInfo
  /** Back to the login screen (after the server session has ended). */
  signOut(): void
  /** Keeps the shell's copy of app info current, e.g. after the agency name was edited. */
  updateInfo(patch: Partial<AppInfo>): void
}

export const SessionContext = createContext<SessionValue | null>(null)

export function useSession(): SessionValue {
  const s = useContext(SessionContext)
  if (!s) throw new Error('useSession outside SessionContext')
  return s
}
