import type { ReactNode } from 'react'
import { Button, Card, Table, Tag, Typography } from 'antd'
import type { Outcome, Seizure } from '../../../../../shared/api/seizure-types'
import { OUTCOME_KINDS, type OutcomeKind } from '../../../../../shared/domain/seizures'
import { formatQty } from '../../../../../shared/rules/decimal'
import { formatTime } from './detail-format'

// 处置记录: every outcome in the order entered. A voided one stays, struck through, with its reason: the
// quantity went back to the line's remainder.

interface Props {
  seizure: Seizure
  /** Undefined: the user may not void outcomes, or the record is voided. */
  onVoid?: (o: Outcome) => void
}

const KIND_COLORS: Record<OutcomeKind, string> = { release: 'blue', confiscation: 'volcano', transfer: 'purple' }

/** Struck through when the outcome is voided. */
const cell = (o: Outcome, content: ReactNode) => (o.voided ? <Typography.Text delete type="secondary">{content}</Typography.Text> : content)

export function OutcomesTable({ seizure: s, onVoid }: Props) {
  return (
    <Card size="small" title={`处置记录（${s.outcomes.filter((o) => !o.voided).length}条）`}>
      <Table<Outcome>
        data-testid="seizure-outcomes"
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={s.outcomes}
        locale={{ emptyText: '尚无处置记录' }}
        columns={[
          { title: '日期', dataIndex: 'date', width: 100, render: (d: string, o) => cell(o, d) },
          { title: '物品', key: 'line', render: (_: unknown, o) => cell(o, `第${o.lineNo}行 ${o.itemName}`) },
          { title: '处置方式', dataIndex: 'kind', width: 110, render: (k: OutcomeKind, o) => (o.voided ? cell(o, OUTCOME_KINDS[k]) : <Tag color={KIND_COLORS[k]}>{OUTCOME_KINDS[k]}</Tag>) },
          { title: '数量', dataIndex: 'qtyMilli', width: 90, align: 'right', render: (q: number, o) => cell(o, `${formatQty(q)}${o.unit}`) },
          { title: '文号', dataIndex: 'docNo', render: (d: string, o) => cell(o, d) },
          { title: '接收单位', dataIndex: 'receivingUnit', render: (u: string, o) => cell(o, u) },
          {
            title: '登记人',
            key: 'by',
            width: 150,
            render: (_: unknown, o) => (
              <>
                {o.createdByName}
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatTime(o.createdAt)}
                  </Typography.Text>
                </div>
              </>
            ),
          },
          { title: '备注', dataIndex: 'note', render: (n: string, o) => cell(o, n) },
          {
            title: '',
            key: 'actions',
            width: 200,
            render: (_: unknown, o) =>
              o.voided ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="outcome-voided">
                  <Tag>已作废</Tag>
                  {o.voided.reason}（{o.voided.byName} 于 {formatTime(o.voided.at)}）
                </Typography.Text>
              ) : (
                onVoid && (
                  <Button size="small" danger onClick={() => onVoid(o)} data-testid="outcome-void">
                    作废
                  </Button>
                )
              ),
          },
        ]}
      />
    </Card>
  )
}
