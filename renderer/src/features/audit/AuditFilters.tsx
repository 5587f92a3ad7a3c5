import { Alert, Button, Form, Select, Space } from 'antd'
import { SearchOutlined } from '@ant-design/icons'
import type { OpInput } from '../../../../shared/api'
import { AUDIT_ACTIONS, RECORD_TYPES, RECORD_TYPE_NAMES, type AuditAction, type RecordType } from '../../../../shared/domain/audit'
import { invoke } from '../../api/client'
import { useLoad } from '../../api/use-load'
import { DateField } from '../../components/DateField'
import { dateRules } from '../../components/form-rules'

// 筛选: who, when (local calendar days, inclusive), which kind of record, which action.

export type AuditFilter = NonNullable<OpInput<'audit.list'>['filter']>

interface FilterValues {
  userId?: string
  /** 'YYYY-MM-DD' once read; the rules refuse anything else before a search. */
  from?: string | null
  to?: string | null
  recordType?: RecordType
  action?: AuditAction
}

const RECORD_TYPE_OPTIONS = RECORD_TYPE_NAMES.map((t) => ({ value: t, label: RECORD_TYPES[t].label }))
const ACTION_OPTIONS = (Object.keys(AUDIT_ACTIONS) as AuditAction[]).map((a) => ({ value: a, label: AUDIT_ACTIONS[a] }))

function toFilter(v: FilterValues): AuditFilter {
  return {
    ...(v.userId ? { userId: v.userId } : {}),
    ...(v.from ? { from: v.from } : {}),
    ...(v.to ? { to: v.to } : {}),
    ...(v.recordType ? { recordType: v.recordType } : {}),
    ...(v.action ? { action: v.action } : {}),
  }
}

export function AuditFilters({ onSearch, busy }: { onSearch(filter: AuditFilter): void; busy: boolean }) {
  const [form] = Form.useForm<FilterValues>()
  // Voided accounts too: their past actions are in the log.
  const { data: accounts, error } = useLoad(() => invoke('accounts.list', { includeVoided: true }), [])
  const userOptions = (accounts ?? []).map((a) => ({
    value: a.id,
    label: `${a.name}（${a.login}）${a.voided ? ' · 已作废' : ''}`,
  }))

  return (
    <>
      {error && <Alert type="warning" showIcon title={`无法载入账号列表：${error}`} style={{ marginBottom: 12 }} />}
      <Form<FilterValues> form={form} layout="inline" onFinish={(v) => onSearch(toFilter(v))} style={{ rowGap: 12 }}>
        <Form.Item name="userId" label="用户">
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="全部用户"
            options={userOptions}
            loading={accounts === null && !error}
            style={{ width: 200 }}
          />
        </Form.Item>
        <Form.Item name="from" label="日期" rules={dateRules('开始日期', { required: false })}>
          <DateField placeholder="开始日期" style={{ width: 140 }} aria-label="开始日期" />
        </Form.Item>
        <Form.Item name="to" label="至" colon={false} rules={dateRules('结束日期', { required: false })}>
          <DateField placeholder="结束日期" style={{ width: 140 }} aria-label="结束日期" />
        </Form.Item>
        <Form.Item name="recordType" label="记录类型">
          <Select allowClear placeholder="全部类型" options={RECORD_TYPE_OPTIONS} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="action" label="动作">
          <Select allowClear placeholder="全部动作" options={ACTION_OPTIONS} style={{ width: 120 }} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />} loading={busy}>
            查询
          </Button>
          <Button
            onClick={() => {
              form.resetFields()
              onSearch({})
            }}
          >
            重置
          </Button>
        </Space>
      </Form>
    </>
  )
}
