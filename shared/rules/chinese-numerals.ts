// Chinese numerals for the numbers headings and counts are written in (一、二、……十一、二十、一百零一), as a
// 公文's 一级标题 numbers its parts (GB/T 9704 §7.3.3 hierarchy "一、" "（一）").

const DIGITS = '零一二三四五六七八九'

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 101 → 一百零一, 110 → 一百一十 (1–9999). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new RangeError(`chineseNumber: ${n} is not 1–9999`)
  const units = ['千', '百', '十', '']
  const digits = String(n).padStart(4, '0').split('').map(Number)
  let out = ''
  let zero = false
  digits.forEach((d, i) => {
    if (d === 0) {
      zero = out !== ''
      return
    }
    if (zero) out += '零'
    zero = false
    out += DIGITS[d]! + units[i]!
  })
  // 十一 rather than 一十一 when the number starts with its tens.
  return n >= 10 && n < 20 ? out.slice(1) : out
}
