import { Tag } from 'antd'
import { COLLECTION_STATUSES, TYPICAL_STATUSES, type CollectionStatus, type TypicalStatus } from '../../../../shared/domain/typical-cases'

// How an entry's and a collection's state read on every 典型案例 screen.

const ENTRY_COLORS: Record<TypicalStatus, string> = { draft: 'default', review: 'processing', final: 'success' }
const COLLECTION_COLORS: Record<CollectionStatus, string> = { open: 'blue', published: 'success', withdrawn: 'default' }

export const EntryStatusTag = ({ status, testId }: { status: TypicalStatus; testId?: string }) => (
  <Tag color={ENTRY_COLORS[status]} data-testid={testId}>
    {TYPICAL_STATUSES[status]}
  </Tag>
)

export const CollectionStatusTag = ({ status, testId }: { status: CollectionStatus; testId?: string }) => (
  <Tag color={COLLECTION_COLORS[status]} data-testid={testId}>
    {COLLECTION_STATUSES[status]}
  </Tag>
)
