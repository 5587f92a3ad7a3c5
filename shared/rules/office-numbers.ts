// Figures as an office's summary prints them (issue 19): 351起, 2.56万件, 罚没款128.35万元, 3600余万元, 165吨,
// 1.25亿元. Integer arithmetic throughout (counts, fen, grams): a figure printed is never a float's rounding.

/** Two decimals with trailing zeros dropped: 2.50 → 2.5, 3.00 → 3. */
const trimmed = (hundredths: bigint): string => {
  const whole = hundredths / 100n
  const frac = (hundredths % 100n).toString().padStart(2, '0').replace(/0+$/, '')
  return frac ? `${whole}.${frac}` : `${whole}`
}

/** n / unit rounded half up to hundredths, as a bigint of hundredths. */
const hundredthsOf = (n: bigint, unit: bigint): bigint => (n * 100n + unit / 2n) / unit

/** A count: 351件; from ten thousand 2.56万件; from a hundred million 1.2亿件 (two decimals, trailing zeros dropped). */
export function officeCount(n: number, unit = ''): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`不是计数：${n}`)
  const b = BigInt(n)
  if (b >= 100_000_000n) return `${trimmed(hundredthsOf(b, 100_000_000n))}亿${unit}`
  if (b >= 10_000n) return `${trimmed(hundredthsOf(b, 10_000n))}万${unit}`
  return `${n}${unit}`
}

/** Money in 万元 to two decimals, as tables print it: 1,283,456.78元 → 128.35（万元）. Half up. */
export function wanYuan(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError(`不是金额：${fen}`)
  const h = hundredthsOf(BigInt(fen), 1_000_000n)
  return `${h / 100n}.${(h % 100n).toString().padStart(2, '0')}`
}

/** Money as a sentence puts it: under 1万元 in 元 (8000元), else 万元 (128.35万元), from 1亿元 亿元 (1.25亿元). */
export function officeMoney(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError(`不是金额：${fen}`)
  const f = BigInt(fen)
  if (f >= 10_000_000_000n) return `${trimmed(hundredthsOf(f, 10_000_000_000n))}亿元`
  if (f >= 1_000_000n) return `${trimmed(hundredthsOf(f, 1_000_000n))}万元`
  return `${trimmed(hundredthsOf(f, 100n))}元`
}

/**
 * A round figure with 余, as in "挽回经济损失3600余万元": the amount in 万元 cut down to its first two significant
 * digits (3612.5 → 3600, 351.2 → 350, 36.5 → 36), 余 added when anything was cut. Under 1万元 in whole 元 (8000余元).
 */
export function roughMoney(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError(`不是金额：${fen}`)
  const f = BigInt(fen)
  const [value, unit] = f >= 1_000_000n ? [f / 1_000_000n, '万元'] : [f / 100n, '元']
  const exact = f >= 1_000_000n ? f % 1_000_000n === 0n : f % 100n === 0n
  const digits = value.toString().length
  const step = digits > 2 ? 10n ** BigInt(digits - 2) : 1n
  const round = (value / step) * step
  return `${round}${round !== value || !exact ? '余' : ''}${unit}`
}

/** Weight in 吨 from grams: 165吨; 2.35吨; under a tonne in 千克 (350千克). From 100吨 whole tonnes (half up). */
export function officeTons(grams: number): string {
  if (!Number.isSafeInteger(grams) || grams < 0) throw new RangeError(`不是重量：${grams}`)
  const g = BigInt(grams)
  if (g >= 100_000_000n) return `${(g + 500_000n) / 1_000_000n}吨`
  if (g >= 1_000_000n) return `${trimmed(hundredthsOf(g, 1_000_000n))}吨`
  return `${trimmed(hundredthsOf(g, 1_000n))}千克`
}
