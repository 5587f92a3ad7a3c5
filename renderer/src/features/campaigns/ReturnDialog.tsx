import { Form, Input, Typography } from 'antd'
import type { UnitReport } from '../../../../shared/api/campaign-types'
import { ApiError, invoke } from '../../api/client'
import { FormDialog } from '../../components/FormDialog'

// 退回: the lead office sends a unit's submitted figures back with what to correct; the unit edits and sends again.

export function ReturnDialog({ report: r, onDone, onClose, onStale }: { report: UnitReport; onDone(r: UnitReport): void; onClose(): void; onStale(): void }) {
  const [form] = Form.useForm<{ comment: string }>()
  return (
    <FormDialog<{ comment: string }, UnitReport>
      title={`退回${r.unit}的报送`}
      okText="退回"
      danger
      form={form}
      initialValues={{ comment: '' }}
      submit={(v) => invoke('campaigns.report.return', { campaignId: r.campaignId, unit: r.unit, version: r.version, comment: v.comment })}
      success={`已退回${r.unit}`}
      onDone={onDone}
      onClose={onClose}
      mapError={(err) => {
        if (err instanceof ApiError && err.code === 'CONFLICT') {
          onStale()
          return new Error(`${err.message}。已载入最新内容。`, { cause: err })
        }
        return err
      }}
      testId="report-return-dialog"
      submitTestId="report-return-submit"
    >
      <Typography.Paragraph>退回后该单位可以修改数字并重新报送；“台账自动”的项目回到台账现在的数字。</Typography.Paragraph>
      <Form.Item name="comment" label="退回意见" rules={[{ required: true, whitespace: true, message: '请填写退回意见' }]}>
        <Input.TextArea autoFocus autoSize={{ minRows: 3, maxRows: 8 }} maxLength={500} showCount placeholder="例如：“发放宣传材料”与“印制宣传材料”数字不符，请核实" data-testid="report-return-comment" />
      </Form.Item>
    </FormDialog>
  )
}
