import { Form, Input, Select } from 'antd'
import type { Batch } from '../../../../../shared/api/destruction-types'
import { QTY_SCALE, WEIGHT_SCALE, parseScaled } from '../../../../../shared/rules/decimal'
import { invoke } from '../../../api/client'
import { DateField } from '../../../components/DateField'
import { dateRules } from '../../../components/form-rules'
import { BatchDialog } from './BatchDialog'

// 更正 of a locked batch (审核领导): one fact at a time, with the reason; core records old → new.

type Field = 'actualDate' | 'destroyedMilli' | 'destroyedWeightG'

interface Values {
  field: Field
  lineId: string | undefined
  value: string | null
  reason: string
}

const FIELD_OPTIONS: { value: Field; label: string }[] = [
  { value: 'actualDate', label: '实际销毁日期' },
  { value: 'destroyedMilli', label: '某行实际销毁数量' },
  { value: 'destroyedWeightG', label: '某行实际重量（千克）' },
]

interface Props {
  batch: Batch
  onDone(batch: Batch): void
  onStale(): void
  onClose(): void
}

export function CorrectDialog({ batch: b, ...common }: Props) {
  const [form] = Form.useForm<Values>()
  const field = Form.useWatch('field', form) ?? 'actualDate'
  const scale = field === 'destroyedMilli' ? QTY_SCALE : WEIGHT_SCALE

  const submit = (v: Values) => {
    const base = { id: b.id, version: b.version, reason: v.reason }
    if (v.field === 'actualDate') return invoke('destruction.batch.correct', { ...base, field: 'actualDate', value: v.value ?? '' })
    const parsed = parseScaled(v.value ?? '', scale, '新值')
    return invoke('destruction.batch.correct', { ...base, field: v.field, lineId: v.lineId ?? '', value: parsed.ok ? parsed.value : -1 })
  }

  return (
    <BatchDialog<Values>
      title={`更正已销毁批次：${b.batchNo}`}
      okText="更正"
      form={form}
      initialValues={{ field: 'actualDate', lineId: b.lines[0]?.id, value: b.execution?.actualDate ?? null, reason: '' }}
      submit={submit}
      success="已更正，原值和新值已记录"
      testId="batch-correct-dialog"
      submitTestId="batch-correct-submit"
      {...common}
    >
      <Form.Item name="field" label="更正项目">
        <Select options={FIELD_OPTIONS} data-testid="correct-field" onChange={() => form.setFieldValue('value', null)} />
      </Form.Item>
      {field !== 'actualDate' && (
        <Form.Item name="lineId" label="物品行" rules={[{ required: true, message: '请选择物品行' }]}>
          <Select data-testid="correct-line" options={b.lines.map((l) => ({ value: l.id, label: `${l.position}. ${l.registerNo} 第${l.lineNo}行 ${l.name}` }))} />
        </Form.Item>
      )}
      {field === 'actualDate' ? (
        <Form.Item name="value" label="新的实际销毁日期" rules={dateRules('实际销毁日期', { notFuture: true })}>
          <DateField data-testid="correct-value" />
        </Form.Item>
      ) : (
        <Form.Item
          name="value"
          label="新值"
          rules={[{ validator: (_r, t: string | null) => { const p = parseScaled(t ?? '', scale, '新值'); return p.ok ? Promise.resolve() : Promise.reject(new Error(p.message)) } }]}
        >
          <Input inputMode="decimal" maxLength={20} data-testid="correct-value" />
        </Form.Item>
      )}
      <Form.Item name="reason" label="更正原因" rules={[{ required: true, whitespace: true, message: '请填写更正原因' }]}>
        <Input maxLength={200} data-testid="correct-reason" />
      </Form.Item>
    </BatchDialog>
  )
}
