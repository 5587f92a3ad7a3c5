// Amounts in words (大写金额) per PBOC 《正确填写票据和结算凭证的基本规定》, see DOMAIN.md part 2 §8.
// Amounts are integer fen (分) so no floating-point rounding ever reaches the words.
//
// Fixed conventions (the rules leave these open):
// - 整 follows both 元 and 角 (PBOC allows it after 角, MoF requires it), never 分.
// - Rule 3 (optional 零): no 零 right after a written 万 or 亿 (壹拾万柒仟元), but 零 when the
//   元 digit is 0 and 角 is not (壹仟陆佰捌拾元零叁角贰分). These are the first forms of the
//   official examples. Zeros that span a whole unwritten 万 group keep their 零 (壹亿零壹元整).
// - Every 拾 carries its digit, so a leading 1 is 壹拾 (壹拾元整, 壹拾万元整).

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const
const SMALL_UNITS = ['', '拾', '佰', '仟'] as const
const SECTION_UNITS = ['', '万', '亿'] as const

/** Smallest refused amount: 1 万亿 yuan, in fen. */
export const MAX_FEN_EXCLUSIVE = 100_000_000_000_000

function assertFen(fen: number): void {
  if (typeof fen !== 'number' || !Number.isInteger(fen)) {
    throw new RangeError('金额应为以分为单位的整数')
  }
  if (fen < 0) throw new RangeError('金额不能为负数')
  if (fen >= MAX_FEN_EXCLUSIVE) throw new RangeError('金额过大：应小于1万亿元')
}

function digit(n: number): string {
  return DIGITS[n] ?? ''
}

// Whole yuan in words, without 元. yuan > 0.
function yuanWords(yuan: number): string {
  const figures = String(yuan)
  let out = ''
  let pendingZero = false
  let sectionHasDigit = false
  for (let i = 0; i < figures.length; i++) {
    const d = Number(figures[i])
    const pos = figures.length - 1 - i
    if (d === 0) {
      pendingZero = true
    } else {
      if (pendingZero) out += '零'
      out += digit(d) + (SMALL_UNITS[pos % 4] ?? '')
      pendingZero = false
      sectionHasDigit = true
    }
    if (pos % 4 === 0 && pos > 0) {
      if (sectionHasDigit) {
        out += SECTION_UNITS[pos / 4] ?? ''
        // Rule 3 convention: no 零 right after a written 万/亿.
        pendingZero = false
      }
      sectionHasDigit = false
    }
  }
  return out
}

/** Integer fen to uppercase words, e.g. 140950 → 人民币壹仟肆佰零玖元伍角整. */
export function moneyInWords(fen: number): string {
  assertFen(fen)
  const yuan = Math.floor(fen / 100)
  const jiao = Math.floor(fen / 10) % 10
  const cent = fen % 10
  if (fen === 0) return '人民币零元整'

  let out = '人民币'
  if (yuan > 0) out += yuanWords(yuan) + '元'
  if (jiao === 0 && cent === 0) return out + '整'

  if (jiao > 0) {
    // Rule 3 convention: 元零叁角 when the 元 digit is 0.
    if (yuan > 0 && yuan % 10 === 0) out += '零'
    out += digit(jiao) + '角'
  } else if (yuan > 0) {
    // Rule 4: 角 is 0 and 分 is not, so 零 is required after 元.
    out += '零'
  }
  return cent > 0 ? out + digit(cent) + '分' : out + '整'
}

/** Integer fen to figures, e.g. 140950 → ¥1,409.50. */
export function formatYuan(fen: number): string {
  assertFen(fen)
  const yuan = String(Math.floor(fen / 100)).replace(/\B(?=(\d{3})+$)/g, ',')
  const rest = String(fen % 100).padStart(2, '0')
  return `¥${yuan}.${rest}`
}
