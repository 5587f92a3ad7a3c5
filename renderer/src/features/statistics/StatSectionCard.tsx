import { Card, Col, Flex, Row, Table, Tooltip, Typography } from 'antd'
import { useNavigate } from 'react-router'
import type { StatDrill, StatFigure, StatRow, StatSection, StatTable } from '../../../../shared/api/stat-types'
import { statChange, statText } from '../../../../shared/rules/stat-format'
import { StatChart } from './StatChart'

// One section of 统计: which date counts, the figures (each with 同比, each a link to its records), and every table
// with its chart beside it.

export const drillHref = (d: StatDrill) => `${d.path}?${new URLSearchParams(d.params).toString()}`

function Change({ f }: { f: Pick<StatFigure, 'value' | 'previous' | 'unit' | 'word'> }) {
  const text = statChange(f.value, f.previous, f.unit, f.word)
  if (!text) return null
  const up = text.startsWith('+')
  return (
    <Typography.Text style={{ fontSize: 12, color: text === '持平' ? undefined : up ? '#cf1322' : '#389e0d' }}>
      同比 {text}
    </Typography.Text>
  )
}

function FigureCard({ f, section, onOpen }: { f: StatFigure; section: string; onOpen(d: StatDrill): void }) {
  return (
    <Card size="small" hoverable={f.drill !== null} onClick={() => f.drill && onOpen(f.drill)} data-testid={`stat-figure-${section}-${f.key}`} styles={{ body: { padding: '10px 12px' } }}>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {f.label}
      </Typography.Text>
      <div style={{ fontSize: 22, fontWeight: 600, lineHeight: '32px' }} data-testid="stat-value">
        {statText(f.value, f.unit, f.word)}
      </div>
      <Flex gap={8} align="baseline">
        {f.previous !== null && (
          <Tooltip title="上年同期">
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              上年 {statText(f.previous, f.unit, f.word)}
            </Typography.Text>
          </Tooltip>
        )}
        <Change f={f} />
      </Flex>
    </Card>
  )
}

function TableBlock({ t, section, thisLabel, beforeLabel, onOpen }: { t: StatTable; section: string; thisLabel: string; beforeLabel: string; onOpen(d: StatDrill): void }) {
  const month = t.chart === 'month'
  const showBefore = month && t.rows.some((r) => r.previous !== null)
  const columns = [
    { key: 'label', title: '', render: (_v: unknown, r: StatRow) => (r.drill ? <a data-testid="stat-row-link">{r.label}</a> : r.label) },
    ...t.columns.map((c, i) => ({ key: `c${i}`, title: c.label, align: 'right' as const, render: (_v: unknown, r: StatRow) => statText(r.values[i] ?? 0, c.unit, c.word) })),
    ...(showBefore ? [{ key: 'before', title: '上年同月', align: 'right' as const, render: (_v: unknown, r: StatRow) => (r.previous === null ? '—' : statText(r.previous, t.columns[0]!.unit, t.columns[0]!.word)) }] : []),
  ]
  const empty = t.rows.length === 0 || t.rows.every((r) => r.values.every((v) => v === 0))
  return (
    <Card size="small" title={t.title} data-testid={`stat-table-${section}-${t.key}`}>
      <Row gutter={16}>
        {t.chart && !empty && (
          <Col xs={24} xl={12}>
            <StatChart table={t} thisLabel={thisLabel} beforeLabel={beforeLabel} onPick={(r) => r.drill && onOpen(r.drill)} testId={`stat-chart-${section}-${t.key}`} />
          </Col>
        )}
        <Col xs={24} xl={t.chart && !empty ? 12 : 24}>
          <Table<StatRow>
            size="small"
            rowKey="key"
            pagination={false}
            scroll={{ y: 280 }}
            columns={columns}
            dataSource={t.rows}
            locale={{ emptyText: '期间内没有记录' }}
            onRow={(r) => ({ onClick: () => r.drill && onOpen(r.drill), style: { cursor: r.drill ? 'pointer' : undefined } })}
          />
        </Col>
      </Row>
    </Card>
  )
}

export function StatSectionCard({ s, thisLabel, beforeLabel }: { s: StatSection; thisLabel: string; beforeLabel: string }) {
  const navigate = useNavigate()
  const open = (d: StatDrill) => navigate(drillHref(d))
  return (
    <Card title={s.title} data-testid={`stat-section-${s.key}`} extra={<Typography.Text type="secondary" style={{ fontSize: 12 }}>点击数字、表格行或柱形查看明细</Typography.Text>}>
      <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
        {s.basis}
      </Typography.Paragraph>
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
        {s.figures.map((f) => (
          <Col key={f.key} xs={12} md={8} xl={6} xxl={4}>
            <FigureCard f={f} section={s.key} onOpen={open} />
          </Col>
        ))}
      </Row>
      <Flex vertical gap={12}>
        {s.tables.map((t) => (
          <TableBlock key={t.key} t={t} section={s.key} thisLabel={thisLabel} beforeLabel={beforeLabel} onOpen={open} />
        ))}
      </Flex>
    </Card>
  )
}
