import { useEffect, useRef, useState } from 'react'
import { Alert, Button, Form, Input, type InputRef } from 'antd'
import type { SessionInfo } from '../../../../shared/api/auth'
import { invoke } from '../../api/client'
import { PasswordInput } from '../../components/PasswordInput'

// 登录名 and 密码, for the login screen and the sign-in dialog over a page whose session ended. A refused password
// is cleared and the cursor stays in its field for the next try; core's message says how many tries are left.

interface Props {
  /** The user whose session ended: the name is filled in and the cursor starts in 密码. */
  login?: string
  submitText?: string
  /** The password is handed on for the forced change right after a sign-in with a temporary one. */
  onLoggedIn(session: SessionInfo, password: string): void
}

export function LoginForm({ login, submitText = '登录', onLoggedIn }: Props) {
  const [form] = Form.useForm<{ login: string; password: string }>()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const password = useRef<InputRef>(null)
  // After a refusal, once the form takes input again (a disabled field cannot be focused).
  const refocus = useRef(false)
  useEffect(() => {
    if (busy || !refocus.current) return
    refocus.current = false
    password.current?.focus()
  }, [busy])

  const submit = async (values: { login: string; password: string }) => {
    setBusy(true)
    setError(null)
    try {
      onLoggedIn(await invoke('auth.login', values), values.password)
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
      form.setFieldValue('password', '')
      refocus.current = true
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" data-testid="login-error" />}
      <Form form={form} layout="vertical" onFinish={submit} disabled={busy} initialValues={{ login: login ?? '' }}>
        <Form.Item name="login" label="登录名" rules={[{ required: true, message: '请填写登录名' }]}>
          <Input autoFocus={!login} autoComplete="username" />
        </Form.Item>
        <Form.Item name="password" label="密码" rules={[{ required: true, message: '请填写密码' }]}>
          <PasswordInput ref={password} autoFocus={!!login} autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={busy}>
          {submitText}
        </Button>
      </Form>
    </>
  )
}
