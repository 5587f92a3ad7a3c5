import { Table, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import type { StockRow } from '../../../../../shared/api/destruction-types'
import { ITEM_CATEGORIES } from '../../../../../shared/domain/seizures'
import { Link } from 'react-router'
import { kgText, qtyText, yuanText } from '../destruction-format'

// 待销毁物品: one row per item line with confiscated quantity not yet in a live batch.

interface Props {
  rows: StockRow[]
  total: number
  page: number
  pageSize: number
  loading: boolean
  /** Undefined for a user who may not put lines in a batch: no checkboxes. */
  selected?: string[]
  onSelect?(keys: string[], rows: StockRow[]): void
  onPage(page: number, pageSize: number): void
}

const num = { align: 'right' as const }

const COLUMNS: ColumnsType<StockRow> = [
  {
    title: '登记号',
    dataIndex: 'registerNo',
    width: 100,
    render: (no: string, r) => (
      <Link to={`/seizures/${r.seizureId}`} data-testid={`stock-register-${r.registerNo}-${r.lineNo}`}>
        {no}
      </Link>
    ),
  },
  { title: '当事人', dataIndex: 'partyName', minWidth: 120 },
  {
    title: '品名',
    dataIndex: 'name',
    minWidth: 110,
    render: (name: string, r) => (
      <>
        {name}
        {r.spec && <Typography.Text type="secondary"> {r.spec}</Typography.Text>}
      </>
    ),
  },
  { title: '品牌', dataIndex: 'brand', minWidth: 80 },
  { title: '类别', dataIndex: 'category', width: 84, render: (c: StockRow['category']) => ITEM_CATEGORIES[c] },
  { title: '待销毁数量', key: 'left', width: 100, ...num, render: (_: unknown, r) => <Typography.Text strong>{qtyText(r.leftMilli, r.unit)}</Typography.Text> },
  { title: '重量(千克)', dataIndex: 'weightG', width: 90, ...num, render: kgText },
  { title: '货值(元)', dataIndex: 'valueFen', width: 100, ...num, render: yuanText },
  { title: '存放位置', dataIndex: 'storageLocationPath', minWidth: 100, render: (p: string | null) => p ?? '' },
  { title: '没收日期', dataIndex: 'confiscationDate', width: 100 },
  { title: '文号', dataIndex: 'confiscationDocNo', minWidth: 150 },
]

export function StockTable({ rows, total, page, pageSize, loading, selected, onSelect, onPage }: Props) {
  return (
    <Table<StockRow>
      data-testid="stock-table"
      rowKey="itemId"
      size="small"
      bordered
      loading={loading}
      dataSource={rows}
      columns={COLUMNS.map((c) => ({ ...c, onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' } }) }))}
      scroll={{ x: 'max-content' }}
      rowSelection={
        selected && onSelect
          ? { selectedRowKeys: selected, preserveSelectedRowKeys: true, onChange: (keys, picked) => onSelect(keys as string[], picked), getCheckboxProps: (r) => ({ 'aria-label': `选择 ${r.registerNo} 第${r.lineNo}行 ${r.name}` }) as never }
          : undefined
      }
      pagination={{ current: page, pageSize, total, showSizeChanger: true, pageSizeOptions: [20, 50, 100, 200], showTotal: (t) => `共 ${t} 行`, onChange: onPage }}
    />
  )
}
