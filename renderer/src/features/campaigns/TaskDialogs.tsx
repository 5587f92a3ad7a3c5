import { Col, Form, Input, Row, Select } from 'antd'
import type { CampaignTask } from '../../../../shared/api/campaign-types'
import { TASK_STATUSES, type TaskStatus } from '../../../../shared/domain/campaigns'
import { keysOf } from '../../../../shared/domain/seizures'
import { ApiError, invoke } from '../../api/client'
import { DateField } from '../../components/DateField'
import { FormDialog } from '../../components/FormDialog'
import { dateRules } from '../../components/form-rules'
import { campaignFieldErrors } from './campaign-format'

// A task of the 任务分解表 written or changed (具体工作安排, 责任科室, 配合部门, 负责人, 负责领导, 完成时限), and its
// status brought up to date with what was done (已完成 needs the 完成情况).

interface TaskValues {
  work: string
  leadOffice: string
  partners: string
  owner: string
  leader: string
  dueDate: string | null
}

interface Common {
  onDone(t: CampaignTask): void
  onClose(): void
  /** CONFLICT: the page loads the newer copy under the open dialog. */
  onStale(): void
}

const refusals = (onStale: () => void) => (err: unknown) => {
  if (err instanceof ApiError && err.code === 'CONFLICT') {
    onStale()
    return new Error(`${err.message}。已载入最新内容，请关闭后重新打开。`, { cause: err })
  }
  return campaignFieldErrors(err)
}

const required = (label: string) => [{ required: true, whitespace: true, message: `请填写${label}` }]

export function TaskDialog({ campaignId, task: t, onDone, onClose, onStale }: Common & { campaignId: string; task?: CampaignTask }) {
  const [form] = Form.useForm<TaskValues>()
  return (
    <FormDialog<TaskValues, CampaignTask>
      title={t ? `修改任务 ${t.seq}` : '增加任务'}
      okText={t ? '保存' : '增加'}
      width={640}
      form={form}
      initialValues={t ? { work: t.work, leadOffice: t.leadOffice, partners: t.partners, owner: t.owner, leader: t.leader, dueDate: t.dueDate } : { work: '', leadOffice: '', partners: '', owner: '', leader: '', dueDate: null }}
      submit={(v) => {
        const facts = { ...v, dueDate: v.dueDate || null }
        return t ? invoke('campaigns.task.update', { id: t.id, version: t.version, facts }) : invoke('campaigns.task.create', { campaignId, facts })
      }}
      success={t ? '已保存' : '已增加任务'}
      onDone={onDone}
      onClose={onClose}
      mapError={refusals(onStale)}
      testId="task-dialog"
      submitTestId="task-submit"
    >
      <Form.Item name="work" label="具体工作安排" rules={required('具体工作安排')}>
        <Input.TextArea data-testid="task-work" autoSize={{ minRows: 3, maxRows: 8 }} maxLength={500} autoFocus />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="leadOffice" label="责任科室" rules={required('责任科室')}>
            <Input data-testid="task-lead-office" maxLength={50} placeholder="如 消费者权益保护科" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="partners" label="配合部门">
            <Input data-testid="task-partners" maxLength={100} placeholder="如 各市场监督管理所" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="owner" label="负责人" extra="与账号姓名一致时，逾期会出现在其工作台">
            <Input data-testid="task-owner" maxLength={20} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="leader" label="负责领导">
            <Input data-testid="task-leader" maxLength={20} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="dueDate" label="完成时限" rules={dateRules('完成时限', { required: false })}>
            <DateField data-testid="task-due" placeholder="不填写则不设时限" />
          </Form.Item>
        </Col>
      </Row>
    </FormDialog>
  )
}

const STATUS_OPTIONS = keysOf(TASK_STATUSES).map((k) => ({ value: k, label: TASK_STATUSES[k] }))

export function TaskStatusDialog({ task: t, onDone, onClose, onStale }: Common & { task: CampaignTask }) {
  const [form] = Form.useForm<{ status: TaskStatus; note: string }>()
  const status = Form.useWatch('status', form)
  return (
    <FormDialog<{ status: TaskStatus; note: string }, CampaignTask>
      title={`更新状态：任务 ${t.seq}`}
      okText="保存"
      form={form}
      initialValues={{ status: t.status, note: t.completionNote }}
      submit={(v) => invoke('campaigns.task.status', { id: t.id, version: t.version, status: v.status, note: v.note ?? '' })}
      success="已更新任务状态"
      onDone={onDone}
      onClose={onClose}
      mapError={refusals(onStale)}
      testId="task-status-dialog"
      submitTestId="task-status-submit"
    >
      <Form.Item name="status" label="任务状态" rules={[{ required: true, message: '请选择任务状态' }]}>
        <Select data-testid="task-status" options={STATUS_OPTIONS} />
      </Form.Item>
      <Form.Item
        name="note"
        label="完成情况"
        dependencies={['status']}
        rules={status === 'done' ? [{ required: true, whitespace: true, message: '任务已完成，请写明完成情况' }] : []}
        extra="做了什么、在哪里、多少人次"
      >
        <Input.TextArea data-testid="task-note" autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount />
      </Form.Item>
    </FormDialog>
  )
}
