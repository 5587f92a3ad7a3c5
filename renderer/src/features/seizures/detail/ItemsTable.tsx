import { Button, Card, Table, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import type { ItemLine, Seizure } from '../../../../../shared/api/seizure-types'
import { ITEM_CATEGORIES } from '../../../../../shared/domain/seizures'
import { formatKg, formatQty, formatYuan, groupDigits } from '../../../../../shared/rules/decimal'

// 物品明细: each line's quantity and where it went (已解除 / 已没收 / 已移送) and what is still held (剩余,
// derived by core). 处置 opens the outcome dialog for one line.

interface Props {
  seizure: Seizure
  /** Undefined for a voided record: no 处置 column at all. */
  onOutcome?: (line: ItemLine) => void
  /** False for a user without the right: the buttons stay, disabled, so the column reads the same for all. */
  mayOutcome: boolean
}

const dim = (milli: number) => (milli === 0 ? <Typography.Text type="secondary">0</Typography.Text> : formatQty(milli))
const num = { align: 'right' as const }

export function ItemsTable({ seizure: s, onOutcome, mayOutcome }: Props) {
  const columns: ColumnsType<ItemLine> = [
    { title: '序号', dataIndex: 'lineNo', width: 48, align: 'center' },
    {
      title: '品名',
      dataIndex: 'name',
      minWidth: 100,
      render: (name: string, l) => (
        <>
          {name}
          {l.note && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {l.note}
              </Typography.Text>
            </div>
          )}
        </>
      ),
    },
    { title: '品牌/涉嫌侵权商标', dataIndex: 'brand', minWidth: 90 },
    { title: '规格型号', dataIndex: 'spec', minWidth: 76 },
    { title: '类别', dataIndex: 'category', width: 80, render: (c: ItemLine['category']) => ITEM_CATEGORIES[c] },
    { title: '数量', key: 'qty', width: 80, ...num, render: (_: unknown, l) => `${formatQty(l.qtyMilli)}${l.unit}` },
    { title: '重量(千克)', dataIndex: 'weightG', width: 88, ...num, render: (g: number | null) => (g === null ? '' : formatKg(g)) },
    { title: '货值(元)', dataIndex: 'valueFen', width: 92, ...num, render: (f: number | null) => (f === null ? '' : formatYuan(f)) },
    { title: '存放位置', dataIndex: 'storageLocationPath', minWidth: 72, render: (p: string | null) => p ?? '' },
    { title: '已解除', key: 'release', width: 64, ...num, render: (_: unknown, l) => dim(l.disposedMilli.release) },
    { title: '已没收', key: 'confiscation', width: 64, ...num, render: (_: unknown, l) => dim(l.disposedMilli.confiscation) },
    { title: '已移送', key: 'transfer', width: 64, ...num, render: (_: unknown, l) => dim(l.disposedMilli.transfer) },
    {
      title: '已销毁',
      key: 'destroyed',
      width: 64,
      ...num,
      render: (_: unknown, l) => <span data-testid={`item-destroyed-${l.lineNo}`}>{dim(l.destroyedMilli)}</span>,
    },
    {
      title: '剩余',
      key: 'remaining',
      width: 88,
      ...num,
      render: (_: unknown, l) =>
        l.remainingMilli === 0 ? (
          <Typography.Text type="secondary" data-testid={`item-remaining-${l.lineNo}`}>
            0
          </Typography.Text>
        ) : (
          <Typography.Text strong data-testid={`item-remaining-${l.lineNo}`}>
            {formatQty(l.remainingMilli)}
            {l.unit}
          </Typography.Text>
        ),
    },
  ]
  if (onOutcome) {
    columns.push({
      title: '',
      key: 'actions',
      width: 64,
      render: (_: unknown, l) => (
        <Button
          size="small"
          title={mayOutcome ? undefined : '登记处置须由录入员或法制员办理'}
          disabled={l.remainingMilli === 0 || !mayOutcome} onClick={() => onOutcome(l)} data-testid={`outcome-add-${l.lineNo}`}>
          处置
        </Button>
      ),
    })
  }

  return (
    <Card size="small" title={`物品明细（${s.items.length}行）`}>
      <Table<ItemLine>
        data-testid="seizure-items"
        rowKey="id"
        size="small"
        bordered
        pagination={false}
        dataSource={s.items}
        // Headers on one line (存放位置 wrapped to 存放位/置); the table scrolls sideways when the window is narrow.
        columns={columns.map((c) => ({ ...c, onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' } }) }))}
        scroll={{ x: 'max-content' }}
        summary={() => (
          <Table.Summary>
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={columns.length}>
                <span data-testid="seizure-items-totals">
                  行数 <Typography.Text strong>{s.totals.lines}</Typography.Text>
                  <span style={{ marginLeft: 24 }}>
                    货值合计 <Typography.Text strong>{formatYuan(s.totals.valueFen)}</Typography.Text> 元
                  </span>
                  <span style={{ marginLeft: 24 }}>
                    重量合计 <Typography.Text strong>{groupDigits(formatKg(s.totals.weightG))}</Typography.Text> 千克
                  </span>
                </span>
              </Table.Summary.Cell>
            </Table.Summary.Row>
          </Table.Summary>
        )}
      />
    </Card>
  )
}
