import { Card, Flex, Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { Link } from 'react-router'
import type { Campaign, ReportOverviewRow } from '../../../../shared/api/campaign-types'
import { formatLocalTime } from '../../../../shared/rules/local-time'
import { todayText } from '../../components/today'
import { useCan } from '../auth/can'
import { CampaignTotals } from './CampaignTotals'
import { reportPath, ReportStatusTag } from './campaign-format'

// 填报情况: every participating unit's report (状态, when it was sent, late or not, the lead office's comment when
// returned), each opening the unit's page; below, the bureau's figures — the sum over the submitted reports.

export function ReportsOverview({ campaign: c }: { campaign: Campaign }) {
  const can = useCan()
  const live = c.status === 'open' && c.voided === null
  const submitted = c.reports.filter((r) => r.status === 'submitted').length
  const pastDeadline = c.reportDeadline !== null && todayText() > c.reportDeadline
  const mayFill = (r: ReportOverviewRow) => live && r.status !== 'submitted' && can('campaigns.report.save')

  const columns: ColumnsType<ReportOverviewRow> = [
    { title: '单位', dataIndex: 'unit', minWidth: 180, render: (u: string) => <Typography.Text strong>{u}</Typography.Text> },
    {
      title: '状态',
      key: 'status',
      width: 150,
      render: (_v, r) => (
        <>
          <ReportStatusTag status={r.status} testId="report-row-status" />
          {r.late && <Tag color="orange">逾期报送</Tag>}
          {!r.late && r.status !== 'submitted' && pastDeadline && <Tag color="red">已过截止日期</Tag>}
        </>
      ),
    },
    { title: '报送时间', dataIndex: 'submittedAt', width: 170, render: (at: string | null) => (at ? formatLocalTime(at) : '') },
    {
      title: '退回意见',
      dataIndex: 'returnComment',
      minWidth: 200,
      ellipsis: true,
      render: (t: string, r) => (r.status === 'returned' && t ? <Typography.Text type="warning">{t}</Typography.Text> : null),
    },
    {
      title: '操作',
      key: 'open',
      width: 80,
      render: (_v, r) => (
        <Link to={reportPath(c.id, r.unit)} data-testid={`report-open-${r.unit}`}>
          {mayFill(r) ? '填报' : '查看'}
        </Link>
      ),
    },
  ]

  return (
    <Flex vertical gap={16}>
      <Card
        size="small"
        title="各单位填报情况"
        extra={
          <Typography.Text type="secondary">
            {submitted}/{c.reports.length} 个单位已报送{c.reportDeadline ? `，报送截止 ${c.reportDeadline}` : ''}
          </Typography.Text>
        }
      >
        <Table<ReportOverviewRow> data-testid="report-table" rowKey="unit" size="small" pagination={false} dataSource={c.reports} columns={columns} />
      </Card>
      <CampaignTotals campaign={c} submitted={submitted} />
    </Flex>
  )
}
