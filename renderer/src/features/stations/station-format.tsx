import { Tag } from 'antd'
import { REVIEW_RESULTS, STATION_STATUSES, type ReviewResult, type StationStatus } from '../../../../shared/domain/stations'

// How a station's state and review result read on every 服务站 screen.

const STATUS_COLORS: Record<StationStatus, string> = { preparing: 'default', active: 'success', rectifying: 'warning', revoked: 'error' }
const RESULT_COLORS: Record<ReviewResult, string> = { excellent: 'gold', pass: 'green', fail: 'red' }

export const StationStatusTag = ({ status, overdue, voided }: { status: StationStatus; overdue?: boolean; voided?: boolean }) =>
  voided ? (
    <Tag>已作废</Tag>
  ) : (
    <Tag color={overdue ? 'red' : STATUS_COLORS[status]} data-testid="station-status">
      {STATION_STATUSES[status]}
      {overdue ? '（已逾期）' : ''}
    </Tag>
  )

export const ReviewResultTag = ({ result }: { result: ReviewResult | null }) =>
  result ? <Tag color={RESULT_COLORS[result]}>{REVIEW_RESULTS[result]}</Tag> : <Tag>未考核</Tag>

/** 0.789… → 78.9%. */
export const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`)
