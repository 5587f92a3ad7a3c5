import type { Rule } from 'antd/es/form'
import { parseDateText } from '../../../shared/rules/date-text'
import { todayText } from './today'

// Field rules shared by every form: what a field refuses, said under it. They check the value the field holds
// (DateField, IntegerInput keep an unreadable entry as typed), so nothing is ever corrected behind the user's back.

const ISO = /^\d{4}-\d{2}-\d{2}$/

export interface DateRuleOptions {
  required?: boolean
  /** Not later than today (a decision, an outcome). */
  notFuture?: boolean
  /** Not before this date, with what it is, e.g. ['2026-11-02', '决定日期']. */
  notBefore?: [string, string]
}

export function dateRules(label: string, { required = true, notFuture = false, notBefore }: DateRuleOptions = {}): Rule[] {
  return [
    {
      validator: async (_rule, value: string | null | undefined) => {
        if (value === null || value === undefined || value === '') {
          if (required) throw new Error(`请填写${label}`)
          return
        }
        if (!ISO.test(value)) {
          const parsed = parseDateText(value)
          throw new Error(parsed.ok ? `请填写${label}` : parsed.message)
        }
        if (notFuture && value > todayText()) throw new Error(`${label}不能晚于今天`)
        if (notBefore && value < notBefore[0]) throw new Error(`${label}不能早于${notBefore[1]}（${notBefore[0]}）`)
      },
    },
  ]
}

/** A whole number in a range; a text that is not one, or one outside the range, is refused with the range. */
export function integerRules(label: string, min: number, max: number, { required = true } = {}): Rule[] {
  return [
    {
      validator: async (_rule, value: number | string | null | undefined) => {
        if (value === null || value === undefined || value === '') {
          if (required) throw new Error(`请填写${label}`)
          return
        }
        if (typeof value !== 'number' || !Number.isInteger(value)) throw new Error(`${label}应为整数，可填 ${min}–${max}`)
        if (value < min || value > max) throw new Error(`${label}应在 ${min}–${max} 之间，填了 ${value}`)
      },
    },
  ]
}
