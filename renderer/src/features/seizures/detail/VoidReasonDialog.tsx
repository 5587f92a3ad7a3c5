import type { ReactNode } from 'react'
import type { Seizure } from '../../../../../shared/api/seizure-types'
import { ReasonDialog } from '../../../components/ReasonDialog'
import { seizureRefusals } from './SeizureDialog'

// 作废 with a reason: the record itself, one outcome, or one testing period. Nothing is deleted; the reason,
// who and when stay on record and in 修改记录.

interface Props {
  title: string
  /** What voiding means here, shown above the reason. */
  children: ReactNode
  placeholder: string
  success: string
  submit(reason: string): Promise<Seizure>
  onDone(seizure: Seizure): void
  onStale(): void
  onClose(): void
  testId: string
}

export function VoidReasonDialog({ children, onStale, ...rest }: Props) {
  return <ReasonDialog<Seizure> {...rest} intro={children} label="作废原因" oneLine okText="确认作废" danger {...seizureRefusals(onStale)} />
}
