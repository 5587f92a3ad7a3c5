import { Form, Input, Typography } from 'antd'
import type { Batch, BatchLine } from '../../../../../shared/api/destruction-types'
import { QTY_SCALE, formatQty, parseScaled } from '../../../../../shared/rules/decimal'
import { invoke } from '../../../api/client'
import { DateField } from '../../../components/DateField'
import { dateRules } from '../../../components/form-rules'
import { ReasonDialog } from '../../../components/ReasonDialog'
import { todayText } from '../../../components/today'
import { qtyText } from '../destruction-format'
import { BatchDialog } from './BatchDialog'
import { CorrectDialog } from './CorrectDialog'
import { ExecuteDialog } from './ExecuteDialog'

// Which dialog of the batch page is open, and the one place that opens it with the batch as last read.

export type BatchDialogKind =
  | { kind: 'submit' }
  | { kind: 'approve' }
  | { kind: 'return' }
  | { kind: 'void' }
  | { kind: 'execute' }
  | { kind: 'correct' }
  | { kind: 'editLine'; line: BatchLine }
  | { kind: 'removeLine'; line: BatchLine }

interface Props {
  dialog: BatchDialogKind
  batch: Batch
  onDone(batch: Batch): void
  onStale(): void
  onClose(): void
}

const lineText = (l: BatchLine) => `${l.registerNo} 第${l.lineNo}行 ${l.name}`

export function BatchDialogs({ dialog, batch: b, onDone, onStale, onClose }: Props) {
  const common = { onDone, onStale, onClose }
  const ids = { id: b.id, version: b.version }
  switch (dialog.kind) {
    case 'submit':
      return <SubmitDialog batch={b} {...common} />
    case 'approve':
      return <ApproveDialog batch={b} {...common} />
    case 'return':
      return (
        <ReasonDialog<Batch>
          title={`退回销毁批次 ${b.batchNo}`}
          intro={<Typography.Paragraph>退回后批次回到草稿，由经办人修改后重新提交。</Typography.Paragraph>}
          label="退回原因"
          placeholder="例如：见证人不足，请补充消费者代表"
          okText="退回"
          success={`已退回 ${b.batchNo}`}
          submit={(reason) => invoke('destruction.batch.return', { ...ids, reason })}
          testId="batch-return-dialog"
          onDone={onDone}
          onClose={onClose}
        />
      )
    case 'void':
      return (
        <ReasonDialog<Batch>
          title={`作废销毁批次 ${b.batchNo}`}
          intro={<Typography.Paragraph>作废后批次中的数量回到待销毁物品；批次号不再使用，记录仍保留。</Typography.Paragraph>}
          label="作废原因"
          placeholder="例如：活动取消，物品并入下一批次"
          okText="确认作废"
          danger
          success={`已作废 ${b.batchNo}`}
          submit={(reason) => invoke('destruction.batch.void', { ...ids, reason })}
          testId="batch-void-dialog"
          onDone={onDone}
          onClose={onClose}
        />
      )
    case 'execute':
      return <ExecuteDialog batch={b} {...common} />
    case 'correct':
      return <CorrectDialog batch={b} {...common} />
    case 'editLine':
      return <EditLineDialog batch={b} line={dialog.line} {...common} />
    case 'removeLine':
      return <RemoveLineDialog batch={b} line={dialog.line} {...common} />
  }
}

interface DialogProps {
  batch: Batch
  onDone(batch: Batch): void
  onStale(): void
  onClose(): void
}

function SubmitDialog({ batch: b, ...common }: DialogProps) {
  const [form] = Form.useForm<{ request: string }>()
  return (
    <BatchDialog<{ request: string }>
      title={`提交审批：${b.batchNo}`}
      okText="提交审批"
      form={form}
      initialValues={{ request: b.request || `拟于${b.plannedDate}在${b.place}集中销毁罚没物品共${b.planned.lines}项，请审批。` }}
      submit={({ request }) => invoke('destruction.batch.submit', { id: b.id, version: b.version, request })}
      success={`已提交审批：${b.batchNo}`}
      testId="batch-submit-dialog"
      submitTestId="batch-submit-submit"
      {...common}
    >
      <Form.Item name="request" label="申请事由" rules={[{ required: true, whitespace: true, message: '请填写申请事由' }]}>
        <Input.TextArea autoFocus autoSize={{ minRows: 3, maxRows: 8 }} maxLength={500} showCount data-testid="batch-request" />
      </Form.Item>
    </BatchDialog>
  )
}

