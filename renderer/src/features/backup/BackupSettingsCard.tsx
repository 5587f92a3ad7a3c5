import { useEffect } from 'react'
import { Alert, App as AntApp, Button, Card, Col, Form, Input, Row, Space } from 'antd'
import type { BackupSettings } from '../../../../shared/api/backup'
import { ApiError, invoke } from '../../api/client'
import { useFormSubmit } from '../../api/use-form-submit'
import { RecordHistoryButton } from '../audit/RecordHistory'
import { integerRules } from '../../components/form-rules'
import { IntegerInput } from '../../components/IntegerInput'

type SettingsForm = Omit<BackupSettings, 'version'>

const KEEP_FIELDS: { name: 'keepDaily' | 'keepMonthly'; label: string; min: number; max: number; extra: string }[] = [
  { name: 'keepDaily', label: '每日备份保留份数', min: 3, max: 90, extra: '每天第一次启动时自动备份，保留最近这么多份。可填 3–90。' },
  { name: 'keepMonthly', label: '每月备份保留份数', min: 0, max: 60, extra: '每月另留一份，保留最近这么多个月；0 为不另留。可填 0–60。' },
]

interface Props {
  /** As the page loaded them; null while loading. */
  settings: BackupSettings | null
  onSaved(settings: BackupSettings): void
  /** Another window saved first (CONFLICT): the page loads the newer settings, which this form then shows. */
  onStale(): void
}

/** 备份设置: a second folder that gets a copy of every backup, and how many backups are kept. */
export function BackupSettingsCard({ settings, onSaved, onStale }: Props) {
  const { message } = AntApp.useApp()
  const [form] = Form.useForm<SettingsForm>()
  const { busy, banner, setBanner, run, formProps, markClean } = useFormSubmit(form)

  const show = (s: BackupSettings) => {
    form.resetFields()
    form.setFieldsValue({ secondFolder: s.secondFolder, keepDaily: s.keepDaily, keepMonthly: s.keepMonthly })
    markClean()
  }

  // The form shows the settings as loaded and after each save. The page reloads its list after every backup;
  // only a newer version (a save here or elsewhere) replaces what is being typed.
  const version = settings?.version
  useEffect(() => {
    if (settings) show(settings)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version])

  const save = async (values: SettingsForm) => {
    if (!settings) return
    await run(async () => {
      try {
        const saved = await invoke('backup.settings.update', { ...values, secondFolder: values.secondFolder ?? '', version: settings.version })
        onSaved(saved)
        message.success('备份设置已保存')
      } catch (err) {
        if (err instanceof ApiError && err.code === 'CONFLICT') {
          onStale()
          // Core's message says to refresh; the reload has already happened, so say that instead.
          throw new Error('备份设置已被他人修改。已载入最新设置，请核对后再保存。', { cause: err })
        }
        throw err
      }
    })
  }

  return (
    <Card
      title="备份设置"
      data-testid="backup-settings"
      extra={<RecordHistoryButton recordType="backup_settings" recordId="backup" title="备份设置" />}
    >
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 16 }} data-testid="backup-settings-error" />}
      <Form form={form} layout="vertical" onFinish={save} disabled={busy || !settings} {...formProps}>
        <Form.Item name="secondFolder" label="第二备份位置" extra="U盘或网络共享文件夹，留空则不另存。每份备份都会再复制一份到这里。">
          <Input maxLength={260} placeholder="例如 E:\台账备份 或 \\服务器\共享\台账备份" allowClear />
        </Form.Item>
        <Row gutter={16}>
          {KEEP_FIELDS.map((f) => (
            <Col span={12} key={f.name}>
              <Form.Item
                name={f.name}
                label={f.label}
                extra={f.extra}
                rules={integerRules(f.label, f.min, f.max)}
              >
                <IntegerInput data-testid={`backup-${f.name}`} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Space>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="backup-settings-save">
            保存
          </Button>
          <Button
            disabled={!settings}
            onClick={() => {
              setBanner(null)
              if (settings) show(settings)
            }}
          >
            放弃修改
          </Button>
        </Space>
      </Form>
    </Card>
  )
}
