import { Tag, Typography } from 'antd'
import { CASE_STATUSES, PUBLICATION_STATES, type CaseStatus, type PublicationState } from '../../../../shared/domain/cases'
import { formatYuan } from '../../../../shared/rules/decimal'
import { moneyInWords } from '../../../../shared/rules/money-words'

// How a case's status, publication state and amounts read on every case screen.

const STATUS_COLORS: Record<CaseStatus, string> = {
  filed: 'processing',
  decided: 'blue',
  executed: 'cyan',
  closed: 'default',
  not_punished: 'default',
  cancelled: 'default',
}

export function CaseStatusTag({ status, voided }: { status: CaseStatus; voided: boolean }) {
  if (voided) return <Tag color="default">已作废</Tag>
  return <Tag color={STATUS_COLORS[status]}>{CASE_STATUSES[status]}</Tag>
}

export { PUBLICATION_STATES, type PublicationState }

const PUBLICATION_COLORS: Record<PublicationState, string> = {
  due: 'warning',
  published: 'success',
  expired: 'default',
  withdrawn: 'default',
  not_required: 'default',
}

/** 待公示 in red once its deadline has passed. */
export function PublicationTag({ state, overdue = false }: { state: PublicationState; overdue?: boolean }) {
  return <Tag color={state === 'due' && overdue ? 'error' : PUBLICATION_COLORS[state]}>{PUBLICATION_STATES[state]}</Tag>
}

/** 30,000.00 元（人民币叁万元整）; — for nothing. */
export function Money({ fen, words = true }: { fen: number; words?: boolean }) {
  if (fen === 0) return <Typography.Text type="secondary">—</Typography.Text>
  return (
    <span>
      {formatYuan(fen)} 元
      {words && <Typography.Text type="secondary">（{moneyInWords(fen)}）</Typography.Text>}
    </span>
  )
}

export const orNone = (text: string | null | undefined) => (text ? text : <Typography.Text type="secondary">—</Typography.Text>)
