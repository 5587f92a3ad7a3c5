import dayjs, { type Dayjs } from 'dayjs'
import type { ItemLine } from '../../../../../shared/api/seizure-types'
import { formatQty } from '../../../../../shared/rules/decimal'

// Small display helpers shared by the detail page's cards and dialogs.

/** The PC's local date, YYYY-MM-DD: core counts days the same way. */
export const todayText = (): string => dayjs().format('YYYY-MM-DD')

/** An instant (ISO UTC) as local time. */
export const formatTime = (iso: string): string => dayjs(iso).format('YYYY-MM-DD HH:mm')

/** '12.5双'. */
export const qtyWithUnit = (milli: number, unit: string): string => `${formatQty(milli)}${unit}`

export const lineLabel = (l: Pick<ItemLine, 'lineNo' | 'name'>): string => `第${l.lineNo}行 ${l.name}`

/** Groups the whole part's digits: '3600000.00' → '3,600,000.00'. */
export const grouped = (s: string): string => s.replace(/^(\d+)/, (whole) => whole.replace(/\B(?=(\d{3})+$)/g, ','))

/**
 * Form.Item props that keep a DatePicker's value as 'YYYY-MM-DD' text in the form, so the values carry the
 * contract's field names and types and core's field errors land under the picker.
 */
export const dateItemProps = {
  getValueProps: (v: string | null | undefined) => ({ value: v ? dayjs(v) : null }),
  normalize: (d: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : null),
}
