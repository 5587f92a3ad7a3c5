import { Form, Input } from 'antd'
import type { CaseRecord } from '../../../../../shared/api/case-types'
import { ApiError } from '../../../api/client'
import { DateField } from '../../../components/DateField'
import { FormDialog, type FormDialogProps } from '../../../components/FormDialog'
import { dateRules } from '../../../components/form-rules'
import { todayText } from '../../../components/today'

// Every dialog on the case page: one action sent with the version read; core's answer replaces the record.
// On CONFLICT the dialog stays open with what was typed while the page loads the newer copy.

export interface CaseDialogBase {
  record: CaseRecord
  onDone(record: CaseRecord): void
  onStale(): void
  onClose(): void
}

type Props<V extends object> = Omit<FormDialogProps<V, CaseRecord>, 'onDone' | 'mapError' | 'errorTestId'> & {
  onDone(record: CaseRecord): void
  onStale(): void
}

/** A refusal as the dialog shows it: a stale version starts a reload and says so. */
export const staleOnConflict = (onStale: () => void) => (err: unknown): unknown => {
  if (err instanceof ApiError && err.code === 'CONFLICT') {
    onStale()
    return new Error(`${err.message}。已载入最新内容，请核对后再提交。`, { cause: err })
  }
  return err
}

export function CaseDialog<V extends object>({ onStale, ...rest }: Props<V>) {
  return <FormDialog<V, CaseRecord> {...rest} errorTestId="case-dialog-error" mapError={staleOnConflict(onStale)} />
}

/** A date field no later than today and not before `after` (with what it is). */
export function DateItem({ name, label, after, testId, required = true }: { name: string; label: string; after?: [string, string]; testId: string; required?: boolean }) {
  return (
    <Form.Item name={name} label={label} rules={dateRules(label, { notFuture: true, notBefore: after, required })}>
      <DateField data-testid={testId} disabledDate={(d) => d > todayText() || (after !== undefined && d < after[0])} />
    </Form.Item>
  )
}

export function TextItem({ name, label, required, testId, lines = 1, placeholder }: { name: string; label: string; required: boolean; testId: string; lines?: number; placeholder?: string }) {
  const rules = required ? [{ required: true, whitespace: true, message: `请填写${label}` }] : []
  return (
    <Form.Item name={name} label={label} rules={rules}>
      {lines > 1 ? <Input.TextArea data-testid={testId} autoSize={{ minRows: lines, maxRows: 8 }} maxLength={500} placeholder={placeholder} /> : <Input data-testid={testId} maxLength={200} placeholder={placeholder} />}
    </Form.Item>
  )
}
