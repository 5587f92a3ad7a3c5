import { useEffect, useState } from 'react'
import { Alert, App as AntApp, Button, Card, Descriptions, Form, Space, Spin, Typography } from 'antd'
import type { AgencyProfile } from '../../../../shared/api/settings'
import { invoke } from '../../api/client'
import { applyFieldErrors } from '../../api/form-errors'
import { useLoad } from '../../api/use-load'
import { useSession } from '../auth/session'
import { AgencyProfileFields } from './AgencyProfileFields'
import { DocumentFontsCard } from './DocumentFontsCard'

type ProfileForm = Omit<AgencyProfile, 'version' | 'updatedAt' | 'updatedBy'>

export function SettingsPage() {
  const { user, info, updateInfo } = useSession()
  const { message } = AntApp.useApp()
  const [form] = Form.useForm<ProfileForm>()
  const { data: profile, error, reload, setData: setProfile } = useLoad(() => invoke('settings.get', {}), [])
  const [banner, setBanner] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const canEdit = user.roles.includes('admin')

  // The form shows the profile as loaded, reloaded or saved.
  useEffect(() => {
    if (!profile) return
    form.resetFields()
    form.setFieldsValue(profile)
  }, [form, profile])

  const save = async (values: ProfileForm) => {
    if (!profile) return
    setBusy(true)
    setBanner(null)
    try {
      const saved = await invoke('settings.update', { ...values, version: profile.version })
      setProfile(saved)
      updateInfo({ agencyName: saved.fullName })
      message.success('机关信息已保存')
    } catch (err) {
      setBanner(applyFieldErrors(form, err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div style={{ padding: 24, maxWidth: 760 }}>
      <Typography.Title level={4}>设置</Typography.Title>
      <Card title="机关信息" style={{ marginBottom: 16 }}>
        {(banner ?? error) && <Alert type="error" showIcon title={banner ?? error} style={{ marginBottom: 16 }} />}
        {!profile && !error ? (
          <Spin />
        ) : (
          <Form form={form} layout="vertical" onFinish={save} disabled={busy} requiredMark="optional">
            <AgencyProfileFields readOnly={!canEdit} />
            {canEdit ? (
              <Space>
                <Button type="primary" htmlType="submit" loading={busy}>
                  保存
                </Button>
                <Button onClick={reload}>放弃修改</Button>
              </Space>
            ) : (
              <Typography.Text type="secondary">只有管理员可以修改机关信息。</Typography.Text>
            )}
          </Form>
        )}
      </Card>
      <DocumentFontsCard canEdit={canEdit} />
      <Card title="关于">
        <Descriptions column={1} size="small">
          <Descriptions.Item label="程序版本">{info.version}</Descriptions.Item>
          <Descriptions.Item label="数据库结构版本">{info.schemaVersion}</Descriptions.Item>
          <Descriptions.Item label="数据目录">
            <Typography.Text copyable>{info.dataDir}</Typography.Text>
          </Descriptions.Item>
        </Descriptions>
      </Card>
    </div>
  )
}
