import { Alert, Empty, List, Typography } from 'antd'
import { Link } from 'react-router'
import { invoke } from '../../api/client'
import { useLoad } from '../../api/use-load'

// 今日待办 for 服务站: stations whose 整改 is past its due date, the longest overdue first; and, from the review
// month of 设置 → 服务站, the stations in the register without this year's review (the list filtered by 未考核).
export function StationRectifications() {
  const { data, error } = useLoad(() => invoke('stations.workbench', {}), [])
  if (error) return <Alert type="error" showIcon title={error} />
  if (!data) return null
  const { rectifyOverdue, unreviewed } = data
  if (rectifyOverdue.length === 0 && !unreviewed?.total) return <Empty description="没有整改逾期或待考核的服务站" />
  return (
    <>
      {rectifyOverdue.length > 0 && (
        <List
          header={<Link to="/stations?overdue=1">整改逾期的服务站（{rectifyOverdue.length}）</Link>}
          size="small"
          data-testid="workbench-stations"
          dataSource={rectifyOverdue}
          renderItem={(s) => (
            <List.Item>
              <div>
                <Link to={`/stations/${s.id}`}>{s.name}</Link>
                <Typography.Text type="danger" style={{ marginLeft: 8 }}>
                  整改期限 {s.rectifyDue}，已超期{s.daysOverdue}天
                </Typography.Text>
                <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                  {s.unit} · {s.stationNo}
                </Typography.Text>
              </div>
            </List.Item>
          )}
        />
      )}
      {unreviewed && unreviewed.total > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: rectifyOverdue.length > 0 ? 8 : 0 }}
          data-testid="workbench-stations-unreviewed"
          title={`${unreviewed.total} 个服务站尚未登记${unreviewed.year}年度考核`}
          description={unreviewed.rows.slice(0, 5).map((r) => r.name).join('、') + (unreviewed.total > 5 ? '等' : '')}
          action={<Link to="/stations?result=none">查看全部</Link>}
        />
      )}
    </>
  )
}
