import type { Rule } from 'antd/es/form'
import { Input, Typography } from 'antd'
import { MONEY_SCALE, formatYuanPlain, parseScaled } from '../../../../../shared/rules/decimal'
import { moneyInWords } from '../../../../../shared/rules/money-words'

// An amount typed in 元 (12,000 / 12000.5 / full-width digits) and kept as the text typed; the form turns it into
// fen on saving (yuanToFen). Under the box the amount reads in words, as the decision will print it.

export interface MoneyInputProps {
  value?: string
  onChange?(value: string): void
  id?: string
  disabled?: boolean
  'data-testid'?: string
}

export function MoneyInput({ value, onChange, ...rest }: MoneyInputProps) {
  const parsed = value ? parseScaled(value, MONEY_SCALE) : null
  return (
    <>
      <Input {...rest} value={value ?? ''} onChange={(e) => onChange?.(e.target.value)} suffix="元" inputMode="decimal" maxLength={20} autoComplete="off" placeholder="0" />
      {parsed?.ok && parsed.value > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid={rest['data-testid'] ? `${rest['data-testid']}-words` : undefined}>
          {moneyInWords(parsed.value)}
        </Typography.Text>
      )}
    </>
  )
}

/** Empty is 0; anything else must read as 元 with at most 2 decimals. */
export const moneyRules = (label: string): Rule[] => [
  {
    validator: async (_rule, value: string | undefined) => {
      if (!value || value.trim() === '') return
      const r = parseScaled(value, MONEY_SCALE, label)
      if (!r.ok) throw new Error(r.message)
    },
  },
]

/** The typed text as fen: empty → 0. Only called once moneyRules passed. */
export function yuanToFen(value: string | undefined): number {
  if (!value || value.trim() === '') return 0
  const r = parseScaled(value, MONEY_SCALE)
  return r.ok ? r.value : 0
}

/** Fen back to the text the box shows: 0 → ''. */
export const fenToYuan = (fen: number): string => (fen === 0 ? '' : formatYuanPlain(fen))
