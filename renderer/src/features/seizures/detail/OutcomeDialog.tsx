import { useEffect } from 'react'
import { Button, Descriptions, Flex, Form, Input, Radio } from 'antd'
import type { ItemLine, Seizure } from '../../../../../shared/api/seizure-types'
import { OUTCOME_KINDS, type OutcomeKind } from '../../../../../shared/domain/seizures'
import { QTY_SCALE, formatQty, parseScaled } from '../../../../../shared/rules/decimal'
import { invoke } from '../../../api/client'
import { useLoad } from '../../../api/use-load'
import { DateField } from '../../../components/DateField'
import { DocNumberInput } from '../../../components/DocNumberInput'
import { dateRules } from '../../../components/form-rules'
import { todayText } from '../../../components/today'
import { lineLabel, qtyWithUnit } from './detail-format'
import { SeizureDialog } from './SeizureDialog'

// 处置: part or all of one line's remaining quantity is released (解除并退还), confiscated (没收) or transferred
// with the case to the judicial organs (移送司法机关). Destruction goes through destruction batches, not here.

interface Values {
  kind: OutcomeKind | undefined
  /** As typed; converted with parseScaled, never through a float. */
  qty: string
  date: string | null
  docNo: string
  receivingUnit: string
  note: string
}

const DOC_HINT: Record<OutcomeKind, string> = {
  release: '解除查封（扣押）决定书文号，如 X市监解强〔2026〕1号',
  confiscation: '行政处罚决定书文号，如 X市监处罚〔2026〕1号',
  transfer: '涉嫌犯罪案件移送书文号，如 X市监移〔2026〕1号',
}

interface Props {
  seizure: Seizure
  line: ItemLine
  onDone(seizure: Seizure): void
  onStale(): void
  onClose(): void
}

export function OutcomeDialog({ seizure, line, onDone, onStale, onClose }: Props) {
  const [form] = Form.useForm<Values>()
  const kind = Form.useWatch('kind', form)
  const remaining = qtyWithUnit(line.remainingMilli, line.unit)
  // 没收 is decided in the penalty case: its 决定书文号 is offered, and filled in when there is just one.
  const decided = useLoad(async () => (await invoke('cases.forSeizure', { seizureId: seizure.id })).filter((c) => c.decisionNo !== ''), [seizure.id])
  const caseNos = decided.data?.map((c) => c.decisionNo) ?? []
  const only = caseNos.length === 1 ? caseNos[0] : undefined
  useEffect(() => {
    if (kind === 'confiscation' && only && !form.getFieldValue('docNo')) form.setFieldValue('docNo', only)
  }, [kind, only, form])

  const qtyRule = {
    validator: (_: unknown, text: string | undefined) => {
      const parsed = parseScaled(text ?? '', QTY_SCALE, '数量')
      if (!parsed.ok) return Promise.reject(new Error(parsed.message))
      if (parsed.value === 0) return Promise.reject(new Error('数量应大于0'))
      if (parsed.value > line.remainingMilli) return Promise.reject(new Error(`超过剩余数量（剩余 ${remaining}）`))
      return Promise.resolve()
    },
  }

  const submit = (v: Values) => {
    const qty = parseScaled(v.qty, QTY_SCALE, '数量')
    return invoke('seizures.outcome.add', {
      id: seizure.id,
      version: seizure.version,
      itemId: line.id,
      kind: v.kind as OutcomeKind,
      qtyMilli: qty.ok ? qty.value : 0,
      date: v.date ?? '',
      docNo: v.docNo,
      receivingUnit: v.kind === 'transfer' ? v.receivingUnit : '',
      note: v.note,
    })
  }

  return (
    <SeizureDialog<Values>
      title={`登记处置：${lineLabel(line)}`}
      okText="登记处置"
      width={600}
      form={form}
      initialValues={{ kind: undefined, qty: line.remainingMilli > 0 ? formatQty(line.remainingMilli) : '', date: todayText(), docNo: '', receivingUnit: '', note: '' }}
      submit={submit}
      fieldNames={{ qtyMilli: 'qty' }}
      success={`已登记${lineLabel(line)}的处置`}
      onDone={onDone}
      onStale={onStale}
      onClose={onClose}
      testId="outcome-dialog"
      submitTestId="outcome-submit"
    >
      <Descriptions
        size="small"
        bordered
        column={2}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'name', label: '物品', children: [line.name, line.brand, line.spec].filter(Boolean).join(' · '), span: 2 },
          { key: 'qty', label: '登记数量', children: qtyWithUnit(line.qtyMilli, line.unit) },
          { key: 'remaining', label: '剩余', children: <strong data-testid="outcome-remaining">{remaining}</strong> },
        ]}
      />
      <Form.Item name="kind" label="处置方式" rules={[{ required: true, message: '请选择处置方式' }]}>
        <Radio.Group name="outcome-kind">
          {(Object.keys(OUTCOME_KINDS) as OutcomeKind[]).map((k, i) => (
            <Radio key={k} value={k} autoFocus={i === 0} data-testid={`outcome-kind-${k}`}>
              {OUTCOME_KINDS[k]}
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      <div style={{ display: 'flex', gap: 16 }}>
        <Form.Item name="qty" label="数量" required rules={[qtyRule]} extra={`剩余 ${remaining}`} style={{ flex: 1 }}>
          <Input data-testid="outcome-qty" suffix={line.unit} inputMode="decimal" maxLength={20} />
        </Form.Item>
        <Form.Item name="date" label="日期" rules={dateRules('处置日期', { notFuture: true, notBefore: [seizure.decisionDate, '决定日期'] })} style={{ flex: 1 }}>
          <DateField data-testid="outcome-date" disabledDate={(d) => d < seizure.decisionDate || d > todayText()} />
        </Form.Item>
      </div>
      <Form.Item
        name="docNo"
        label="文书文号"
        rules={[{ required: true, whitespace: true, message: '请填写文书文号' }]}
        extra={
          kind === 'confiscation' && caseNos.length > 0 ? (
            <Flex wrap gap={4} align="center" data-testid="outcome-case-docnos">
              本案处罚决定书：
              {caseNos.map((no) => (
                <Button key={no} size="small" type="link" style={{ padding: 0 }} onClick={() => form.setFieldValue('docNo', no)}>
                  {no}
                </Button>
              ))}
            </Flex>
          ) : kind ? (
            DOC_HINT[kind]
          ) : (
            '解除决定书、处罚决定书或移送书的文号，如 X市监解强〔2026〕1号'
          )
        }
      >
        <DocNumberInput data-testid="outcome-docno" />
      </Form.Item>
      {kind === 'transfer' && (
        <Form.Item name="receivingUnit" label="接收单位" rules={[{ required: true, whitespace: true, message: '移送司法机关须填写接收单位' }]}>
          <Input data-testid="outcome-receiving-unit" maxLength={100} placeholder="如 清溪县公安局" />
        </Form.Item>
      )}
      <Form.Item name="note" label="备注">
        <Input maxLength={200} data-testid="outcome-note" />
      </Form.Item>
    </SeizureDialog>
  )
}
