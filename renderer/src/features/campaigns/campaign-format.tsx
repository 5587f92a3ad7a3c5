import { Tag } from 'antd'
import type { FormItem } from '../../../../shared/api/campaign-types'
import { REPORT_STATUSES, TASK_STATUSES, type ReportStatus, type TaskStatus } from '../../../../shared/domain/campaigns'
import { formatKg, formatYuan, groupDigits } from '../../../../shared/rules/decimal'
import { ApiError } from '../../api/client'

// How a campaign's figures and states read on every 专项行动 screen. Money is kept in fen, weight in grams,
// every other figure a whole count (shared/api/campaign-types.ts).

/** A figure as people read it: yuan with 2 decimals, kilograms with up to 3, counts grouped, text as typed. */
export function figureText(item: Pick<FormItem, 'kind'>, value: number | null, text = ''): string {
  if (item.kind === 'text') return text
  if (value === null) return ''
  if (item.kind === 'money') return formatYuan(value)
  if (item.kind === 'weight') return groupDigits(formatKg(value))
  return groupDigits(String(value))
}

/** '出动工作人员（人次）'; a grouped item with its group: '送法下基层·进企业'. */
export const itemLabel = (item: Pick<FormItem, 'name' | 'group'>): string => (item.group ? `${item.group}·${item.name}` : item.name)

/** The items in their order, under their headings: consecutive items of one group form one section. */
export function groupItems<T extends Pick<FormItem, 'group'>>(items: readonly T[]): { group: string; items: T[] }[] {
  const out: { group: string; items: T[] }[] = []
  for (const item of items) {
    const last = out.at(-1)
    if (last && last.group === item.group) last.items.push(item)
    else out.push({ group: item.group, items: [item] })
  }
  return out
}

const CAMPAIGN_COLORS = { open: 'processing', locked: 'success', voided: 'default' } as const
const CAMPAIGN_LABELS = { open: '进行中', locked: '已锁定', voided: '已作废' } as const

export const CampaignStatusTag = ({ status, voided, testId }: { status: 'open' | 'locked'; voided: boolean; testId?: string }) => {
  const s = voided ? 'voided' : status
  return (
    <Tag color={CAMPAIGN_COLORS[s]} data-testid={testId}>
      {CAMPAIGN_LABELS[s]}
    </Tag>
  )
}

const REPORT_COLORS: Record<ReportStatus, string> = { none: 'default', draft: 'processing', submitted: 'success', returned: 'warning' }

export const ReportStatusTag = ({ status, testId }: { status: ReportStatus; testId?: string }) => (
  <Tag color={REPORT_COLORS[status]} data-testid={testId}>
    {REPORT_STATUSES[status]}
  </Tag>
)

const TASK_COLORS: Record<TaskStatus, string> = { not_started: 'default', in_progress: 'processing', done: 'success' }

export const TaskStatusTag = ({ status }: { status: TaskStatus }) => <Tag color={TASK_COLORS[status]}>{TASK_STATUSES[status]}</Tag>

/** The tag of an item filled from the records: nobody types it. */
export const RecordsTag = () => (
  <Tag color="cyan" style={{ marginInlineStart: 6 }}>
    台账自动
  </Tag>
)

/**
 * Core's field paths renamed to the form's: a `facts.` prefix the dialog's form does not have, and a list's
 * entries (units.2) onto the list's one field.
 */
export function campaignFieldErrors(err: unknown, collapse: readonly string[] = []): unknown {
  if (!(err instanceof ApiError)) return err
  const fields: Record<string, string> = {}
  for (const [k, v] of Object.entries(err.fields)) {
    let path = k.startsWith('facts.') ? k.slice('facts.'.length) : k
    const list = collapse.find((c) => path.startsWith(`${c}.`))
    if (list) path = list
    fields[path] ??= v
  }
  return new ApiError({ code: err.code, message: err.message, fields })
}

/** The unit's page of a campaign: the unit's name in the address, encoded. */
export const reportPath = (campaignId: string, unit: string) => `/campaigns/${campaignId}/reports/${encodeURIComponent(unit)}`
