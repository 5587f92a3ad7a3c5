import { useEffect } from 'react'
import { Alert, App as AntApp, Button, Card, Form, Space, Spin, Typography } from 'antd'
import type { SecuritySettings } from '../../../../shared/api/settings'
import { invoke } from '../../api/client'
import { useFormSubmit } from '../../api/use-form-submit'
import { useLoad } from '../../api/use-load'
import { RecordHistoryButton } from '../audit/RecordHistory'
import { useSession } from '../auth/session'
import { integerRules } from '../../components/form-rules'
import { IntegerInput } from '../../components/IntegerInput'

type SecurityForm = Omit<SecuritySettings, 'version' | 'updatedAt'>
/** As typed: a field that is not a whole number holds its text, which the field's rules refuse. */
type SecurityValues = Record<keyof SecurityForm, number | string | null>

const FIELDS: { name: keyof SecurityForm; label: string; min: number; max: number; extra: string }[] = [
  {
    name: 'idleMinutes',
    label: '空闲自动退出（分钟）',
    min: 1,
    max: 480,
    extra: '超过这段时间没有操作，程序自动退出登录，防止离开座位时被他人使用。可填 1–480。',
  },
  {
    name: 'lockoutAttempts',
    label: '连续密码错误次数上限',
    min: 3,
    max: 20,
    extra: '同一账号连续输错密码达到这个次数，暂时锁定，不能登录。可填 3–20。',
  },
  {
    name: 'lockoutMinutes',
    label: '锁定时长（分钟）',
    min: 1,
    max: 240,
    extra: '锁定到时自动解除；管理员也可以在“账号管理”中提前解除锁定。可填 1–240。',
  },
]

/** 安全设置: idle logout and lockout after repeated wrong passwords. */
export function SecurityCard() {
  const { user, updateSession } = useSession()
  const { message } = AntApp.useApp()
  const [form] = Form.useForm<SecurityValues>()
  const { busy, banner, setBanner, run, formProps, markClean } = useFormSubmit(form)
  const { data: settings, error, reload, setData: setSettings } = useLoad(() => invoke('settings.security.get', {}), [])

  useEffect(() => {
    if (!settings) return
    form.resetFields()
    form.setFieldsValue({ idleMinutes: settings.idleMinutes, lockoutAttempts: settings.lockoutAttempts, lockoutMinutes: settings.lockoutMinutes })
    markClean()
  }, [form, settings, markClean])

  // The rules have passed: every value is a whole number in its range.
  const save = async (values: SecurityValues) => {
    if (!settings) return
    await run(async () => {
      const saved = await invoke('settings.security.update', { ...(values as SecurityForm), version: settings.version })
      setSettings(saved)
      // This window's idle timer follows the new setting at once.
      updateSession({ user, idleMinutes: saved.idleMinutes })
      message.success('安全设置已保存')
    })
  }

  return (
    <Card title="安全设置" extra={<RecordHistoryButton recordType="security_settings" recordId={null} title="安全设置" />}>
      <Typography.Paragraph type="secondary">这些设置对所有账号生效，保存后立即起作用。</Typography.Paragraph>
      {(banner ?? error) && <Alert type="error" showIcon title={banner ?? error} style={{ marginBottom: 16 }} />}
      {!settings && !error ? (
        <Spin />
      ) : (
        <Form form={form} layout="vertical" onFinish={save} disabled={busy} {...formProps}>
          {FIELDS.map((f) => (
            <Form.Item
              key={f.name}
              name={f.name}
              label={f.label}
              extra={f.extra}
              rules={integerRules(f.label, f.min, f.max)}
            >
              <IntegerInput data-testid={`security-${f.name}`} />
            </Form.Item>
          ))}
          <Space>
            <Button type="primary" htmlType="submit" loading={busy}>
              保存安全设置
            </Button>
            <Button
              onClick={() => {
                setBanner(null)
                reload()
              }}
            >
              放弃修改
            </Button>
          </Space>
        </Form>
      )}
    </Card>
  )
}
