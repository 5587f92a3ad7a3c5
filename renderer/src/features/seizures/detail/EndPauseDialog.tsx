import { Form, Typography } from 'antd'
import type { Seizure, TermPause } from '../../../../../shared/api/seizure-types'
import { PAUSE_KINDS } from '../../../../../shared/domain/seizures'
import { invoke } from '../../../api/client'
import { DateField } from '../../../components/DateField'
import { dateRules } from '../../../components/form-rules'
import { todayText } from '../../../components/today'
import { SeizureDialog } from './SeizureDialog'

// 结束 an open testing period: from the day after its end the term runs again.

interface Values {
  endDate: string | null
}

interface Props {
  seizure: Seizure
  pause: TermPause
  onDone(seizure: Seizure): void
  onStale(): void
  onClose(): void
}

export function EndPauseDialog({ seizure, pause, onDone, onStale, onClose }: Props) {
  const [form] = Form.useForm<Values>()
  return (
    <SeizureDialog<Values>
      title={`${PAUSE_KINDS[pause.kind]}结束`}
      okText="登记结束"
      width={440}
      form={form}
      initialValues={{ endDate: todayText() }}
      submit={(v) => invoke('seizures.pause.end', { id: seizure.id, version: seizure.version, pauseId: pause.id, endDate: v.endDate ?? '' })}
      success="已登记结束日期，期限恢复计算"
      onDone={onDone}
      onStale={onStale}
      onClose={onClose}
      testId="end-pause-dialog"
      submitTestId="end-pause-submit"
    >
      <Typography.Paragraph>
        {PAUSE_KINDS[pause.kind]}自 {pause.startDate} 开始{pause.note && `（${pause.note}）`}。登记结束日期后，期限从次日起恢复计算。
      </Typography.Paragraph>
      <Form.Item name="endDate" label="结束日期" rules={dateRules('结束日期', { notFuture: true, notBefore: [pause.startDate, '开始日期'] })}>
        <DateField autoFocus data-testid="end-pause-date" disabledDate={(d) => d < pause.startDate || d > todayText()} />
      </Form.Item>
    </SeizureDialog>
  )
}
