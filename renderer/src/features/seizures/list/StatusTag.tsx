import { Tag } from 'antd'
import { seizureStatusLabel, type SeizureKind, type SeizureStatus } from '../../../../../shared/domain/seizures'

// One colour per status, the same wherever a seizure's status is shown; a voided record is grey whatever
// its goods and term say.

export const STATUS_COLORS: Record<SeizureStatus, string> = {
  holding: 'blue',
  partial: 'gold',
  disposed: 'green',
  overdue: 'red',
}

export function StatusTag({ status, kind, voided }: { status: SeizureStatus; kind: SeizureKind; voided: boolean }) {
  if (voided) return <Tag>已作废</Tag>
  return <Tag color={STATUS_COLORS[status]}>{seizureStatusLabel(status, kind)}</Tag>
}