function ApproveDialog({ batch: b, ...common }: DialogProps) {
  const [form] = Form.useForm<{ opinion: string; date: string | null }>()
  const submittedOn = b.submittedAt ? b.submittedAt.slice(0, 10) : undefined
  return (
    <BatchDialog<{ opinion: string; date: string | null }>
      title={`批准销毁：${b.batchNo}`}
      okText="批准"
      form={form}
      initialValues={{ opinion: '同意销毁。', date: todayText() }}
      submit={({ opinion, date }) => invoke('destruction.batch.approve', { id: b.id, version: b.version, opinion, date: date ?? '' })}
      success={`已批准：${b.batchNo}`}
      testId="batch-approve-dialog"
      submitTestId="batch-approve-submit"
      {...common}
    >
      {b.request && (
        <Typography.Paragraph>
          申请事由：{b.request}（{b.submittedByName}）
        </Typography.Paragraph>
      )}
      <Form.Item name="opinion" label="审批意见" rules={[{ required: true, whitespace: true, message: '请填写审批意见' }]}>
        <Input.TextArea autoFocus autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} data-testid="batch-opinion" />
      </Form.Item>
      <Form.Item name="date" label="审批日期" rules={dateRules('审批日期', { notFuture: true, notBefore: submittedOn ? [submittedOn, '提交日期'] : undefined })}>
        <DateField data-testid="batch-approve-date" />
      </Form.Item>
    </BatchDialog>
  )
}

function EditLineDialog({ batch: b, line, ...common }: DialogProps & { line: BatchLine }) {
  const [form] = Form.useForm<{ qty: string }>()
  return (
    <BatchDialog<{ qty: string }>
      title={`修改计划销毁数量：${lineText(line)}`}
      okText="保存"
      form={form}
      initialValues={{ qty: formatQty(line.plannedMilli) }}
      rename={{ qtyMilli: 'qty' }}
      submit={({ qty }) => {
        const parsed = parseScaled(qty, QTY_SCALE, '数量')
        return invoke('destruction.lines.update', { id: b.id, version: b.version, lineId: line.id, qtyMilli: parsed.ok ? parsed.value : 0 })
      }}
      success="已修改数量"
      testId="line-edit-dialog"
      submitTestId="line-edit-submit"
      {...common}
    >
      <Form.Item
        name="qty"
        label="计划销毁数量"
        rules={[
          {
            validator: (_r, text: string | undefined) => {
              const parsed = parseScaled(text ?? '', QTY_SCALE, '数量')
              if (!parsed.ok) return Promise.reject(new Error(parsed.message))
              return parsed.value === 0 ? Promise.reject(new Error('数量应大于0')) : Promise.resolve()
            },
          },
        ]}
      >
        <Input autoFocus suffix={line.unit} inputMode="decimal" maxLength={20} data-testid="line-edit-qty" />
      </Form.Item>
    </BatchDialog>
  )
}

function RemoveLineDialog({ batch: b, line, ...common }: DialogProps & { line: BatchLine }) {
  const [form] = Form.useForm<object>()
  return (
    <BatchDialog<object>
      title={`移出：${lineText(line)}`}
      okText="移出"
      danger
      form={form}
      submit={() => invoke('destruction.lines.remove', { id: b.id, version: b.version, lineId: line.id })}
      success="已移出，数量回到待销毁物品"
      testId="line-remove-dialog"
      submitTestId="line-remove-submit"
      {...common}
    >
      <Typography.Paragraph>{qtyText(line.plannedMilli, line.unit)}将回到待销毁物品，可再加入其他批次。</Typography.Paragraph>
    </BatchDialog>
  )
}
