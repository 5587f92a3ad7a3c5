import { toHalfWidth } from './half-width'

// A date as a clerk types it: 2026-11-18, 2026/11/18, 2026.11.18, 20261118, 2026年11月18日, 2026-11-4, in full-width
// digits too. Read into YYYY-MM-DD, or refused with a message that says what to type — never a guess.

export type ParsedDateText = { ok: true; date: string } | { ok: false; message: string }

const EXAMPLE = '请按 2026-11-18 的格式填写'
// Year, month, day with one kind of separator (- / . or 、), or 年月日, or eight digits.
const SEPARATED = /^(\d{4})([-/.、])(\d{1,2})\2(\d{1,2})$/
const CHINESE = /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
const daysIn = (y: number, m: number) => (m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31)

export function parseDateText(input: string): ParsedDateText {
  // Full-width digits and ．／－ from an IME in full-width mode; blanks anywhere.
  const text = toHalfWidth(input)
    .replace(/[．。]/g, '.')
    .replace(/[／]/g, '/')
    .replace(/[－—–]/g, '-')
    .replace(/\s+/g, '')
  if (text === '') return { ok: false, message: '请填写日期' }
  const m = SEPARATED.exec(text) ?? CHINESE.exec(text) ?? COMPACT.exec(text)
  if (!m) return { ok: false, message: `无法识别的日期“${input.trim().slice(0, 20)}”，${EXAMPLE}` }
  const parts = m.length === 5 ? [m[1], m[3], m[4]] : [m[1], m[2], m[3]]
  const [year, month, day] = parts.map(Number) as [number, number, number]
  if (year < 1900 || year > 2100) return { ok: false, message: `年份应在1900年至2100年之间，${EXAMPLE}` }
  if (month < 1 || month > 12) return { ok: false, message: `没有${month}月，${EXAMPLE}` }
  if (day < 1 || day > daysIn(year, month)) return { ok: false, message: `${year}年${month}月没有${day}日` }
  return { ok: true, date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` }
}
