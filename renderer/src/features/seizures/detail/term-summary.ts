import type { Seizure } from '../../../../../shared/api/seizure-types'

// Where the record stands in its term, in the words a clerk acts on.

export interface TermSummary {
  text: string
  /** danger: overdue; warning: ends today or paused; success: nothing left to decide; muted: voided. */
  tone: 'danger' | 'warning' | 'success' | 'normal' | 'muted'
}

export function termSummary(s: Pick<Seizure, 'term' | 'status' | 'voided'>): TermSummary {
  const t = s.term
  if (s.voided) return { text: '记录已作废，期限不再计算', tone: 'muted' }
  // With every line disposed there is nothing left to decide: a countdown would only alarm.
  if (s.status === 'disposed') return { text: '物品已全部处置', tone: 'success' }
  if (t.pausedNow || t.daysLeft === null) return { text: '检测鉴定中，暂停计时', tone: 'warning' }
  if (t.overdue || t.daysLeft < 0) return { text: `已超期 ${-t.daysLeft} 天，应依法解除（行政强制法第二十八条）`, tone: 'danger' }
  if (t.daysLeft === 0) return { text: '今日届满', tone: 'warning' }
  return { text: `剩 ${t.daysLeft} 天`, tone: 'normal' }
}
