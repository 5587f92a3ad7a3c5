import { useState } from 'react'
import { Space, Tooltip } from 'antd'
import { parseDateText } from '../../../shared/rules/date-text'
import { DateField } from './DateField'

// A from–to date filter above a list: each end reads dates as every date field does (DateField); a list applies a
// date only once it is read, and an unreadable one is marked with what to type, never replaced by an old value.

interface Props {
  label: string
  from: string | null
  to: string | null
  onChange(range: { from: string | null; to: string | null }): void
  testId?: string
}

const ISO = /^\d{4}-\d{2}-\d{2}$/
/** Why an end cannot be used; null for a date or an empty end. DateField hands on text only when it cannot read it. */
function problemOf(v: string | null): string | null {
  if (v === null || ISO.test(v)) return null
  const parsed = parseDateText(v)
  return parsed.ok ? null : parsed.message
}

export function DateRangeFilter({ label, from, to, onChange, testId }: Props) {
  // What each box holds, typed text included; the list hears only dates it can use.
  const [typed, setTyped] = useState({ from, to })
  const [seen, setSeen] = useState({ from, to })
  if (seen.from !== from || seen.to !== to) {
    setSeen({ from, to })
    setTyped({ from, to })
  }
  const set = (end: 'from' | 'to', value: string | null) => {
    const next = { ...typed, [end]: value }
    setTyped(next)
    if (problemOf(next.from) === null && problemOf(next.to) === null) {
      setSeen(next)
      onChange(next)
    }
  }
  const box = (end: 'from' | 'to', placeholder: string) => {
    const problem = problemOf(typed[end])
    return (
      <Tooltip title={problem} open={problem !== null}>
        <DateField
          aria-label={`${label}${end === 'from' ? '起' : '止'}`}
          data-testid={testId ? `${testId}-${end}` : undefined}
          value={typed[end]}
          onChange={(v) => set(end, v)}
          placeholder={placeholder}
          style={{ width: 150, ...(problem ? { borderColor: '#ff4d4f' } : {}) }}
        />
      </Tooltip>
    )
  }
  return (
    <Space.Compact data-testid={testId}>
      <span style={{ alignSelf: 'center', color: 'rgba(0,0,0,0.45)', padding: '0 8px 0 0' }}>{label}</span>
      {box('from', '开始日期')}
      <span style={{ alignSelf: 'center', padding: '0 4px' }}>至</span>
      {box('to', '结束日期')}
    </Space.Compact>
  )
}
