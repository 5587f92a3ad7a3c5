import { useEffect } from 'react'
import { Alert, App as AntApp, Button, Card, Form, Space, Spin, Tag, Typography } from 'antd'
import { localDate } from '../../../../../shared/rules/local-time'
import { invoke } from '../../../api/client'
import { useFormSubmit } from '../../../api/use-form-submit'
import { useLoad } from '../../../api/use-load'
import { RecordHistoryButton } from '../../audit/RecordHistory'
import { useCan } from '../../auth/can'
import { MoneyInput, fenToYuan, moneyRules, yuanToFen } from '../form/MoneyInput'

// 设置 → 处罚案件: the 较低数额罚款 bounds that decide whether a published fine stays 3 months or 3 years
// (公示规定第十三条). The province sets them; until someone saves them the Hubei example applies, marked so.

interface Values {
  person: string
  entity: string
}

const required = (label: string) => [
  { required: true, whitespace: true, message: `请填写${label}` },
  ...moneyRules(label),
  { validator: async (_r: unknown, v: string | undefined) => { if (v && yuanToFen(v) === 0) throw new Error(`${label}应大于0`) } },
]

export function CaseSettingsCard() {
  const can = useCan()
  const editable = can('cases.settings.update')
  const { message } = AntApp.useApp()
  const [form] = Form.useForm<Values>()
  const { busy, banner, setBanner, run, formProps, markClean } = useFormSubmit(form)
  const { data: settings, error, reload, setData } = useLoad(() => invoke('cases.settings.get', {}), [])

  useEffect(() => {
    if (!settings) return
    form.resetFields()
    form.setFieldsValue({ person: fenToYuan(settings.lowerFinePersonFen), entity: fenToYuan(settings.lowerFineEntityFen) })
    markClean()
  }, [form, settings, markClean])

  const save = async (v: Values) => {
    if (!settings) return
    await run(async () => {
      const saved = await invoke('cases.settings.update', { lowerFinePersonFen: yuanToFen(v.person), lowerFineEntityFen: yuanToFen(v.entity), version: settings.version })
      setData(saved)
      message.success(saved.recomputed > 0 ? `已保存，重新计算了 ${saved.recomputed} 件案件的公示期限` : '已保存')
    })
  }

  return (
    <Card
      title="较低数额罚款标准"
      data-testid="case-settings"
      extra={<RecordHistoryButton recordType="case_settings" recordId={null} title="处罚案件设置" />}
      style={{ maxWidth: 760 }}
    >
      <Typography.Paragraph type="secondary">
        仅受到通报批评或者较低数额罚款的，行政处罚信息公示期为三个月，其他为三年（《市场监督管理行政处罚信息公示规定》第十三条）。较低数额的标准由省级市场监管部门规定，请按本省规定填写：罚款低于标准的为较低数额。
      </Typography.Paragraph>
      {settings?.isDefault && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} data-testid="case-settings-default" title="目前使用的是湖北省的示例标准（自然人1万元、法人和其他组织10万元），请核对本省规定后保存确认。" />
      )}
      {(banner ?? error) && <Alert type="error" showIcon title={banner ?? error} style={{ marginBottom: 16 }} />}
      {!settings && !error ? (
        <Spin />
      ) : (
        <Form form={form} layout="vertical" onFinish={save} disabled={busy || !editable} {...formProps}>
          <Form.Item name="person" label="自然人（含个体工商户）" rules={required('自然人较低数额罚款标准')} extra="罚款低于此数额的为较低数额罚款">
            <MoneyInput data-testid="case-settings-person" />
          </Form.Item>
          <Form.Item name="entity" label="法人和其他组织" rules={required('法人和其他组织较低数额罚款标准')} extra="罚款低于此数额的为较低数额罚款">
            <MoneyInput data-testid="case-settings-entity" />
          </Form.Item>
          {editable ? (
            <Space>
              <Button type="primary" htmlType="submit" loading={busy} data-testid="case-settings-save">
                {settings?.isDefault ? '确认并保存' : '保存'}
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
            <Tag>由管理员或法制员修改</Tag>
          )}
          {settings && !settings.isDefault && settings.updatedAt && (
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
              {settings.updatedBy} 于 {localDate(settings.updatedAt)} 保存
            </Typography.Paragraph>
          )}
        </Form>
      )}
    </Card>
  )
}
