import { Alert, Button, Form, Input, Space } from 'antd'
import type { SessionInfo } from '../../../../shared/api/auth'
import { invoke } from '../../api/client'
import { useFormSubmit } from '../../api/use-form-submit'
import { NewPasswordFields } from './PasswordFields'

interface Values {
  current: string
  next: string
  confirm: string
}

/** Current password, then the new one twice. Used on the forced screen and in the header's dialog. */
export function ChangePasswordForm({ onDone, onCancel }: { onDone(info: SessionInfo): void; onCancel?(): void }) {
  const [form] = Form.useForm<Values>()
  const { busy, banner, run } = useFormSubmit(form)

  const submit = async ({ current, next }: Values) => {
    await run(async () => {
      onDone(await invoke('auth.changePassword', { current, next }))
    })
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
