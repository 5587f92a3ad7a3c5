import { Form, Input, Table, Typography } from 'antd'
import type { Batch, BatchLine } from '../../../../../shared/api/destruction-types'
import { QTY_SCALE, WEIGHT_SCALE, formatKg, formatQty, parseScaled } from '../../../../../shared/rules/decimal'
import { invoke } from '../../../api/client'
import { DateField } from '../../../components/DateField'
import { dateRules } from '../../../components/form-rules'
import { todayText } from '../../../components/today'
import { qtyText } from '../destruction-format'
import { BatchDialog } from './BatchDialog'

// 登记销毁: the actual date and, per line, what was actually destroyed and its weight. A line destroyed in a
// different quantity than planned needs a reason; the difference stays in the stock. Then the batch is locked.

interface LineValues {
  qty: string
  kg: string
  reason: string
}

interface Values {
  actualDate: string | null
  note: string
  lines: LineValues[]
}

interface Props {
  batch: Batch
  onDone(batch: Batch): void
  onStale(): void
  onClose(): void
}

const parseQty = (text: string) => parseScaled(text, QTY_SCALE, '实际销毁数量')

export function ExecuteDialog({ batch: b, ...common }: Props) {
  const [form] = Form.useForm<Values>()
  const approvedOn = b.approval?.date

  const submit = (v: Values) =>
    invoke('destruction.batch.execute', {
      id: b.id,
      version: b.version,
      actualDate: v.actualDate ?? '',
      note: v.note,
      lines: b.lines.map((l, i) => {
        const typed = v.lines[i] ?? { qty: '', kg: '', reason: '' }
        const qty = parseQty(typed.qty)
        const kg = typed.kg.trim() === '' ? null : parseScaled(typed.kg, WEIGHT_SCALE, '实际重量')
        return { lineId: l.id, destroyedMilli: qty.ok ? qty.value : 0, destroyedWeightG: kg && kg.ok ? kg.value : null, reason: typed.reason }
      }),
    })

  const qtyRule = (l: BatchLine) => ({
    validator: (_r: unknown, text: string | undefined) => {
      const parsed = parseQty(text ?? '')
      if (!parsed.ok) return Promise.reject(new Error(parsed.message))
      if (parsed.value > l.plannedMilli) return Promise.reject(new Error(`不能超过计划数量 ${qtyText(l.plannedMilli, l.unit)}`))
      return Promise.resolve()
    },
  })
  const kgRule = {
    validator: (_r: unknown, text: string | undefined) => {
      if (!text || text.trim() === '') return Promise.resolve()
      const parsed = parseScaled(text, WEIGHT_SCALE, '实际重量')
      return parsed.ok ? Promise.resolve() : Promise.reject(new Error(parsed.message))
    },
  }
  const reasonRule = (l: BatchLine, i: number) => ({
    validator: (_r: unknown, reason: string | undefined) => {
      const parsed = parseQty(String(form.getFieldValue(['lines', i, 'qty']) ?? ''))
      if (parsed.ok && parsed.value !== l.plannedMilli && (reason ?? '').trim() === '') return Promise.reject(new Error('与计划数量不符，请写明原因'))
      return Promise.resolve()
    },
  })

  return (
    <BatchDialog<Values>
      title={`登记销毁：${b.batchNo}`}
      okText="登记销毁并锁定"
      width={980}
      form={form}
      initialValues={{
        actualDate: todayText(),
        note: '',
        lines: b.lines.map((l) => ({ qty: formatQty(l.plannedMilli), kg: l.plannedWeightG === null ? '' : formatKg(l.plannedWeightG), reason: '' })),
      }}
      rename={{ destroyedMilli: 'qty', destroyedWeightG: 'kg' }}
      submit={submit}
      success={`已登记销毁：${b.batchNo}，批次已锁定`}
      testId="batch-execute-dialog"
      submitTestId="batch-execute-submit"
      {...common}
    >
      <div style={{ display: 'flex', gap: 16 }}>
        <Form.Item
          name="actualDate"
          label="实际销毁日期"
          rules={dateRules('实际销毁日期', { notFuture: true, notBefore: approvedOn ? [approvedOn, '审批日期'] : undefined })}
          style={{ width: 220 }}
        >
          <DateField data-testid="execute-date" disabledDate={(d) => d > todayText() || (approvedOn !== undefined && d < approvedOn)} />
        </Form.Item>
        <Form.Item name="note" label="执行情况说明" style={{ flex: 1 }}>
          <Input maxLength={1000} data-testid="execute-note" />
        </Form.Item>
      </div>
      <Typography.Paragraph type="secondary">登记后批次锁定；此后的修改须由审核领导以“更正”记录原因。实际数量少于计划的部分仍留在待销毁物品中。</Typography.Paragraph>
      <Table<BatchLine>
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ y: 380 }}
        dataSource={b.lines}
        columns={[
          { title: '序号', dataIndex: 'position', width: 52, align: 'center' },
          { title: '物品', key: 'name', render: (_: unknown, l) => `${l.registerNo} 第${l.lineNo}行 ${l.name}` },
          { title: '计划', key: 'planned', width: 90, align: 'right', render: (_: unknown, l) => qtyText(l.plannedMilli, l.unit) },
          {
            title: '实际销毁数量',
            key: 'qty',
            width: 150,
            render: (_: unknown, l, i) => (
              <Form.Item name={['lines', i, 'qty']} rules={[qtyRule(l)]} style={{ margin: 0 }}>
                <Input suffix={l.unit} inputMode="decimal" maxLength={20} data-testid={`execute-qty-${i}`} onChange={() => void form.validateFields([['lines', i, 'reason']]).catch(() => undefined)} />
              </Form.Item>
            ),
          },
          {
            title: '实际重量',
            key: 'kg',
            width: 130,
            render: (_: unknown, _l, i) => (
              <Form.Item name={['lines', i, 'kg']} rules={[kgRule]} style={{ margin: 0 }}>
                <Input suffix="千克" inputMode="decimal" maxLength={20} data-testid={`execute-kg-${i}`} />
              </Form.Item>
            ),
          },
          {
            title: '数量不符原因',
            key: 'reason',
            width: 220,
            render: (_: unknown, l, i) => (
              <Form.Item name={['lines', i, 'reason']} rules={[reasonRule(l, i)]} style={{ margin: 0 }}>
                <Input maxLength={200} placeholder="与计划不符时填写" data-testid={`execute-reason-${i}`} />
              </Form.Item>
            ),
          },
        ]}
      />
    </BatchDialog>
  )
}
