import { Alert, Card, List, Typography } from 'antd'
import { Link } from 'react-router'
import { invoke } from '../../api/client'
import { useLoad } from '../../api/use-load'
import { todayText } from '../../components/today'

// 今日待办 for 专项行动: tasks past their 完成时限 that name the signed-in person as 负责人 or 负责领导, and campaigns
// whose report deadline is near or past with units still to report. Each opens its campaign. No card at all
// while there is nothing to do.

export function CampaignTasks() {
  const { data, error } = useLoad(() => invoke('campaigns.workbench', {}), [])
  if (error) {
    return (
      <Card title="今日待办 · 专项行动" style={{ marginTop: 16 }}>
        <Alert type="error" showIcon title={error} />
      </Card>
    )
  }
  if (!data || (data.overdueTasks.length === 0 && data.reportsDue.length === 0)) return null
  const { overdueTasks, reportsDue } = data
  const today = todayText()
  return (
    <Card title="今日待办 · 专项行动" style={{ marginTop: 16 }} data-testid="workbench-campaigns">
      {overdueTasks.length > 0 && (
        <List
          header={<Typography.Text strong>我负责的逾期任务（{overdueTasks.length}）</Typography.Text>}
          size="small"
          data-testid="workbench-campaign-tasks"
          dataSource={overdueTasks}
          renderItem={(t) => (
            <List.Item>
              <div>
                <Link to={`/campaigns/${t.campaignId}?tab=tasks`}>{t.campaignName}</Link>
                <Typography.Text style={{ marginLeft: 8 }}>
                  任务{t.seq}：{t.work.length > 40 ? `${t.work.slice(0, 40)}…` : t.work}
                </Typography.Text>
                <Typography.Text type="danger" style={{ marginLeft: 8 }}>
                  完成时限 {t.dueDate}
                </Typography.Text>
              </div>
            </List.Item>
          )}
        />
      )}
      {reportsDue.length > 0 && (
        <List
          header={<Typography.Text strong>待报送的统计数字（{reportsDue.length}）</Typography.Text>}
          size="small"
          style={{ marginTop: overdueTasks.length > 0 ? 8 : 0 }}
          data-testid="workbench-campaign-reports"
          dataSource={reportsDue}
          renderItem={(d) => (
            <List.Item>
              <div>
                <Link to={`/campaigns/${d.campaignId}`}>{d.campaignName}</Link>
                <Typography.Text type={d.reportDeadline < today ? 'danger' : 'warning'} style={{ marginLeft: 8 }}>
                  {d.reportDeadline < today ? `已过报送截止日期 ${d.reportDeadline}` : `报送截止 ${d.reportDeadline}`}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                  未报送：{d.missing.join('、')}
                </Typography.Text>
              </div>
            </List.Item>
          )}
        />
      )}
    </Card>
  )
}
