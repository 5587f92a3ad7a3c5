import { Alert, Card, Typography } from 'antd'
import type { SessionInfo } from '../../../../shared/api/auth'
import { LoginForm } from './LoginForm'

interface Props {
  agencyName: string
  /** Why the window is back here (e.g. the data was restored from a backup). */
  notice?: string
  onLoggedIn(session: SessionInfo, password: string): void
}

export function LoginPage({ agencyName, notice, onLoggedIn }: Props) {
  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', background: '#f0f2f5' }}>
      <Card style={{ width: 380 }}>
        <Typography.Title level={3} style={{ marginTop: 0, textAlign: 'center' }}>
          市监台账
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          {agencyName}
        </Typography.Paragraph>
        {notice && <Alert type="info" showIcon title={notice} style={{ marginBottom: 16 }} data-testid="login-notice" />}
        <LoginForm onLoggedIn={onLoggedIn} />
      </Card>
    </div>
  )
}
