import { useState } from 'react'
import { Alert, Button, Form, Input, Space } from 'antd'
import type { SessionInfo } from '../../../../shared/api/auth'
import { invoke } from '../../api/client'
import { applyFieldErrors } from '../../api/form-errors'
import { NewPasswordFields } from './PasswordFields'

interface Values {
  current: string
  next: string
  confirm: string
}

/** Current password, then the new one twice. Used on the forced screen and in the header's dialog. */
export function ChangePasswordForm({ onDone, onCancel }: { onDone(info: SessionInfo): void; onCancel?(): void }) {
  const [form] = Form.useForm<Values>()
  const [busy, setBusy] = useState(false)
  const [banner, setBanner] = useState<string | null>(null)

  const submit = async ({ current, next }: Values) => {
    setBusy(true)
    setBanner(null)
    try {
      onDone(await invoke('auth.changePassword', { current, next }))
    } catch (err) {
      setBanner(applyFieldErrors(form, err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Form form={form} layout="vertical" onFinish={submit} disabled={busy}>
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 16 }} role="alert" />}
      <Form.Item name="current" label="当前密码" rules={[{ required: true, message: '请填写当前密码' }]}>
        <Input.Password autoComplete="current-password" autoFocus />
      </Form.Item>
      <NewPasswordFields />
      <Space>
        <Button type="primary" htmlType="submit" loading={busy}>
          修改密码
        </Button>
        {onCancel && <Button onClick={onCancel}>取消</Button>}
      </Space>
    </Form>
  )
}
