import { Alert, Typography } from 'antd'
import type { Outcome, Seizure, TermPause } from '../../../../../shared/api/seizure-types'
import { OUTCOME_KINDS, PAUSE_KINDS } from '../../../../../shared/domain/seizures'
import { invoke } from '../../../api/client'
import { qtyWithUnit } from './detail-format'
import { EndPauseDialog } from './EndPauseDialog'
import { ExtensionDialog } from './ExtensionDialog'
import { OutcomeDialog } from './OutcomeDialog'
import { PauseDialog } from './PauseDialog'
import { VoidReasonDialog } from './VoidReasonDialog'

// Which dialog of the detail page is open, and the one place that opens it with the current record.

export type DetailDialog =
  | { kind: 'outcome'; lineId: string }
  | { kind: 'voidOutcome'; outcome: Outcome }
  | { kind: 'extend' }
  | { kind: 'pause' }
  | { kind: 'endPause'; pause: TermPause }
  | { kind: 'voidPause'; pause: TermPause }
  | { kind: 'voidSeizure' }

interface Props {
  dialog: DetailDialog
  /** The record as last read; a reload under an open dialog hands it the newer version. */
  seizure: Seizure
  onDone(seizure: Seizure): void
  onStale(): void
  onClose(): void
}

export function DetailDialogs({ dialog, seizure: s, onDone, onStale, onClose }: Props) {
  const common = { onDone, onStale, onClose }
  const ids = { id: s.id, version: s.version }
  switch (dialog.kind) {
    case 'outcome': {
      const line = s.items.find((l) => l.id === dialog.lineId)
      return line ? <OutcomeDialog seizure={s} line={line} {...common} /> : null
    }
    case 'extend':
      return <ExtensionDialog seizure={s} {...common} />
    case 'pause':
      return <PauseDialog seizure={s} {...common} />
    case 'endPause':
      return <EndPauseDialog seizure={s} pause={dialog.pause} {...common} />
    case 'voidPause': {
      const p = dialog.pause
      return (
        <VoidReasonDialog
          title={`作废检测鉴定期间：${PAUSE_KINDS[p.kind]} ${p.startDate} 起`}
          placeholder="例如：开始日期登记错误，已重新登记"
          success="已作废该期间，期限已重新计算"
          submit={(reason) => invoke('seizures.pause.void', { ...ids, pauseId: p.id, reason })}
          testId="void-pause-dialog"
          {...common}
        >
          <Typography.Paragraph>作废后这段期间不再从期限中扣除，期限届满日随之重新计算。</Typography.Paragraph>
        </VoidReasonDialog>
      )
    }
    case 'voidOutcome': {
      const o = dialog.outcome
      const unit = s.items.find((l) => l.id === o.itemId)?.unit ?? ''
      return (
        <VoidReasonDialog
          title={`作废处置记录：第${o.lineNo}行 ${o.itemName}`}
          placeholder="例如：数量登记错误，已重新登记"
          success="已作废该处置记录"
          submit={(reason) => invoke('seizures.outcome.void', { ...ids, outcomeId: o.id, reason })}
          testId="void-outcome-dialog"
          {...common}
        >
          <Typography.Paragraph>
            {OUTCOME_KINDS[o.kind]} {qtyWithUnit(o.qtyMilli, unit)}（{o.date}，{o.docNo}）。作废后这些数量回到该行的剩余数量中；记录仍保留，标为已作废。
          </Typography.Paragraph>
        </VoidReasonDialog>
      )
    }
    case 'voidSeizure':
      return (
        <VoidReasonDialog
          title={`作废查扣登记：${s.registerNo}`}
          placeholder="例如：重复登记，以 2026-0012 为准"
          success={`已作废 ${s.registerNo}`}
          submit={(reason) => invoke('seizures.void', { ...ids, reason })}
          testId="void-seizure-dialog"
          {...common}
        >
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title="作废后不能恢复"
            description="记录和修改记录仍然保留，可以查阅，但不能再更正、处置或打印清单。已有处置记录的，须先逐条作废处置记录。登记内容有误请用“更正”。"
          />
        </VoidReasonDialog>
      )
  }
}
