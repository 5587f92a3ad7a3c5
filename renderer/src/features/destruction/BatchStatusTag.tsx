import { Tag } from 'antd'
import { BATCH_STATUSES, type BatchStatus } from '../../../../shared/domain/destruction'

const COLORS: Record<BatchStatus, string> = { draft: 'default', submitted: 'gold', approved: 'blue', executed: 'green' }

/** 草稿 / 待审批 / 已批准 / 已销毁, or 已作废. */
export function BatchStatusTag({ status, voided = false }: { status: BatchStatus; voided?: boolean }) {
  if (voided) return <Tag color="red">已作废</Tag>
  return <Tag color={COLORS[status]}>{BATCH_STATUSES[status]}</Tag>
}
