import { Alert, Empty, List, Typography } from 'antd'
import { Link } from 'react-router'
import type { BatchRow } from '../../../../shared/api/destruction-types'
import { DESTRUCTION_METHODS } from '../../../../shared/domain/destruction'
import { invoke } from '../../api/client'
import { useLoad } from '../../api/use-load'
import { useCan } from '../auth/can'
import { kgText } from '../destruction/destruction-format'

// 今日待办 for destructions: batches waiting for approval (shown to those who approve) and batches approved but
// not yet destroyed. Each row opens its batch.

function Rows({ rows, testId, date }: { rows: BatchRow[]; testId: string; date: (r: BatchRow) => string }) {
  return (
    <List
      size="small"
      data-testid={testId}
      dataSource={rows}
      renderItem={(r) => (
        <List.Item>
          <Link to={`/destructions/batches/${r.id}`} data-testid={`${testId}-${r.batchNo}`}>
            {r.batchNo}
          </Link>
          <Typography.Text style={{ marginLeft: 8 }}>
            {r.campaign || r.place} · {DESTRUCTION_METHODS[r.method]} · {r.lines}行 · {kgText(r.weightG)}千克
          </Typography.Text>
          <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
            {date(r)}
          </Typography.Text>
        </List.Item>
      )}
    />
  )
}

const LIST_LINK = { marginLeft: 12, fontSize: 14, fontWeight: 'normal' } as const

export function DestructionBatches() {
  const can = useCan()
  const { data, error } = useLoad(() => invoke('destruction.workbench', {}), [])
  if (error) return <Alert type="error" showIcon title={error} />
  if (!data) return null
  const approver = can('destruction.batch.approve')
  const awaiting = approver ? data.awaitingApproval : []
  if (awaiting.length === 0 && data.approvedNotExecuted.length === 0) return <Empty description="没有待审批或待执行的销毁批次" />
  return (
    <div data-testid="workbench-destructions">
      {awaiting.length > 0 && (
        <>
          <Typography.Title level={5}>
            待审批（{awaiting.length}）
            <Link to="/destructions/batches?status=submitted" style={LIST_LINK}>
              查看全部
            </Link>
          </Typography.Title>
          <Rows rows={awaiting} testId="workbench-awaiting" date={(r) => `计划 ${r.plannedDate}`} />
        </>
      )}
      {data.approvedNotExecuted.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: awaiting.length > 0 ? 12 : 0 }}>
            已批准、待执行（{data.approvedNotExecuted.length}）
            <Link to="/destructions/batches?status=approved" style={LIST_LINK}>
              查看全部
            </Link>
          </Typography.Title>
          <Rows rows={data.approvedNotExecuted} testId="workbench-approved" date={(r) => `计划 ${r.plannedDate}`} />
        </>
      )}
    </div>
  )
}
