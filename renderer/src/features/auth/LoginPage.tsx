import { useState } from 'react'
import { Alert, Button, Card, Form, Input, Typography } from 'antd'
import type { SessionInfo } from '../../../../shared/api/auth'
import { invoke } from '../../api/client'

interface Props {
  agencyName: string
  /** Why the window is back here (e.g. signed out after idle time). */
  notice?: string
  onLoggedIn(session: SessionInfo): void
}

export function LoginPage({ agencyName, notice, onLoggedIn }: Props) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const submit = async (values: { login: string; password: string }) => {
    setBusy(true)
    setError(null)
    try {
      onLoggedIn(await invoke('auth.login', values))
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', background: '#f0f2f5' }}>
      <Card style={{ width: 380 }}>
        <Typography.Title level={3} style={{ marginTop: 0, textAlign: 'center' }}>
          市监台账
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          {agencyName}
        </Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
        {!error && notice && <Alert type="info" showIcon title={notice} style={{ marginBottom: 16 }} data-testid="login-notice" />}
        <Form layout="vertical" onFinish={submit} disabled={busy}>
          <Form.Item name="login" label="登录名" rules={[{ required: true, message: '请填写登录名' }]}>
            <Input autoFocus autoComplete="username" />
          </Form.Item>
          <Form.Item name="password" label="密码" rules={[{ required: true, message: '请填写密码' }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={busy}>
            登录
          </Button>
        </Form>
      </Card>
    </div>
  )
}
