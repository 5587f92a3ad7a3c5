import { Button, Card, Space, Table, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { Link } from 'react-router'
import type { Batch, BatchLine, BatchTotals } from '../../../../../shared/api/destruction-types'
import { ITEM_CATEGORIES } from '../../../../../shared/domain/seizures'
import { kgText, qtyText, unitsText, yuanText } from '../destruction-format'
import { ScanBox } from './ScanBox'

// 销毁物品: the batch's lines, planned (and, once executed, destroyed) quantities, and the running totals by
// category. In a 草稿 the scan box adds a seizure's lines, and each line's quantity can be changed or removed.

interface Props {
  batch: Batch
  /** Set when lines may be added, changed and removed (a 草稿, a user who may). */
  edit?: {
    onChanged(batch: Batch): void
    onEditLine(line: BatchLine): void
    onRemoveLine(line: BatchLine): void
  }
}

const num = { align: 'right' as const }

export function CategoryTotals({ totals, testId }: { totals: BatchTotals; testId: string }) {
  return (
    <Table
      data-testid={testId}
      rowKey="category"
      size="small"
      pagination={false}
      dataSource={totals.byCategory}
      columns={[
        { title: '类别', dataIndex: 'category', render: (c: keyof typeof ITEM_CATEGORIES) => ITEM_CATEGORIES[c] },
        { title: '行数', dataIndex: 'lines', width: 64, ...num },
        { title: '数量', key: 'units', render: (_: unknown, t) => unitsText(t.units) },
        { title: '重量(千克)', dataIndex: 'weightG', width: 100, ...num, render: kgText },
        { title: '货值(元)', dataIndex: 'valueFen', width: 120, ...num, render: yuanText },
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}>
            <Typography.Text strong>合计</Typography.Text>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">
            <span data-testid={`${testId}-lines`}>{totals.lines}</span>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={2}>
            <span data-testid={`${testId}-units`}>{unitsText(totals.units)}</span>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={3} align="right">
            <span data-testid={`${testId}-kg`}>{kgText(totals.weightG)}</span>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={4} align="right">
            <span data-testid={`${testId}-yuan`}>{yuanText(totals.valueFen)}</span>
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  )
}

export function BatchLinesCard({ batch: b, edit }: Props) {
  const executed = b.destroyed !== null
  const columns: ColumnsType<BatchLine> = [
    { title: '序号', dataIndex: 'position', width: 52, align: 'center' },
    { title: '登记号', dataIndex: 'registerNo', width: 100, render: (no: string, l) => <Link to={`/seizures/${l.seizureId}`}>{no}</Link> },
    { title: '决定书文号', dataIndex: 'confiscationDocNo', minWidth: 150 },
    { title: '品名', key: 'name', minWidth: 110, render: (_: unknown, l) => `第${l.lineNo}行 ${l.name}` },
    { title: '品牌', dataIndex: 'brand', minWidth: 70 },
    { title: '规格', dataIndex: 'spec', minWidth: 70 },
    { title: '类别', dataIndex: 'category', width: 80, render: (c: BatchLine['category']) => ITEM_CATEGORIES[c] },
    { title: '计划数量', key: 'planned', width: 96, ...num, render: (_: unknown, l) => <span data-testid={`line-planned-${l.position}`}>{qtyText(l.plannedMilli, l.unit)}</span> },
    { title: '重量(千克)', dataIndex: 'plannedWeightG', width: 90, ...num, render: kgText },
    { title: '货值(元)', dataIndex: 'valueFen', width: 100, ...num, render: yuanText },
    { title: '存放位置', dataIndex: 'storageLocationPath', minWidth: 90, render: (p: string | null) => p ?? '' },
  ]
  if (executed) {
    columns.push(
      {
        title: '实际销毁',
        key: 'destroyed',
        width: 96,
        ...num,
        render: (_: unknown, l) => <Typography.Text strong data-testid={`line-destroyed-${l.position}`}>{l.destroyedMilli === null ? '' : qtyText(l.destroyedMilli, l.unit)}</Typography.Text>,
      },
      { title: '实际重量', dataIndex: 'destroyedWeightG', width: 90, ...num, render: kgText },
      { title: '不符原因', dataIndex: 'shortReason', minWidth: 120 },
    )
  }
  if (edit) {
    columns.push({
      title: '',
      key: 'actions',
      width: 120,
      render: (_: unknown, l) => (
        <Space size={4}>
          <Button size="small" onClick={() => edit.onEditLine(l)} data-testid={`line-edit-${l.position}`}>
            改数量
          </Button>
          <Button size="small" danger onClick={() => edit.onRemoveLine(l)} data-testid={`line-remove-${l.position}`}>
            移出
          </Button>
        </Space>
      ),
    })
  }

  return (
    <Card size="small" title={`销毁物品（${b.lines.length}行）`} extra={edit && <ScanBox batch={b} onAdded={edit.onChanged} />}>
      <Table<BatchLine>
        data-testid="batch-lines"
        rowKey="id"
        size="small"
        bordered
        pagination={b.lines.length > 100 ? { pageSize: 100, showSizeChanger: false } : false}
        dataSource={b.lines}
        columns={columns.map((c) => ({ ...c, onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' } }) }))}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: edit ? '还没有物品：在上方扫码或输入登记号，或在“待销毁物品”中勾选后加入' : '没有物品' }}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        按类别合计（计划）
      </Typography.Title>
      <CategoryTotals totals={b.planned} testId="batch-planned-totals" />
      {b.destroyed && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            按类别合计（实际销毁）
          </Typography.Title>
          <CategoryTotals totals={b.destroyed} testId="batch-destroyed-totals" />
        </>
      )}
    </Card>
  )
}
