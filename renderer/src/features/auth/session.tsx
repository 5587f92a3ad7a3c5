import { createContext, useContext } from 'react'
import type { AppInfo } from '../../../../shared/api/app'
import type { CurrentUser, SessionInfo } from '../../../../shared/api/auth'

export interface SessionValue {
  user: CurrentUser
  info: AppInfo
  /** Ends the session and returns to the login screen. */
  signOut(): void
  /** Keeps the window's copy of the session current, e.g. after changing the password. */
  updateSession(session: SessionInfo): void
  /** Keeps the shell's copy of app info current, e.g. after the agency name was edited. */
  updateInfo(patch: Partial<AppInfo>): void
}

export const SessionContext = createContext<SessionValue | null>(null)

export function useSession(): SessionValue {
  const s = useContext(SessionContext)
  if (!s) throw new Error('useSession outside SessionContext')
  return s
}
