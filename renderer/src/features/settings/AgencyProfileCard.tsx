import { useEffect } from 'react'
import { Alert, App as AntApp, Button, Card, Form, Space, Spin, Typography } from 'antd'
import type { AgencyProfile } from '../../../../shared/api/settings'
import { invoke } from '../../api/client'
import { useFormSubmit } from '../../api/use-form-submit'
import { useLoad } from '../../api/use-load'
import { RecordHistoryButton } from '../audit/RecordHistory'
import { useSession } from '../auth/session'
import { AgencyProfileFields } from './AgencyProfileFields'

type ProfileForm = Omit<AgencyProfile, 'version' | 'updatedAt' | 'updatedBy'>

/** 机关信息: printed on every document and used in 文号. */
export function AgencyProfileCard({ canEdit }: { canEdit: boolean }) {
  const { updateInfo } = useSession()
  const { message } = AntApp.useApp()
  const [form] = Form.useForm<ProfileForm>()
  const { busy, banner, setBanner, run, formProps, markClean } = useFormSubmit(form)
  const { data: profile, error, reload, setData: setProfile } = useLoad(() => invoke('settings.get', {}), [])

  // The form shows the profile as loaded, reloaded or saved.
  useEffect(() => {
    if (!profile) return
    form.resetFields()
    form.setFieldsValue(profile)
    markClean()
  }, [form, profile, markClean])

  const save = async (values: ProfileForm) => {
    if (!profile) return
    await run(async () => {
      const saved = await invoke('settings.update', { ...values, version: profile.version })
      setProfile(saved)
      updateInfo({ agencyName: saved.fullName })
      message.success('机关信息已保存')
    })
  }

  return (
    <Card title="机关信息" style={{ marginBottom: 16 }} extra={<RecordHistoryButton recordType="agency_profile" recordId={null} title="机关信息" />}>
      {(banner ?? error) && <Alert type="error" showIcon title={banner ?? error} style={{ marginBottom: 16 }} />}
      {!profile && !error ? (
        <Spin />
      ) : (
        <Form form={form} layout="vertical" onFinish={save} disabled={busy} requiredMark="optional" {...formProps}>
          <AgencyProfileFields readOnly={!canEdit} />
          {canEdit ? (
            <Space>
              <Button type="primary" htmlType="submit" loading={busy}>
                保存
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
          ) : (
            <Typography.Text type="secondary">只有管理员可以修改机关信息。</Typography.Text>
          )}
        </Form>
      )}
    </Card>
  )
}
