import { useState, type CSSProperties } from 'react'
import { Button, Calendar, Input, Popover } from 'antd'
import { CalendarOutlined } from '@ant-design/icons'
import dayjs from 'dayjs'
import { parseDateText } from '../../../shared/rules/date-text'

// The one date field of every form. The clerk types a date as they write it (2026/11/18, 20261118, 2026年11月18日,
// full-width digits …) or picks it from the calendar. The form's value is always what the box shows: the date it
// read ('YYYY-MM-DD'), or the typed text itself when it cannot be read — which dateRules (form-rules.ts) refuses
// under the field. Nothing falls back to an earlier date. On leaving the field it shows the date as read.

export interface DateFieldProps {
  value?: string | null
  onChange?(value: string | null): void
  /** Days the calendar greys out (the field's rules say why a typed one is refused). */
  disabledDate?(date: string): boolean
  placeholder?: string
  autoFocus?: boolean
  disabled?: boolean
  style?: CSSProperties
  id?: string
  'data-testid'?: string
  'aria-label'?: string
  onPressEnter?(): void
}

const ISO = /^\d{4}-\d{2}-\d{2}$/

export function DateField({ value, onChange, disabledDate, placeholder = '如 2026-11-18', style, onPressEnter, ...rest }: DateFieldProps) {
  const [text, setText] = useState(value ?? '')
  const [seen, setSeen] = useState(value ?? null)
  const [open, setOpen] = useState(false)
  // A value set from outside (a picked date, a reset form): the box shows it. Adjusted during render.
  if ((value ?? null) !== seen) {
    setSeen(value ?? null)
    if ((value ?? '') !== text) setText(value ?? '')
  }

  const emit = (typed: string) => {
    const trimmed = typed.trim()
    const parsed = parseDateText(trimmed)
    const next = trimmed === '' ? null : parsed.ok ? parsed.date : typed
    setSeen(next)
    onChange?.(next)
  }

  const pick = (date: string) => {
    setText(date)
    setSeen(date)
    onChange?.(date)
    setOpen(false)
  }

  const calendarValue = value && ISO.test(value) ? dayjs(value) : dayjs()
  const calendar = (
    <div style={{ width: 300 }}>
      <Calendar
        fullscreen={false}
        value={calendarValue}
        disabledDate={disabledDate ? (d) => disabledDate(d.format('YYYY-MM-DD')) : undefined}
        onSelect={(d, info) => info.source === 'date' && pick(d.format('YYYY-MM-DD'))}
      />
    </div>
  )

  return (
    <Input
      {...rest}
      style={style}
      value={text}
      placeholder={placeholder}
      maxLength={20}
      autoComplete="off"
      onChange={(e) => {
        setText(e.target.value)
        emit(e.target.value)
      }}
      onBlur={() => {
        // Shown as read; an unreadable text stays as typed, with the field's message under it.
        if (value && ISO.test(value) && value !== text) setText(value)
      }}
      onKeyDown={(e) => {
        if (e.key === 'ArrowDown' && e.altKey) {
          e.preventDefault()
          setOpen(true)
        }
        if (e.key === 'Enter') {
          if (value && ISO.test(value)) setText(value)
          onPressEnter?.()
        }
      }}
      suffix={
        <Popover content={calendar} trigger="click" open={open} onOpenChange={setOpen} placement="bottomRight" destroyOnHidden>
          {/* Out of the Tab order: Tab goes from field to field; Alt+↓ opens the calendar from the keyboard. */}
          <Button type="text" size="small" tabIndex={-1} icon={<CalendarOutlined />} aria-label="选择日期" disabled={rest.disabled} style={{ marginRight: -6 }} />
        </Popover>
      }
    />
  )
}
