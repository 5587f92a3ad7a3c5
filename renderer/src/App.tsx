import { useCallback, useEffect, useState } from 'react'
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

/** First run → setup; no session → login; otherwise the shell. */
export function App() {
  const [stage, setStage] = useState<Stage>({ kind: 'loading' })

  const load = useCallback(async () => {
    try {
      const info = await invoke('app.info', {})
      if (!info.setupDone) return setStage({ kind: 'setup', info })
      try {
        const { user } = await invoke('auth.me', {})
        setStage({ kind: 'ready', info, user })
      } catch (err) {
        if (err instanceof ApiError && err.code === 'UNAUTHENTICATED') setStage({ kind: 'login', info })
        else throw err
      }
    } catch (err) {
      setStage({ kind: 'failed', message: err instanceof Error ? err.message : String(err) })
    }
  }, [])

  useEffect(() => {
    void load()
  }, [load])

  switch (stage.kind) {
    case 'loading':
      return <Spin fullscreen tip="正在载入…" />
    case 'failed':
      return (
        <Result status="error" title="无法载入台账" subTitle={stage.message} extra={<Button onClick={() => void load()}>重试</Button>} />
      )
    case 'setup':
      return <SetupPage onDone={(user) => setStage({ kind: 'ready', info: { ...stage.info, setupDone: true }, user })} />
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
