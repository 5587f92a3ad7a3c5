import { useState } from 'react'
import { Alert, Button, Card, Divider, Form, Input, Typography } from 'antd'
import type { CurrentUser } from '../../../../shared/api/auth'
import { PASSWORD_MIN } from '../../../../shared/api/auth'
import { invoke } from '../../api/client'
import { applyFieldErrors } from '../../api/form-errors'
import { AgencyProfileFields } from '../settings/AgencyProfileFields'
import { PasswordInput } from '../../components/PasswordInput'

interface SetupValues {
  agency: { fullName: string; shortName: string; address?: string; phone?: string; postcode?: string }
  admin: { login: string; name: string; password: string; confirm: string }
}

/** First launch: the agency profile and the first admin account, in one step. */
export function SetupPage({ onDone }: { onDone(user: CurrentUser): void }) {
  const [form] = Form.useForm<SetupValues>()
  const [busy, setBusy] = useState(false)
  const [banner, setBanner] = useState<string | null>(null)

  const submit = async (values: SetupValues) => {
    setBusy(true)
    setBanner(null)
    try {
      const { confirm: _confirm, ...admin } = values.admin
      const { user } = await invoke('auth.setup', { agency: values.agency, admin })
      onDone(user)
    } catch (err) {
      setBanner(applyFieldErrors(form, err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div style={{ minHeight: '100vh', display: 'flex', justifyContent: 'center', padding: '40px 16px', background: '#f0f2f5' }}>
      <Card style={{ width: 640, height: 'fit-content' }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          欢迎使用市监台账
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          首次使用，请填写本机关的信息并创建管理员账号。机关信息会印在生成的公告、清单等文书上，以后可在“设置”中修改。
        </Typography.Paragraph>
        {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 16 }} />}
        <Form form={form} layout="vertical" onFinish={submit} requiredMark="optional" disabled={busy}>
          <Divider titlePlacement="start">机关信息</Divider>
          <AgencyProfileFields prefix={['agency']} />
          <Divider titlePlacement="start">管理员账号</Divider>
          <Form.Item name={['admin', 'name']} label="姓名" rules={[{ required: true, message: '请填写姓名' }]}>
            <Input autoComplete="name" maxLength={20} />
          </Form.Item>
          <Form.Item
            name={['admin', 'login']}
            label="登录名"
            extra="2–32位字母、数字或 _ . -，登录时不区分大小写"
            rules={[{ required: true, message: '请填写登录名' }]}
          >
            <Input autoComplete="username" maxLength={32} />
          </Form.Item>
          <Form.Item
            name={['admin', 'password']}
            label="密码"
            rules={[{ required: true, message: '请填写密码' }, { min: PASSWORD_MIN, message: `密码至少${PASSWORD_MIN}位` }]}
          >
            <PasswordInput autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name={['admin', 'confirm']}
            label="再次输入密码"
            dependencies={[['admin', 'password']]}
            rules={[
              { required: true, message: '请再次输入密码' },
              ({ getFieldValue }) => ({
                validator: (_rule, value) =>
                  !value || value === getFieldValue(['admin', 'password']) ? Promise.resolve() : Promise.reject(new Error('两次输入的密码不一致')),
              }),
            ]}
          >
            <PasswordInput autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} block size="large">
            完成设置并进入台账
          </Button>
        </Form>
      </Card>
    </div>
  )
}
