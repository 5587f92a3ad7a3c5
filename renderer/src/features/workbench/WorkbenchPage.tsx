import { Card, Col, Descriptions, Row, Typography } from 'antd'
import { useSession } from '../auth/session'
import { CaseDeadlines } from './CaseDeadlines'
import { DestructionBatches } from './DestructionBatches'
import { SeizureDeadlines } from './SeizureDeadlines'
import { TypicalReviews } from './TypicalReviews'
import { StationRectifications } from './StationRectifications'
import { BackupHealth } from './BackupHealth'
import { useCan } from '../auth/can'
import { MyWork } from './MyWork'
import { CampaignTasks } from './CampaignTasks'

/** 工作台: the day's to-dos (seizure terms, case deadlines, destruction batches to approve or carry out, typical cases to review or rewrite, stations whose 整改 is overdue, and for admins the backups' age and last check). */
export function WorkbenchPage() {
  const { user, info } = useSession()
  const can = useCan()
  return (
    <div style={{ padding: 24 }}>
      <Typography.Title level={4}>工作台</Typography.Title>
      <Row gutter={16}>
        <Col span={16}>
          <Card title="今日待办 · 查扣期限">
            <SeizureDeadlines />
          </Card>
          <Card title="今日待办 · 案件期限" style={{ marginTop: 16 }}>
            <CaseDeadlines />
          </Card>
          <Card title="今日待办 · 销毁批次" style={{ marginTop: 16 }}>
            <DestructionBatches />
          </Card>
          {(can('typical.finalise') || can('typical.save')) && (
            <Card title="今日待办 · 典型案例" style={{ marginTop: 16 }}>
              <TypicalReviews />
            </Card>
          )}
          <Card title="今日待办 · 服务站整改" style={{ marginTop: 16 }}>
            <StationRectifications />
          </Card>
          <CampaignTasks />
          {can('backup.health') && (
            <Card title="今日待办 · 备份" style={{ marginTop: 16 }}>
              <BackupHealth />
            </Card>
          )}
        </Col>
        <Col span={8}>
          <Card title="我的待办" style={{ marginBottom: 16 }}>
            <MyWork />
          </Card>
          <Card title="本机信息">
            <Descriptions column={1} size="small">
              <Descriptions.Item label="机关">{info.agencyName}</Descriptions.Item>
              <Descriptions.Item label="当前用户">{user.name}</Descriptions.Item>
              <Descriptions.Item label="程序版本">{info.version}</Descriptions.Item>
              <Descriptions.Item label="数据目录">
                <Typography.Text copyable style={{ wordBreak: 'break-all' }}>
                  {info.dataDir}
                </Typography.Text>
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
      </Row>
    </div>
  )
}
