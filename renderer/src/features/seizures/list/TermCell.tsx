import { Typography } from 'antd'
import type { SeizureRow } from '../../../../../shared/api/seizure-types'

// 期限: what the clerk acts on first (days left, today, days overdue), then the last day itself, smaller.

/** “剩 9 天”, “今日届满”, “超期 53 天”, or “暂停计时” while a testing/appraisal period is open. */
export function termText(row: Pick<SeizureRow, 'daysLeft'>): string {
  const d = row.daysLeft
  if (d === null) return '暂停计时'
  if (d < 0) return `超期 ${-d} 天`
  return d === 0 ? '今日届满' : `剩 ${d} 天`
}

const PAUSED_TITLE = '检测、检验、检疫或技术鉴定期间，期限暂停计算'

/** Three days or fewer: time to prepare the decision or the release. */
const SOON_DAYS = 3

/** `compact` drops the year from the date (narrow windows); the full date stays in the tooltip. */
export function TermCell({ row, compact = false }: { row: SeizureRow; compact?: boolean }) {
  const title = row.termEnd ? `期限届满日 ${row.termEnd}` : PAUSED_TITLE
  // Nothing left to decide on a disposed or voided record: a countdown there would only alarm.
  if (row.status === 'disposed' || row.voided) {
    return (
      <Typography.Text type="secondary" title={title}>
        {row.termEnd ?? '—'}
      </Typography.Text>
    )
  }
  const soon = row.daysLeft !== null && row.daysLeft <= SOON_DAYS
  const type = row.overdue ? 'danger' : soon ? 'warning' : undefined
  return (
    <span title={title}>
      <Typography.Text type={type} strong={row.overdue || row.daysLeft === 0}>
        {termText(row)}
      </Typography.Text>
      {row.termEnd && (
        <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 6 }}>
          {compact ? row.termEnd.slice(5) : row.termEnd}
        </Typography.Text>
      )}
    </span>
  )
}
