import { toHalfWidth } from './half-width'

// Exact decimals as scaled integers: quantities in thousandths, kilograms as grams, yuan as fen. Never floats,
// so sums and comparisons of quantities are exact.

export type ParsedDecimal = { ok: true, value: number } | { ok: false, message: string }

/**
 * '12.5' with 3 decimals → 12500. Accepts full-width digits and a leading/trailing blank, thousands commas
 * ('1,200.5'); refuses signs, exponents, more decimals than `scale`, and values past Number.MAX_SAFE_INTEGER.
 */
export function parseScaled(input: string, scale: number, label = '数值'): ParsedDecimal {
  const text = toHalfWidth(String(input)).trim().replace(/．/g, '.').replace(/[,，](?=\d{3}(\D|$))/g, '')
  if (text === '') return { ok: false, message: `请填写${label}` }
  const m = /^(\d+)(?:\.(\d*))?$|^\.(\d+)$/.exec(text)
  if (!m) return { ok: false, message: `${label}应为不带符号的数字，如 12 或 12.5` }
  const whole = m[1] ?? '0'
  const frac = m[2] ?? m[3] ?? ''
  if (frac.length > scale) {
    return { ok: false, message: scale === 0 ? `${label}应为整数` : `${label}最多${scale}位小数` }
  }
  const digits = (whole + frac.padEnd(scale, '0')).replace(/^0+(?=\d)/, '')
  const value = Number(digits)
  if (!Number.isSafeInteger(value)) return { ok: false, message: `${label}过大` }
  return { ok: true, value }
}

/** 12500 with 3 decimals → '12.5' (trailing zeros dropped); `minDecimals` keeps e.g. '12.50' for money. */
export function formatScaled(value: number, scale: number, minDecimals = 0): string {
  const sign = value < 0 ? '-' : ''
  const s = String(Math.abs(value)).padStart(scale + 1, '0')
  const whole = s.slice(0, s.length - scale)
  let frac = s.slice(s.length - scale).replace(/0+$/, '')
  if (frac.length < minDecimals) frac = frac.padEnd(minDecimals, '0')
  return sign + whole + (frac ? `.${frac}` : '')
}

export const QTY_SCALE = 3
export const WEIGHT_SCALE = 3
export const MONEY_SCALE = 2

/** Quantity in thousandths → '12.5'. */
export const formatQty = (milli: number) => formatScaled(milli, QTY_SCALE)
/** Grams → kilograms '1.25'. */
export const formatKg = (grams: number) => formatScaled(grams, WEIGHT_SCALE)
/** Fen → yuan '1200.50' (for inputs and files a program reads; people read formatYuan). */
export const formatYuanPlain = (fen: number) => formatScaled(fen, MONEY_SCALE, 2)

/** Groups the whole part's digits: '3600000.00' → '3,600,000.00'. */
export const groupDigits = (s: string): string => s.replace(/^(-?)(\d+)/, (_all, sign: string, whole: string) => sign + whole.replace(/\B(?=(\d{3})+$)/g, ','))

/** Money as people read it, everywhere in the app: fen → '36,000.00' (thousands separated, two decimals). */
export const formatYuan = (fen: number) => groupDigits(formatYuanPlain(fen))
