import { Alert, Checkbox, Form, Select } from 'antd'
import { EARLY_STOP_CONDITIONS, PUBLICATION_CHANNELS, type EarlyStopCondition, type PublicationChannel } from '../../../../../shared/domain/cases'
import { invoke } from '../../../api/client'
import { todayText } from '../../../components/today'
import { useSession } from '../../auth/session'
import { CaseDialog, DateItem, TextItem, type CaseDialogBase } from './CaseDialog'

// 公示: the publication recorded, the decision changed or revoked, the publication withdrawn, or stopped early.

const ids = (c: CaseDialogBase['record']) => ({ id: c.id, version: c.version })

export function PublishDialog({ record: c, ...rest }: CaseDialogBase) {
  const { user } = useSession()
  const [form] = Form.useForm<{ publishedOn: string; channel: PublicationChannel; publishedBy: string }>()
  return (
    <CaseDialog
      {...rest}
      title={`登记公示：${c.decisionNo}`}
      okText="登记公示"
      form={form}
      initialValues={{ publishedOn: todayText(), channel: 'gsxt', publishedBy: user.name }}
      submit={(v) => invoke('cases.publication.record', { ...ids(c), ...v })}
      success="已登记公示"
      testId="case-publish-dialog"
      submitTestId="case-publish-submit"
    >
      <DateItem name="publishedOn" label="公示日期" after={c.decisionDate ? [c.decisionDate, '决定日期'] : undefined} testId="case-published-on" />
      <Form.Item name="channel" label="公示渠道" rules={[{ required: true, message: '请选择公示渠道' }]}>
        <Select data-testid="case-publish-channel" options={Object.entries(PUBLICATION_CHANNELS).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      <TextItem name="publishedBy" label="公示人" required testId="case-published-by" />
    </CaseDialog>
  )
}

export function RevokeDialog({ record: c, ...rest }: CaseDialogBase) {
  const [form] = Form.useForm<{ date: string; reason: string }>()
  return (
    <CaseDialog
      {...rest}
      title={`处罚决定变更或撤销：${c.decisionNo}`}
      okText="确认登记"
      danger
      form={form}
      initialValues={{ date: todayText(), reason: '' }}
      submit={(v) => invoke('cases.revoke', { ...ids(c), ...v })}
      success="已登记决定变更或撤销"
      testId="case-revoke-dialog"
      submitTestId="case-revoke-submit"
    >
      <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="处罚决定被变更、撤销或确认违法、无效的，应在3个工作日内撤下公示信息" />
      <DateItem name="date" label="日期" after={c.decisionDate ? [c.decisionDate, '决定日期'] : undefined} testId="case-revoke-date" />
      <TextItem name="reason" label="原因" required lines={3} testId="case-revoke-reason" placeholder="如：经行政复议，决定予以撤销（复议决定书文号）" />
    </CaseDialog>
  )
}

export function WithdrawDialog({ record: c, ...rest }: CaseDialogBase) {
  const [form] = Form.useForm<{ date: string; reason: string }>()
  return (
    <CaseDialog
      {...rest}
      title={`撤下公示：${c.decisionNo}`}
      okText="确认撤下"
      form={form}
      initialValues={{ date: todayText(), reason: c.revokeReason }}
      submit={(v) => invoke('cases.publication.withdraw', { ...ids(c), ...v })}
      success="已登记撤下公示"
      testId="case-withdraw-dialog"
      submitTestId="case-withdraw-submit"
    >
      <DateItem name="date" label="撤下日期" after={c.publication ? [c.publication.publishedOn, '公示日期'] : undefined} testId="case-withdraw-date" />
      <TextItem name="reason" label="撤下原因" required lines={2} testId="case-withdraw-reason" />
    </CaseDialog>
  )
}

export function EarlyStopDialog({ record: c, ...rest }: CaseDialogBase) {
  const [form] = Form.useForm<{ date: string; conditions: EarlyStopCondition[] }>()
  const checked = (Form.useWatch('conditions', form) as EarlyStopCondition[] | undefined) ?? []
  const all = Object.keys(EARLY_STOP_CONDITIONS).length
  return (
    <CaseDialog
      {...rest}
      title={`提前停止公示：${c.decisionNo}`}
      okText="确认停止公示"
      okDisabled={checked.length < all}
      form={form}
      initialValues={{ date: todayText(), conditions: [] }}
      submit={(v) => invoke('cases.publication.earlyStop', { ...ids(c), ...v })}
      success="已登记提前停止公示"
      testId="case-early-stop-dialog"
      submitTestId="case-early-stop-submit"
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title="公示期满前停止公示，须以下四项条件全部具备（公示规定第十四条）" />
      <DateItem name="date" label="停止公示日期" after={c.publication ? [c.publication.publishedOn, '公示日期'] : undefined} testId="case-early-stop-date" />
      <Form.Item name="conditions" label="已确认的条件">
        <Checkbox.Group data-testid="case-early-stop-conditions" style={{ display: 'flex', flexDirection: 'column', gap: 6 }} options={Object.entries(EARLY_STOP_CONDITIONS).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
    </CaseDialog>
  )
}
