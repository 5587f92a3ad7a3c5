import { Alert, Button, Form, Space } from 'antd'
import type { SessionInfo } from '../../../../shared/api/auth'
import { invoke } from '../../api/client'
import { useFormSubmit } from '../../api/use-form-submit'
import { NewPasswordFields } from './PasswordFields'
import { PasswordInput } from '../../components/PasswordInput'

interface Values {
  current: string
  next: string
  confirm: string
}

interface Props {
  onDone(info: SessionInfo): void
  onCancel?(): void
  /** The password typed at the sign-in just now (the forced change after it): not asked for again. */
  knownCurrent?: string
}

/** Current password, then the new one twice. Used on the forced screen and in the header's dialog. */
export function ChangePasswordForm({ onDone, onCancel, knownCurrent }: Props) {
  const [form] = Form.useForm<Values>()
  const { busy, banner, run } = useFormSubmit(form)

  const submit = async ({ current, next }: Values) => {
    await run(async () => {
      onDone(await invoke('auth.changePassword', { current: knownCurrent ?? current, next }))
    })
  }

  return (
    <Form form={form} layout="vertical" onFinish={submit} disabled={busy}>
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 16 }} role="alert" />}
      {knownCurrent === undefined && (
        <Form.Item name="current" label="当前密码" rules={[{ required: true, message: '请填写当前密码' }]}>
          <PasswordInput autoComplete="current-password" autoFocus />
        </Form.Item>
      )}
      <NewPasswordFields autoFocus={knownCurrent !== undefined} />
      <Space>
        <Button type="primary" htmlType="submit" loading={busy}>
          修改密码
        </Button>
        {onCancel && <Button onClick={onCancel}>取消</Button>}
      </Space>
    </Form>
  )
}
