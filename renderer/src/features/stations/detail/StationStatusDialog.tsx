import { Form, Input } from 'antd'
import type { Station } from '../../../../../shared/api/station-types'
import { STATION_STATUSES, type StationStatus } from '../../../../../shared/domain/stations'
import { invoke } from '../../../api/client'
import { DateField } from '../../../components/DateField'
import { FormDialog } from '../../../components/FormDialog'
import { dateRules } from '../../../components/form-rules'
import { todayText } from '../../../components/today'

// A change of state: 在册 (the day, e.g. of the plaque), 整改 (reason and due date), 撤销 (day and reason).

interface Values {
  date: string | null
  reason: string
  dueDate: string | null
}

const TITLES: Record<StationStatus, string> = { preparing: '筹建', active: '列为在册', rectifying: '责令整改', revoked: '撤销服务站' }

export function StationStatusDialog({ station: s, to, presetReason = '', onDone, onClose }: { station: Station; to: StationStatus; presetReason?: string; onDone(s: Station): void; onClose(): void }) {
  const [form] = Form.useForm<Values>()
  const last = s.history.at(-1)?.date
  return (
    <FormDialog<Values, Station>
      title={`${TITLES[to]}：${s.name}`}
      okText={`确认${STATION_STATUSES[to]}`}
      danger={to === 'revoked'}
      form={form}
      initialValues={{ date: todayText(), reason: presetReason, dueDate: null }}
      submit={(v) => invoke('stations.status', { id: s.id, version: s.version, to, date: v.date ?? '', reason: v.reason, dueDate: to === 'rectifying' ? v.dueDate : null })}
      success={`已${TITLES[to]}`}
      onDone={onDone}
      onClose={onClose}
      testId="station-status-dialog"
      submitTestId="station-status-submit"
    >
      <Form.Item name="date" label={to === 'revoked' ? '撤销日期' : to === 'rectifying' ? '开始整改日期' : '日期'} rules={dateRules('日期', { notFuture: true, notBefore: last ? [last, '上一次状态变更'] : undefined })}>
        <DateField data-testid="station-status-date" />
      </Form.Item>
      {to === 'rectifying' && (
        <Form.Item name="dueDate" label="整改期限" rules={dateRules('整改期限')}>
          <DateField data-testid="station-status-due" />
        </Form.Item>
      )}
      <Form.Item name="reason" label={to === 'revoked' ? '撤销原因' : to === 'rectifying' ? '整改原因和要求' : '说明（可不填）'} rules={to === 'active' ? [] : [{ required: true, whitespace: true, message: '请填写原因' }]}>
        <Input.TextArea data-testid="station-status-reason" autoSize={{ minRows: 2 }} maxLength={500} />
      </Form.Item>
    </FormDialog>
  )
}
