import { Tag } from 'antd'
import { BarChartOutlined } from '@ant-design/icons'

// Shown above a list opened from a figure of 统计: what the figure counted (so the list's narrowing is visible,
// though no filter control shows it), with × to drop it.
export function StatDrillTag({ text, onClear }: { text: string | null; onClear(): void }) {
  if (!text) return null
  return (
    <Tag data-testid="stat-drill" color="blue" icon={<BarChartOutlined />} closable onClose={onClear} style={{ fontSize: 13, padding: '2px 8px', alignSelf: 'flex-start' }}>
      统计明细：{text}
    </Tag>
  )
}
