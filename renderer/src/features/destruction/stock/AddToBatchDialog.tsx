import { useEffect, useState } from 'react'
import { Form, Input, Select, Table, Typography } from 'antd'
import { useNavigate } from 'react-router'
import type { StockRow } from '../../../../../shared/api/destruction-types'
import { QTY_SCALE, formatQty, parseScaled } from '../../../../../shared/rules/decimal'
import { invoke } from '../../../api/client'
import { useLoad } from '../../../api/use-load'
import { FormDialog } from '../../../components/FormDialog'
import { qtyText } from '../destruction-format'

// 加入销毁批次: the picked lines go into a 草稿 batch, each whole or in part; or a new batch is opened with them.

export const NEW_BATCH = 'new'

/** A picked line on its way into a batch; qtyMilli null = all that is left. */
export interface PickedLine {
  itemId: string
  qtyMilli: number | null
}

interface Values {
  target: string
  qty: Record<string, string>
}

interface Added {
  /** null: a new batch is to be opened with the lines. */
  batchId: string | null
  lines: PickedLine[]
}

interface Props {
  rows: StockRow[]
  onDone(added: Added): void
  onClose(): void
}

/**
 * The dialog and where it leads: the batch the lines went into, or a new batch with them. The page moves only
 * once the dialog is gone, so its form no longer counts as unsaved.
 */
export function useAddToBatch() {
  const navigate = useNavigate()
  const [rows, setRows] = useState<StockRow[] | null>(null)
  const [done, setDone] = useState<Added | null>(null)
  useEffect(() => {
    if (!done) return
    if (done.batchId) navigate(`/destructions/batches/${done.batchId}`)
    else navigate('/destructions/batches/new', { state: { lines: done.lines } })
  }, [done, navigate])
  const dialog = rows && (
    <AddToBatchDialog
      rows={rows}
      onClose={() => setRows(null)}
      onDone={(added) => {
        setRows(null)
        setDone(added)
      }}
    />
  )
  return { open: setRows, dialog }
}

/** The quantities as typed, each checked against what is left of its line. */
export function pickedLines(rows: StockRow[], qty: Record<string, string>): PickedLine[] {
  return rows.map((r) => {
    const parsed = parseScaled(qty[r.itemId] ?? '', QTY_SCALE, '数量')
    const value = parsed.ok ? parsed.value : r.leftMilli
    return { itemId: r.itemId, qtyMilli: value === r.leftMilli ? null : value }
  })
}

export function AddToBatchDialog({ rows, onDone, onClose }: Props) {
  const [form] = Form.useForm<Values>()
  const drafts = useLoad(() => invoke('destruction.batch.list', { statuses: ['draft'], pageSize: 200 }), [])

  const submit = async (v: Values) => {
    const lines = pickedLines(rows, v.qty)
    if (v.target === NEW_BATCH) return { batchId: null, lines }
    const batch = await invoke('destruction.batch.get', { id: v.target })
    await invoke('destruction.lines.add', { id: batch.id, version: batch.version, lines })
    return { batchId: batch.id, lines }
  }

  const qtyRule = (r: StockRow) => ({
    validator: (_: unknown, text: string | undefined) => {
      const parsed = parseScaled(text ?? '', QTY_SCALE, '数量')
      if (!parsed.ok) return Promise.reject(new Error(parsed.message))
      if (parsed.value === 0) return Promise.reject(new Error('数量应大于0'))
      if (parsed.value > r.leftMilli) return Promise.reject(new Error(`超过待销毁数量 ${qtyText(r.leftMilli, r.unit)}`))
      return Promise.resolve()
    },
  })

  return (
    <FormDialog<Values, Added>
      title={`加入销毁批次（${rows.length}行）`}
      okText="加入"
      width={820}
      form={form}
      initialValues={{ target: NEW_BATCH, qty: Object.fromEntries(rows.map((r) => [r.itemId, formatQty(r.leftMilli)])) }}
      submit={submit}
      onDone={onDone}
      onClose={onClose}
      testId="add-to-batch-dialog"
      submitTestId="add-to-batch-submit"
      errorTestId="add-to-batch-error"
    >
      <Form.Item name="target" label="加入到" rules={[{ required: true, message: '请选择批次' }]}>
        <Select
          data-testid="add-to-batch-target"
          loading={!drafts.data}
          options={[
            { value: NEW_BATCH, label: '新建销毁批次…' },
            ...(drafts.data?.rows ?? []).map((b) => ({ value: b.id, label: `${b.batchNo}（草稿，${b.lines}行，计划 ${b.plannedDate}，${b.place}）` })),
          ]}
        />
      </Form.Item>
      <Typography.Paragraph type="secondary">默认加入全部待销毁数量；只销毁一部分的，改小数量，其余仍留在待销毁物品中。</Typography.Paragraph>
      <Table<StockRow>
        rowKey="itemId"
        size="small"
        pagination={false}
        scroll={{ y: 360 }}
        dataSource={rows}
        columns={[
          { title: '登记号', dataIndex: 'registerNo', width: 100 },
          { title: '品名', key: 'name', render: (_: unknown, r) => `第${r.lineNo}行 ${r.name}${r.brand ? ` · ${r.brand}` : ''}` },
          { title: '待销毁', key: 'left', width: 100, align: 'right', render: (_: unknown, r) => qtyText(r.leftMilli, r.unit) },
          {
            title: '本次销毁数量',
            key: 'qty',
            width: 180,
            render: (_: unknown, r) => (
              <Form.Item name={['qty', r.itemId]} rules={[qtyRule(r)]} style={{ margin: 0 }}>
                <Input suffix={r.unit} inputMode="decimal" maxLength={20} data-testid={`add-qty-${r.registerNo}-${r.lineNo}`} />
              </Form.Item>
            ),
          },
        ]}
      />
    </FormDialog>
  )
}
