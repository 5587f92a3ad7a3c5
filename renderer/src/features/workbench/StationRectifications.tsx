import { Alert, Empty, List, Typography } from 'antd'
import { Link } from 'react-router'
import { invoke } from '../../api/client'
import { useLoad } from '../../api/use-load'

// 今日待办 for 服务站: stations whose 整改 is past its due date, the longest overdue first.
export function StationRectifications() {
  const { data, error } = useLoad(() => invoke('stations.workbench', {}), [])
  if (error) return <Alert type="error" showIcon title={error} />
  if (!data) return null
  if (data.length === 0) return <Empty description="没有整改逾期的服务站" />
  return (
    <List
      size="small"
      data-testid="workbench-stations"
      dataSource={data}
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
  )
}
