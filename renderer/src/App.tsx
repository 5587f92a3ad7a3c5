import { useCallback, useEffect, useMemo, useState } from 'react'
import { Button, Result, Spin } from 'antd'
import { createHashRouter, RouterProvider } from 'react-router'
import type { AppInfo } from '../../shared/api/app'
import type { SessionInfo } from '../../shared/api/auth'
import { ApiError, invoke, onReturnToLogin, onSessionLost } from './api/client'
import { SetupPage } from './features/setup/SetupPage'
import { LoginPage } from './features/auth/LoginPage'
import { ForcedPasswordChange } from './features/auth/ForcedPasswordChange'
import { ReauthDialog } from './features/auth/ReauthDialog'
import { landFor } from './features/auth/landing'
import { SessionContext } from './features/auth/session'
import { useActivity } from './features/auth/use-activity'
import { AppShell } from './features/shell/AppShell'

type Stage =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'setup'; info: AppInfo }
  | { kind: 'login'; info: AppInfo; notice?: string }
  /** `generation` changes when another user takes over the window: everything on screen starts afresh. */
  | { kind: 'ready'; info: AppInfo; session: SessionInfo; generation: number; password?: string }

const IDLE_NOTICE = '长时间未操作，已自动退出登录，请重新登录'

/** Where a window starts: first run → setup; no session → login; otherwise the shell. */
async function resolveStage(): Promise<Stage> {
  // Both asked at once (a fresh window waits for the two answers one after the other otherwise); before the
  // first setup auth.me is simply refused.
  const me = invoke('auth.me', {})
  me.catch(() => undefined)
  try {
    const info = await invoke('app.info', {})
    if (!info.setupDone) return { kind: 'setup', info }
    try {
      const session = await me
      landFor(session.user.id)
      return { kind: 'ready', info, session, generation: 0 }
    } catch (err) {
      if (err instanceof ApiError && err.code === 'UNAUTHENTICATED') return { kind: 'login', info }
      throw err
    }
  } catch (err) {
    return { kind: 'failed', message: err instanceof Error ? err.message : String(err) }
  }
}

export function App() {
  const [stage, setStage] = useState<Stage>({ kind: 'loading' })
  const [loads, setLoads] = useState(0)
  const reload = () => {
    setStage({ kind: 'loading' })
    setLoads((n) => n + 1)
  }

  useEffect(() => {
    let current = true
    void resolveStage().then((s) => current && setStage(s))
    return () => {
      current = false
    }
  }, [loads])

  // Logout, or the data was replaced underneath (restore, import): back to the login screen, saying why.
  const toLogin = useCallback((notice?: string) => setStage((s) => ('info' in s ? { kind: 'login', info: s.info, notice } : s)), [])
  useEffect(() => onReturnToLogin(toLogin), [toLogin])

  const signedIn = (info: AppInfo, session: SessionInfo, password?: string) => {
    landFor(session.user.id)
    setStage((s) => ({ kind: 'ready', info, session, password, generation: s.kind === 'ready' ? s.generation + 1 : 0 }))
  }

  switch (stage.kind) {
    case 'loading':
      return <Spin fullscreen tip="正在载入…" />
    case 'failed':
      return (
        <Result status="error" title="无法载入台账" subTitle={stage.message} extra={<Button onClick={reload}>重试</Button>} />
      )
    case 'setup':
      // Setup signed this window in: reload so the shell shows the agency just entered.
      return <SetupPage onDone={reload} />
    case 'login':
      return <LoginPage agencyName={stage.info.agencyName} notice={stage.notice} onLoggedIn={(session, password) => signedIn(stage.info, session, password)} />
    case 'ready':
      return (
        <SignedIn
          key={stage.generation}
          stage={stage}
          onSession={(session) => setStage({ ...stage, session, password: undefined })}
          onInfo={(patch) => setStage({ ...stage, info: { ...stage.info, ...patch } })}
          onOtherUser={(session, password) => signedIn(stage.info, session, password)}
          toLogin={toLogin}
        />
      )
  }
}

interface SignedInProps {
  stage: Extract<Stage, { kind: 'ready' }>
  onSession(session: SessionInfo): void
  onInfo(patch: Partial<AppInfo>): void
  onOtherUser(session: SessionInfo, password: string): void
  toLogin(notice?: string): void
}

function SignedIn({ stage, onSession, onInfo, onOtherUser, toLogin }: SignedInProps) {
  const { info, session } = stage
  // Why the session ended while this window was open; the sign-in dialog shows over the page meanwhile.
  const [ended, setEnded] = useState<string | null>(null)
  useEffect(() => onSessionLost(setEnded), [])

  const logout = async () => {
    // The session may already be gone on the core side; the window leaves either way.
    await invoke('auth.logout', {}).catch(() => undefined)
    toLogin()
  }
  useActivity(
    session.idleMinutes,
    () => {
      void invoke('auth.logout', {}).catch(() => undefined)
      setEnded(IDLE_NOTICE)
    },
    ended !== null,
  )
  // One router for the window's life: a new one would forget where the user was.
  const router = useMemo(() => createHashRouter([{ path: '*', element: <AppShell /> }]), [])

  if (session.user.mustChangePassword) {
    return <ForcedPasswordChange info={session} knownPassword={stage.password} onDone={onSession} onLogout={() => void logout()} />
  }
  return (
    <SessionContext.Provider value={{ user: session.user, info, signOut: () => void logout(), updateSession: onSession, updateInfo: onInfo }}>
      <RouterProvider router={router} />
      {ended !== null && (
        <ReauthDialog
          user={session.user}
          notice={ended}
          onSameUser={(s) => {
            setEnded(null)
            onSession(s)
          }}
          onOtherUser={onOtherUser}
          onLogout={() => toLogin()}
        />
      )}
    </SessionContext.Provider>
  )
}
