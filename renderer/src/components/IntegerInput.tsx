import type { CSSProperties, ReactNode } from 'react'
import { Input } from 'antd'
import { toHalfWidth } from '../../../shared/rules/half-width'

// A whole number typed as text: the value is the number when the text is one (full-width digits too), else
// the text itself, which integerRules refuses under the field. Unlike a number spinner it never clamps 1000 to
// 480 or turns abc back into the old value without a word.

export interface IntegerInputProps {
  value?: number | string | null
  onChange?(value: number | string | null): void
  suffix?: ReactNode
  style?: CSSProperties
  id?: string
  autoFocus?: boolean
  disabled?: boolean
  'data-testid'?: string
}

export const readInteger = (text: string): number | string | null => {
  const t = toHalfWidth(text).trim()
  if (t === '') return null
  return /^\d{1,9}$/.test(t) ? Number(t) : text
}

export function IntegerInput({ value, onChange, style, ...rest }: IntegerInputProps) {
  return (
    <Input
      {...rest}
      inputMode="numeric"
      autoComplete="off"
      maxLength={12}
      style={{ width: 160, ...style }}
      value={value === null || value === undefined ? '' : String(value)}
      onChange={(e) => onChange?.(readInteger(e.target.value))}
    />
  )
}
