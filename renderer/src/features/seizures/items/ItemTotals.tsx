import { Space, Typography } from 'antd'
import { formatKg, formatYuan, groupDigits } from '../../../../../shared/rules/decimal'
import type { ItemTotals as Totals } from './item-rows'

// The grid's footer. Sums are exact integers (fen, grams) from itemTotals; only the display groups digits.

export function ItemTotals({ totals }: { totals: Totals }) {
  return (
    <Space size="large" wrap data-testid="item-totals" style={{ padding: '6px 4px' }}>
      <span>
        行数 <Typography.Text strong data-testid="item-total-lines">{totals.lines}</Typography.Text>
      </span>
      <span>
        货值合计 <Typography.Text strong data-testid="item-total-value">{formatYuan(totals.valueFen)}</Typography.Text> 元
      </span>
      <span>
        重量合计 <Typography.Text strong data-testid="item-total-weight">{groupDigits(formatKg(totals.weightG))}</Typography.Text> 千克
      </span>
      {totals.unreadable > 0 && <Typography.Text type="warning">另有 {totals.unreadable} 个货值/重量格式有误，未计入合计</Typography.Text>}
    </Space>
  )
}
