import { useEffect, useState } from 'react'
import { Button, Result, Spin } from 'antd'
import { HashRouter } from 'react-router'
import type { AppInfo } from '../../shared/api/app'
import type { CurrentUser } from '../../shared/api/auth'
import { ApiError, invoke } from './api/client'
import { SetupPage } from './features/setup/SetupPage'
import { LoginPage } from './features/auth/LoginPage'
import { SessionContext } from './features/auth/session'
import { AppShell } from './features/shell/AppShell'

type Stage =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'setup'; info: AppInfo }
  | { kind: 'login'; info: AppInfo }
  | { kind: 'ready'; info: AppInfo; user: CurrentUser }

/** Where a window starts: first run → setup; no session → login; otherwise the shell. */
async function resolveStage(): Promise<Stage> {
  try {
    const info = await invoke('app.info', {})
    if (!info.setupDone) return { kind: 'setup', info }
    try {
      const { user } = await invoke('auth.me', {})
      return { kind: 'ready', info, user }
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
      return <LoginPage agencyName={stage.info.agencyName} onLoggedIn={(user) => setStage({ kind: 'ready', info: stage.info, user })} />
    case 'ready':
      return (
        <SessionContext.Provider
          value={{
            user: stage.user,
            info: stage.info,
            signOut: () => setStage({ kind: 'login', info: stage.info }),
            updateInfo: (patch) => setStage({ ...stage, info: { ...stage.info, ...patch } }),
          }}
        >
          <HashRouter>
            <AppShell />
          </HashRouter>
        </SessionContext.Provider>
      )
  }
}
