import { Alert, Empty, List, Typography } from 'antd'
import { Link } from 'react-router'
import type { TypicalTodo } from '../../../../shared/api/typical-types'
import { invoke } from '../../api/client'
import { useLoad } from '../../api/use-load'
import { useCan } from '../auth/can'

// 今日待办 for 典型案例: what waits for the approver's review (shown to approvers) and the drafts returned with a
// comment (shown to legal staff, who rewrite them), and published collections to withdraw because a case's
// decision was revoked, with the day. Each row opens its record.

function Rows({ rows, testId, returned }: { rows: TypicalTodo[]; testId: string; returned: boolean }) {
  return (
    <List
      size="small"
      data-testid={testId}
      dataSource={rows}
      renderItem={(r) => (
        <List.Item>
          <div>
            <Link to={`/typical/entries/${r.id}`}>{r.title}</Link>
            <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
              {r.collectionName} · {r.caseNo} · {returned ? '退回于' : '提交于'} {r.at.slice(0, 10)}
            </Typography.Text>
            {returned && r.comment && (
              <div>
                <Typography.Text type="warning">退回意见：{r.comment}</Typography.Text>
              </div>
            )}
          </div>
        </List.Item>
      )}
    />
  )
}

export function TypicalReviews() {
  const can = useCan()
  const { data, error } = useLoad(() => invoke('typical.workbench', {}), [])
  if (error) return <Alert type="error" showIcon title={error} />
  if (!data) return null
  const awaiting = can('typical.finalise') ? data.awaitingReview : []
  const returned = can('typical.save') ? data.returned : []
  const withdraw = can('typical.collections.withdraw') ? data.toWithdraw : []
  if (awaiting.length === 0 && returned.length === 0 && withdraw.length === 0) return <Empty description="没有待审核或被退回的典型案例" />
  return (
    <div data-testid="workbench-typical">
      {withdraw.length > 0 && (
        <List
          size="small"
          data-testid="workbench-typical-withdraw"
          header={<Typography.Text type="danger">案件决定已撤销，待撤回的案例集（{withdraw.length}）</Typography.Text>}
          dataSource={withdraw}
          renderItem={(w) => (
            <List.Item>
              <div>
                <Link to={`/typical/collections/${w.id}`}>{w.name}</Link>
                <Typography.Text type="danger" style={{ marginLeft: 8 }}>
                  {w.due} 前撤回（{w.words}）
                </Typography.Text>
                <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                  案件 {w.caseNos.join('、')}
                </Typography.Text>
              </div>
            </List.Item>
          )}
        />
      )}
      {awaiting.length > 0 && (
        <>
          <Typography.Title level={5}>待审核（{awaiting.length}）</Typography.Title>
          <Rows rows={awaiting} testId="workbench-typical-review" returned={false} />
        </>
      )}
      {returned.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: awaiting.length > 0 ? 12 : 0 }}>
            退回修改（{returned.length}）
          </Typography.Title>
          <Rows rows={returned} testId="workbench-typical-returned" returned />
        </>
      )}
    </div>
  )
}
