import { Alert, Form, Input, Radio } from 'antd'
import type { Seizure } from '../../../../../shared/api/seizure-types'
import { PAUSE_KINDS, type PauseKind } from '../../../../../shared/domain/seizures'
import { invoke } from '../../../api/client'
import { DateField } from '../../../components/DateField'
import { dateRules } from '../../../components/form-rules'
import { todayText } from '../../../components/today'
import { SeizureDialog } from './SeizureDialog'

// 登记检测鉴定期间: the days of 检测、检验、检疫、技术鉴定 are not counted in the term (行政强制法第二十五条第三款).
// An open period (no end date yet) stops the clock until its end is recorded.

interface Values {
  kind: PauseKind
  startDate: string | null
  endDate: string | null
  note: string
}

interface Props {
  seizure: Seizure
  onDone(seizure: Seizure): void
  onStale(): void
  onClose(): void
}

export function PauseDialog({ seizure, onDone, onStale, onClose }: Props) {
  const [form] = Form.useForm<Values>()
  const outside = (d: string) => d < seizure.decisionDate || d > todayText()
  const range = { notFuture: true, notBefore: [seizure.decisionDate, '决定日期'] as [string, string] }

  return (
    <SeizureDialog<Values>
      title={`登记检测鉴定期间：${seizure.registerNo}`}
      okText="登记"
      form={form}
      initialValues={{ kind: 'testing', startDate: todayText(), endDate: null, note: '' }}
      submit={(v) =>
        invoke('seizures.pause.add', { id: seizure.id, version: seizure.version, kind: v.kind, startDate: v.startDate ?? '', endDate: v.endDate, note: v.note })
      }
      success="已登记检测鉴定期间"
      onDone={onDone}
      onStale={onStale}
      onClose={onClose}
      testId="pause-dialog"
      submitTestId="pause-submit"
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title="检测、检验、检疫、技术鉴定的期间不计入查封、扣押期限，该期间应明确并书面告知当事人" />
      <Form.Item name="kind" label="种类" rules={[{ required: true, message: '请选择种类' }]}>
        <Radio.Group name="pause-kind">
          {(Object.keys(PAUSE_KINDS) as PauseKind[]).map((k, i) => (
            <Radio key={k} value={k} autoFocus={i === 0} data-testid={`pause-kind-${k}`}>
              {PAUSE_KINDS[k]}
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      <div style={{ display: 'flex', gap: 16 }}>
        <Form.Item name="startDate" label="开始日期" rules={dateRules('开始日期', range)} style={{ flex: 1 }}>
          <DateField disabledDate={outside} data-testid="pause-start" />
        </Form.Item>
        <Form.Item name="endDate" label="结束日期" extra="尚未结束可不填" rules={dateRules('结束日期', { ...range, required: false })} style={{ flex: 1 }}>
          <DateField disabledDate={outside} data-testid="pause-end" placeholder="尚未结束可不填" />
        </Form.Item>
      </div>
      <Form.Item name="note" label="说明">
        <Input maxLength={200} placeholder="例如：送省产品质量检验研究院检验，委托书编号 2026-118" data-testid="pause-note" />
      </Form.Item>
    </SeizureDialog>
  )
}
