import type { CasePause } from '../../../../../shared/api/case-types'
import type { CaseDialogBase } from './CaseDialog'
import { AddPauseDialog, EndPauseDialog, VoidCaseDialog, VoidPauseDialog } from './PauseDialogs'
import { EarlyStopDialog, PublishDialog, RevokeDialog, WithdrawDialog } from './PublicationDialogs'
import { DecideDialog, EndDialog, ExtendDialog, FinishDialog, PayDialog, ServeDialog } from './StatusDialogs'

// Which dialog the case page has open.

export type CaseDialogKind =
  | { kind: 'decide' | 'not_punished' | 'cancelled' | 'serve' | 'pay' | 'execute' | 'close' | 'extend' | 'pause' | 'publish' | 'revoke' | 'withdraw' | 'earlyStop' | 'void' }
  | { kind: 'endPause' | 'voidPause'; pause: CasePause }

export function CaseDialogs({ dialog, ...base }: CaseDialogBase & { dialog: CaseDialogKind }) {
  switch (dialog.kind) {
    case 'decide':
      return <DecideDialog {...base} />
    case 'not_punished':
    case 'cancelled':
      return <EndDialog {...base} outcome={dialog.kind} />
    case 'serve':
      return <ServeDialog {...base} />
    case 'pay':
      return <PayDialog {...base} />
    case 'execute':
    case 'close':
      return <FinishDialog {...base} step={dialog.kind} />
    case 'extend':
      return <ExtendDialog {...base} />
    case 'pause':
      return <AddPauseDialog {...base} />
    case 'endPause':
      return <EndPauseDialog {...base} pause={dialog.pause} />
    case 'voidPause':
      return <VoidPauseDialog {...base} pause={dialog.pause} />
    case 'publish':
      return <PublishDialog {...base} />
    case 'revoke':
      return <RevokeDialog {...base} />
    case 'withdraw':
      return <WithdrawDialog {...base} />
    case 'earlyStop':
      return <EarlyStopDialog {...base} />
    case 'void':
      return <VoidCaseDialog {...base} />
  }
}
