import { Alert, App as AntApp, Button, Card, Descriptions, Flex, Popconfirm, Space, Typography } from 'antd'
import { ArrowLeftOutlined, EditOutlined, LockOutlined, StopOutlined } from '@ant-design/icons'
import { useNavigate } from 'react-router'
import type { Campaign } from '../../../../shared/api/campaign-types'
import { CAMPAIGN_KINDS } from '../../../../shared/domain/campaigns'
import { formatLocalTime } from '../../../../shared/rules/local-time'
import { ApiError, invoke } from '../../api/client'
import { RecordHistoryButton } from '../audit/RecordHistory'
import { useCan } from '../auth/can'
import { CampaignStatusTag } from './campaign-format'

// The campaign's title line, its facts, and what may be done to it as a whole: 修改, 锁定统计数字 (once every unit
// has reported), 作废 (with a reason; not once locked).

interface Props {
  campaign: Campaign
  onEdit(): void
  onVoid(): void
  onChanged(c: Campaign): void
  /** CONFLICT on locking: the page loads the newer copy. */
  onStale(): void
}

export function CampaignHeader({ campaign: c, onEdit, onVoid, onChanged, onStale }: Props) {
  const navigate = useNavigate()
  const can = useCan()
  const { message } = AntApp.useApp()
  const live = c.status === 'open' && c.voided === null
  const missing = c.reports.filter((r) => r.status !== 'submitted').map((r) => r.unit)

  const lock = async () => {
    try {
      onChanged(await invoke('campaigns.lock', { id: c.id, version: c.version }))
      message.success('统计数字已锁定')
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err))
      if (err instanceof ApiError && err.code === 'CONFLICT') onStale()
    }
  }

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 12 }}>
        <Space align="center" size={12} wrap>
          <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate('/campaigns')} aria-label="返回列表" />
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="campaign-title">
            {c.name}
          </Typography.Title>
          <CampaignStatusTag status={c.status} voided={c.voided !== null} testId="campaign-status" />
        </Space>
        <Space wrap>
          {live && can('campaigns.update') && (
            <Button icon={<EditOutlined />} onClick={onEdit} data-testid="campaign-edit">
              修改
            </Button>
          )}
          {live && can('campaigns.lock') && (
            <Popconfirm
              title="锁定统计数字"
              description={<div style={{ maxWidth: 320 }}>锁定后各单位的数字、统计表项目和任务都不能再修改，活动情况统计表以此为准。确定锁定吗？</div>}
              okText="锁定"
              cancelText="取消"
              disabled={missing.length > 0}
              onConfirm={() => lock()}
            >
              <Button icon={<LockOutlined />} disabled={missing.length > 0} title={missing.length > 0 ? `尚未报送：${missing.join('、')}` : undefined} data-testid="campaign-lock">
                锁定统计数字
              </Button>
            </Popconfirm>
          )}
          <RecordHistoryButton recordType="campaign" recordId={c.id} title={c.name} size="middle" />
          {live && can('campaigns.void') && (
            <Button danger icon={<StopOutlined />} onClick={onVoid} data-testid="campaign-void">
              作废
            </Button>
          )}
        </Space>
      </Flex>
      {c.voided && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} data-testid="campaign-voided" title={`本专项行动已作废：${c.voided.reason}`} description={`${c.voided.byName} 于 ${formatLocalTime(c.voided.at)} 作废。`} />
      )}
      {c.status === 'locked' && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="campaign-locked"
          title="各单位的统计数字已锁定"
          description={c.lockedAt ? `${c.lockedByName ?? ''} 于 ${formatLocalTime(c.lockedAt)} 锁定；数字、统计表项目和任务不能再修改。` : undefined}
        />
      )}
      <Card size="small" style={{ marginBottom: 12 }}>
        <Descriptions
          size="small"
          column={3}
          data-testid="campaign-facts"
          items={[
            { key: 'no', label: '编号', children: c.campaignNo },
            { key: 'kind', label: '类型', children: CAMPAIGN_KINDS[c.kind] },
            { key: 'period', label: '期间', children: `${c.startDate} 至 ${c.endDate}` },
            { key: 'theme', label: '年主题', children: c.theme || <Typography.Text type="secondary">（无）</Typography.Text> },
            { key: 'lead', label: '牵头单位', children: c.leadUnit },
            { key: 'deadline', label: '报送截止', children: c.reportDeadline ?? <Typography.Text type="secondary">（未设）</Typography.Text> },
            { key: 'units', label: '参与单位', span: 3, children: c.units.join('、') },
            ...(c.notes ? [{ key: 'notes', label: '备注', span: 3, children: <span style={{ whiteSpace: 'pre-wrap' }}>{c.notes}</span> }] : []),
          ]}
        />
      </Card>
    </>
  )
}
