import type { ItemLine } from '../../../../../shared/api/seizure-types'
import { formatQty } from '../../../../../shared/rules/decimal'
import { formatLocalTime } from '../../../../../shared/rules/local-time'
export { todayText } from '../../../components/today'

// Small display helpers shared by the detail page's cards and dialogs.

/** An instant (ISO UTC) as people read it: 2026年12月2日 08:51. */
export const formatTime = (iso: string): string => formatLocalTime(iso)

/** '12.5双'. */
export const qtyWithUnit = (milli: number, unit: string): string => `${formatQty(milli)}${unit}`

export const lineLabel = (l: Pick<ItemLine, 'lineNo' | 'name'>): string => `第${l.lineNo}行 ${l.name}`

