import { Card, Descriptions, Empty, Table, Timeline, Typography } from 'antd'
import type { Batch, BatchCorrection, BatchStep } from '../../../../../shared/api/destruction-types'
import { formatLocalTime } from '../../../../../shared/rules/local-time'

// 审批和执行: who submitted, approved and executed and when, every step in order, and each recorded correction.

const ACTIONS: Record<BatchStep['action'], string> = {
  create: '新建',
  submit: '提交审批',
  return: '退回',
  approve: '批准',
  execute: '登记销毁',
  correct: '更正',
  void: '作废',
}

export function BatchRecord({ batch: b }: { batch: Batch }) {
  const facts = [
    { key: 'request', label: '申请事由', children: b.request ? `${b.request}（${b.submittedByName ?? ''}，${b.submittedAt ? formatLocalTime(b.submittedAt) : ''}）` : '尚未提交' },
    { key: 'approval', label: '审批意见', children: b.approval ? `${b.approval.opinion}（${b.approval.byName}，${b.approval.date}）` : '尚未审批' },
    { key: 'execution', label: '实际销毁', children: b.execution ? `${b.execution.actualDate}（${b.execution.byName} 登记${b.execution.note ? `：${b.execution.note}` : ''}）` : '尚未执行' },
  ]
  return (
    <Card size="small" title="审批和执行" data-testid="batch-record">
      <Descriptions size="small" column={1} bordered items={facts} style={{ marginBottom: 16 }} />
      <Timeline
        data-testid="batch-steps"
        items={b.steps.map((s, i) => ({
          key: i,
          color: s.action === 'return' || s.action === 'void' ? 'red' : s.action === 'execute' ? 'green' : 'blue',
          content: (
            <>
              <Typography.Text strong>{ACTIONS[s.action]}</Typography.Text> {s.byName}
              <Typography.Text type="secondary"> {formatLocalTime(s.at)}</Typography.Text>
              {s.text && <div>{s.text}</div>}
            </>
          ),
        }))}
      />
      <Typography.Title level={5}>更正记录</Typography.Title>
      {b.corrections.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有更正" />
      ) : (
        <Table<BatchCorrection>
          data-testid="batch-corrections"
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={b.corrections}
          columns={[
            { title: '项目', dataIndex: 'field' },
            { title: '原值 → 新值', key: 'change', render: (_: unknown, c) => `${c.oldValue} → ${c.newValue}` },
            { title: '原因', dataIndex: 'reason' },
            { title: '更正人', key: 'by', render: (_: unknown, c) => `${c.byName} ${formatLocalTime(c.at)}` },
          ]}
        />
      )}
    </Card>
  )
}
