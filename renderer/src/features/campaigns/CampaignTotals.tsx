import { Card, Table, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import type { Campaign, FormItem, ReportFigure } from '../../../../shared/api/campaign-types'
import { figureText, groupItems, RecordsTag } from './campaign-format'

// 全局合计: the bureau's figure for every item of the form, the sum over the units' submitted reports (text items
// joined by unit), in the form's order and under its headings.

type Row = { key: string; heading: string } | { key: string; item: FormItem; figure: ReportFigure | undefined }

const isHeading = (r: Row): r is { key: string; heading: string } => 'heading' in r
const spanHeading = (r: Row) => (isHeading(r) ? { colSpan: 0 } : {})

export function CampaignTotals({ campaign: c, submitted }: { campaign: Campaign; submitted: number }) {
  const byItem = new Map(c.totals.map((f) => [f.itemId, f]))
  const rows: Row[] = groupItems(c.items).flatMap((g, n) => [
    ...(g.group ? [{ key: `g${n}`, heading: g.group }] : []),
    ...g.items.map((item) => ({ key: item.id, item, figure: byItem.get(item.id) })),
  ])
  const columns: ColumnsType<Row> = [
    {
      title: '项目',
      key: 'name',
      onCell: (r) => (isHeading(r) ? { colSpan: 3, style: { background: '#fafafa' } } : {}),
      render: (_v, r) =>
        isHeading(r) ? (
          <Typography.Text strong>{r.heading}</Typography.Text>
        ) : (
          <span style={{ paddingLeft: r.item.group ? 16 : 0 }}>
            {r.item.name}
            {r.item.source !== null && <RecordsTag />}
            {r.item.note && (
              <Typography.Text type="secondary" style={{ marginLeft: 6, fontSize: 12 }}>
                {r.item.note}
              </Typography.Text>
            )}
          </span>
        ),
    },
    { title: '单位', key: 'unit', width: 80, onCell: spanHeading, render: (_v, r) => (isHeading(r) ? null : r.item.unitWord) },
    {
      title: '合计',
      key: 'total',
      width: 320,
      align: 'right',
      onCell: spanHeading,
      render: (_v, r) => {
        if (isHeading(r)) return null
        const text = figureText(r.item, r.item.kind === 'text' ? null : (r.figure?.value ?? 0), r.figure?.text ?? '')
        if (r.item.kind === 'text') return <div style={{ whiteSpace: 'pre-wrap', textAlign: 'left' }}>{text || <Typography.Text type="secondary">—</Typography.Text>}</div>
        return <span data-testid={`total-${r.item.key}`}>{text}</span>
      },
    },
  ]
  return (
    <Card
      size="small"
      title="全局合计（各单位合计）"
      extra={<Typography.Text type="secondary">{submitted === 0 ? '还没有单位报送，合计为0' : `按已报送的 ${submitted} 个单位合计；未报送的单位不计入`}</Typography.Text>}
    >
      <Table<Row> data-testid="campaign-totals" rowKey="key" size="small" bordered pagination={false} dataSource={rows} columns={columns} />
    </Card>
  )
}
