import { useState } from 'react'
import { Alert, Button, Card, Flex, Space, Typography } from 'antd'
import { FireOutlined } from '@ant-design/icons'
import type { StockRow, StockTotals } from '../../../../../shared/api/destruction-types'
import { invoke } from '../../../api/client'
import { useLoad } from '../../../api/use-load'
import { useCan } from '../../auth/can'
import { kgText, unitsText, yuanText } from '../destruction-format'
import { useAddToBatch } from './AddToBatchDialog'
import { EMPTY_STOCK_QUERY, StockFilters, type StockQuery } from './StockFilters'
import { StockTable } from './StockTable'

// 销毁管理 → 待销毁物品: every confiscated quantity not yet in a batch, across all seizures, with totals; lines
// picked here go into a 草稿 batch (an existing one or a new one).

export function StockTotalsLine({ totals, testId }: { totals: StockTotals; testId?: string }) {
  return (
    <Space size={24} wrap data-testid={testId}>
      <span>
        行数 <Typography.Text strong>{totals.lines}</Typography.Text>
      </span>
      <span>
        数量 <Typography.Text strong>{unitsText(totals.units)}</Typography.Text>
      </span>
      <span>
        重量 <Typography.Text strong>{kgText(totals.weightG)}</Typography.Text> 千克
      </span>
      <span>
        货值 <Typography.Text strong>{yuanText(totals.valueFen)}</Typography.Text> 元
      </span>
    </Space>
  )
}

export function StockPage() {
  const can = useCan()
  const [filter, setFilter] = useState<StockQuery>(EMPTY_STOCK_QUERY)
  const [paging, setPaging] = useState({ page: 1, pageSize: 50 })
  const [resets, setResets] = useState(0)
  const [selected, setSelected] = useState<Map<string, StockRow>>(new Map())
  const adder = useAddToBatch()
  const stock = useLoad(() => invoke('destruction.stock.list', { ...filter, ...paging }), [JSON.stringify(filter), paging.page, paging.pageSize])
  const mayAdd = can('destruction.lines.add')

  const change = (patch: Partial<StockQuery>) => {
    setFilter((f) => ({ ...f, ...patch }))
    setPaging((p) => ({ ...p, page: 1 }))
  }
  const select = (keys: string[], rows: StockRow[]) => {
    // Rows picked on another page stay picked; antd hands back only the keys for those.
    const next = new Map<string, StockRow>()
    for (const k of keys) {
      const row = rows.find((r) => r?.itemId === k) ?? selected.get(k)
      if (row) next.set(k, row)
    }
    setSelected(next)
  }

  return (
    <Flex vertical gap={12} style={{ padding: '12px 24px 24px' }} data-testid="stock-page">
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          待销毁物品
        </Typography.Title>
        {mayAdd && (
          <Space>
            {selected.size > 0 && (
              <Typography.Text type="secondary" data-testid="stock-selected">
                已选 {selected.size} 行
                <Button type="link" size="small" onClick={() => setSelected(new Map())}>
                  取消选择
                </Button>
              </Typography.Text>
            )}
            <Button type="primary" icon={<FireOutlined />} disabled={selected.size === 0} onClick={() => adder.open([...selected.values()])} data-testid="stock-add-to-batch">
              加入销毁批次
            </Button>
          </Space>
        )}
      </Flex>
      <Card size="small">
        <StockFilters
          key={resets}
          filter={filter}
          onChange={change}
          onClear={() => {
            setResets((n) => n + 1)
            change(EMPTY_STOCK_QUERY)
          }}
        />
      </Card>
      {stock.error && <Alert type="error" showIcon title={stock.error} action={<Button size="small" onClick={stock.reload}>重试</Button>} />}
      {stock.data && (
        <Card size="small">
          <StockTotalsLine totals={stock.data.totals} testId="stock-totals" />
        </Card>
      )}
      <div style={{ background: '#fff', borderRadius: 4 }}>
        <StockTable
          rows={stock.data?.rows ?? []}
          total={stock.data?.total ?? 0}
          page={paging.page}
          pageSize={paging.pageSize}
          loading={!stock.data && !stock.error}
          selected={mayAdd ? [...selected.keys()] : undefined}
          onSelect={mayAdd ? select : undefined}
          onPage={(page, pageSize) => setPaging({ page, pageSize })}
        />
      </div>
      {adder.dialog}
    </Flex>
  )
}
