import { useCallback, useEffect, useState } from 'react'
import { Button, Result, Spin } from 'antd'
import { HashRouter } from 'react-router'
import type { AppInfo } from '../../shared/api/app'
import type { SessionInfo } from '../../shared/api/auth'
import { ApiError, invoke, onSessionEnded } from './api/client'
import { SetupPage } from './features/setup/SetupPage'
import { LoginPage } from './features/auth/LoginPage'
import { ForcedPasswordChange } from './features/auth/ForcedPasswordChange'
import { SessionContext } from './features/auth/session'
import { useIdle } from './features/auth/use-idle'
import { AppShell } from './features/shell/AppShell'

type Stage =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'setup'; info: AppInfo }
  | { kind: 'login'; info: AppInfo; notice?: string }
  | { kind: 'ready'; info: AppInfo; session: SessionInfo }

const IDLE_NOTICE = '长时间未操作，已自动退出登录，请重新登录'

/** Where a window starts: first run → setup; no session → login; otherwise the shell. */
async function resolveStage(): Promise<Stage> {
  try {
    const info = await invoke('app.info', {})
    if (!info.setupDone) return { kind: 'setup', info }
    try {
      return { kind: 'ready', info, session: await invoke('auth.me', {}) }
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

  // Core ended the session (idle, account disabled or reset): back to the login screen, saying why.
  const toLogin = useCallback((notice?: string) => setStage((s) => ('info' in s ? { kind: 'login', info: s.info, notice } : s)), [])
  useEffect(() => onSessionEnded(toLogin), [toLogin])

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
      return (
        <LoginPage
          agencyName={stage.info.agencyName}
          notice={stage.notice}
          onLoggedIn={(session) => setStage({ kind: 'ready', info: stage.info, session })}
        />
      )
    case 'ready':
      return (
        <SignedIn
          stage={stage}
          onSession={(session) => setStage({ ...stage, session })}
          onInfo={(patch) => setStage({ ...stage, info: { ...stage.info, ...patch } })}
          toLogin={toLogin}
        />
      )
  }
}

interface SignedInProps {
  stage: Extract<Stage, { kind: 'ready' }>
  onSession(session: SessionInfo): void
  onInfo(patch: Partial<AppInfo>): void
  toLogin(notice?: string): void
}

function SignedIn({ stage, onSession, onInfo, toLogin }: SignedInProps) {
  const { info, session } = stage
  const logout = async (notice?: string) => {
    // The session may already be gone on the core side; the window leaves either way.
    await invoke('auth.logout', {}).catch(() => undefined)
    toLogin(notice)
  }
  useIdle(session.idleMinutes, () => void logout(IDLE_NOTICE))

  if (session.user.mustChangePassword) {
    return <ForcedPasswordChange info={session} onDone={onSession} onLogout={() => void logout()} />
  }
  return (
    <SessionContext.Provider
      value={{ user: session.user, info, signOut: () => void logout(), updateSession: onSession, updateInfo: onInfo }}
    >
      <HashRouter>
        <AppShell />
      </HashRouter>
    </SessionContext.Provider>
  )
}
