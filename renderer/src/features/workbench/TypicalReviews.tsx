import { Alert, Empty, List, Typography } from 'antd'
import { Link } from 'react-router'
import type { TypicalTodo } from '../../../../shared/api/typical-types'
import { invoke } from '../../api/client'
import { useLoad } from '../../api/use-load'
import { useCan } from '../auth/can'

// 今日待办 for 典型案例: what waits for the approver's review (shown to approvers) and the drafts returned with a
// comment (shown to legal staff, who rewrite them). Each row opens its case text.

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
  if (awaiting.length === 0 && returned.length === 0) return <Empty description="没有待审核或被退回的典型案例" />
  return (
    <div data-testid="workbench-typical">
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
