import { Alert, Form, Input, Typography } from 'antd'
import type { Seizure } from '../../../../../shared/api/seizure-types'
import { MAX_EXTENSION_DAYS } from '../../../../../shared/rules/seizure-term'
import { addDays } from '../../../../../shared/rules/working-days'
import { invoke } from '../../../api/client'
import { DateField } from '../../../components/DateField'
import { dateRules, integerRules } from '../../../components/form-rules'
import { IntegerInput } from '../../../components/IntegerInput'
import { todayText } from '../../../components/today'
import { SeizureDialog } from './SeizureDialog'

// 批准延长 (审核领导): once, at most 30 days, with the reason and the date the party was told in writing
// (行政强制法第二十五条). Core checks the term has not already run out.

interface Values {
  /** A number, or the text typed when it is not one (refused under the field). */
  days: number | string | null
  reason: string
  noticeDate: string | null
}

interface Props {
  seizure: Seizure
  onDone(seizure: Seizure): void
  onStale(): void
  onClose(): void
}

export function ExtensionDialog({ seizure, onDone, onStale, onClose }: Props) {
  const [form] = Form.useForm<Values>()
  const days = Form.useWatch('days', form)
  const end = seizure.term.endDate
  const newEnd = end && typeof days === 'number' && days >= 1 && days <= MAX_EXTENSION_DAYS ? addDays(end, days) : null

  return (
    <SeizureDialog<Values>
      title={`批准延长期限：${seizure.registerNo}`}
      okText="批准延长"
      form={form}
      initialValues={{ days: MAX_EXTENSION_DAYS, reason: '', noticeDate: todayText() }}
      submit={(v) => invoke('seizures.extend', { id: seizure.id, version: seizure.version, days: Number(v.days), reason: v.reason, noticeDate: v.noticeDate ?? '' })}
      success="已批准延长期限"
      onDone={onDone}
      onStale={onStale}
      onClose={onClose}
      testId="extension-dialog"
      submitTestId="extension-submit"
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="延长须经行政机关负责人批准，只能延长一次，最长30日，并书面告知当事人（行政强制法第二十五条）"
      />
      <Form.Item
        name="days"
        label="延长天数"
        rules={integerRules('延长天数', 1, MAX_EXTENSION_DAYS)}
        extra={
          end ? (
            <span data-testid="extension-preview">
              期限届满日 {end}
              {newEnd && <> → <Typography.Text strong>{newEnd}</Typography.Text></>}
            </span>
          ) : (
            '检测鉴定中，期限暂停计算'
          )
        }
      >
        <IntegerInput autoFocus suffix="日" style={{ width: 140 }} data-testid="extension-days" />
      </Form.Item>
      <Form.Item name="reason" label="延长理由" rules={[{ required: true, whitespace: true, message: '请填写延长理由' }]} extra="Ctrl+Enter 提交">
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={500} showCount placeholder="例如：案情复杂，涉案商品须经商标权利人鉴定" data-testid="extension-reason" />
      </Form.Item>
      <Form.Item name="noticeDate" label="书面告知日期" rules={dateRules('书面告知日期', { notFuture: true, notBefore: [seizure.decisionDate, '决定日期'] })}>
        <DateField data-testid="extension-notice-date" disabledDate={(d) => d < seizure.decisionDate || d > todayText()} />
      </Form.Item>
    </SeizureDialog>
  )
}
