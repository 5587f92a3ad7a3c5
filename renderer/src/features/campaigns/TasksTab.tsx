import { useState } from 'react'
import { Button, Flex, Space, Switch, Table, Tag, Typography } from 'antd'
import { PictureOutlined, PlusOutlined } from '@ant-design/icons'
import type { ColumnsType } from 'antd/es/table'
import type { Campaign, CampaignTask } from '../../../../shared/api/campaign-types'
import { invoke } from '../../api/client'
import { ReasonDialog } from '../../components/ReasonDialog'
import { todayText } from '../../components/today'
import { useCan } from '../auth/can'
import { TaskStatusTag } from './campaign-format'
import { TaskDialog, TaskStatusDialog } from './TaskDialogs'
import { TaskPhotos } from './TaskPhotos'

// 任务分解: the rows of the 任务分解表 (印在活动方案后), each with its state, warnings core found (a due date outside
// the period…), its photos; 修改 and 作废 by the lead office, 更新状态 and 照片 by whoever does the work.

type Dialog = { kind: 'new' } | { kind: 'edit' | 'status' | 'photos' | 'void'; task: CampaignTask }

interface Props {
  campaign: Campaign
  live: boolean
  onChanged(c: Campaign): void
  onStale(): void
}

export function TasksTab({ campaign: c, live, onChanged, onStale }: Props) {
  const can = useCan()
  const [dialog, setDialog] = useState<Dialog | null>(null)
  const [showVoided, setShowVoided] = useState(false)
  const today = todayText()
  const tasks = c.tasks.filter((t) => showVoided || !t.voided)
  const replace = (t: CampaignTask) => {
    onChanged({ ...c, tasks: c.tasks.some((x) => x.id === t.id) ? c.tasks.map((x) => (x.id === t.id ? t : x)) : [...c.tasks, t] })
    setDialog(null)
  }
  const may = (t: CampaignTask) => live && t.voided === null

  const columns: ColumnsType<CampaignTask> = [
    { title: '序号', dataIndex: 'seq', width: 56, align: 'center' },
    {
      title: '具体工作安排',
      key: 'work',
      minWidth: 280,
      render: (_v, t) => (
        <>
          <div style={{ whiteSpace: 'pre-wrap', textDecoration: t.voided ? 'line-through' : undefined }}>{t.work}</div>
          {t.warnings.map((w) => (
            <Typography.Text key={w} style={{ display: 'block', color: '#d46b08', fontSize: 12 }} data-testid="task-warning">
              {w}
            </Typography.Text>
          ))}
          {t.completionNote && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, whiteSpace: 'pre-wrap' }}>
              完成情况：{t.completionNote}
            </Typography.Text>
          )}
          {t.voided && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              已作废：{t.voided.reason}（{t.voided.byName}）
            </Typography.Text>
          )}
        </>
      ),
    },
    { title: '责任科室', dataIndex: 'leadOffice', width: 110 },
    { title: '配合部门', dataIndex: 'partners', width: 110 },
    { title: '负责人', dataIndex: 'owner', width: 72 },
    { title: '负责领导', dataIndex: 'leader', width: 84 },
    {
      title: '完成时限',
      dataIndex: 'dueDate',
      width: 104,
      render: (d: string | null, t) => (d && !t.voided && t.status !== 'done' && d < today ? <Typography.Text type="danger" title="已超过完成时限">{d}</Typography.Text> : (d ?? '')),
    },
    { title: '状态', key: 'status', width: 90, render: (_v, t) => (t.voided ? <Tag>已作废</Tag> : <TaskStatusTag status={t.status} />) },
    {
      title: '操作',
      key: 'actions',
      width: 150,
      render: (_v, t) => (
        <Space size={4} wrap>
          {may(t) && can('campaigns.task.update') && (
            <Button size="small" type="link" onClick={() => setDialog({ kind: 'edit', task: t })} data-testid={`task-edit-${t.seq}`}>
              修改
            </Button>
          )}
          {may(t) && can('campaigns.task.status') && (
            <Button size="small" type="link" onClick={() => setDialog({ kind: 'status', task: t })} data-testid={`task-status-${t.seq}`}>
              更新状态
            </Button>
          )}
          <Button size="small" type="link" icon={<PictureOutlined />} onClick={() => setDialog({ kind: 'photos', task: t })} data-testid={`task-photos-${t.seq}`}>
            照片{t.photos > 0 ? `（${t.photos}）` : ''}
          </Button>
          {may(t) && can('campaigns.task.void') && (
            <Button size="small" type="link" danger onClick={() => setDialog({ kind: 'void', task: t })} data-testid={`task-void-${t.seq}`}>
              作废
            </Button>
          )}
        </Space>
      ),
    },
  ]

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center">
        <Flex align="center" gap={6}>
          <Switch size="small" checked={showVoided} onChange={setShowVoided} aria-label="显示已作废的任务" />
          显示已作废的任务
        </Flex>
        {live && can('campaigns.task.create') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'new' })} data-testid="task-new">
            增加任务
          </Button>
        )}
      </Flex>
      <Table<CampaignTask>
        data-testid="task-table"
        rowKey="id"
        size="small"
        bordered
        pagination={false}
        dataSource={tasks}
        columns={columns}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: '还没有任务。任务分解表印在活动方案之后。' }}
      />
      {dialog?.kind === 'new' && <TaskDialog campaignId={c.id} onDone={replace} onClose={() => setDialog(null)} onStale={onStale} />}
      {dialog?.kind === 'edit' && <TaskDialog campaignId={c.id} task={dialog.task} onDone={replace} onClose={() => setDialog(null)} onStale={onStale} />}
      {dialog?.kind === 'status' && <TaskStatusDialog task={dialog.task} onDone={replace} onClose={() => setDialog(null)} onStale={onStale} />}
      {dialog?.kind === 'photos' && (
        <TaskPhotos
          task={dialog.task}
          mayAdd={may(dialog.task) && can('campaigns.task.photo.add')}
          mayRemove={may(dialog.task) && can('campaigns.task.photo.void')}
          onClose={(changed) => {
            setDialog(null)
            if (changed) onStale()
          }}
        />
      )}
      {dialog?.kind === 'void' && (
        <ReasonDialog<CampaignTask>
          title={`作废任务 ${dialog.task.seq}`}
          intro={<Typography.Paragraph>作废后任务不再印入任务分解表；序号不再使用，记录和照片仍保留。</Typography.Paragraph>}
          label="作废原因"
          placeholder="例如：与任务 2 重复"
          okText="确认作废"
          danger
          success={`已作废任务 ${dialog.task.seq}`}
          submit={(reason) => invoke('campaigns.task.void', { id: dialog.task.id, version: dialog.task.version, reason })}
          testId="task-void-dialog"
          onDone={replace}
          onClose={() => setDialog(null)}
        />
      )}
    </Flex>
  )
}
