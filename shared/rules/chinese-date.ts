// 成文日期 per GB/T 9704 (DOMAIN.md part 2 §6): Arabic numerals, no leading zeros, e.g. 2024年1月5日.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

// Parts of a real calendar date, or null. Year 0000 does not exist in the Gregorian calendar.
function parseIso(s: string): { year: number, month: number, day: number } | null {
  const m = ISO_DATE.exec(s)
  if (!m) return null
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  if (year < 1 || month < 1 || month > 12) return null
  if (day < 1 || day > daysInMonth(year, month)) return null
  return { year, month, day }
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  return typeof s === 'string' && parseIso(s) !== null
}

/** 'YYYY-MM-DD' → '2024年1月5日'. Throws RangeError on a malformed or non-existent date. */
export function formatChineseDate(isoDate: string): string {
  if (typeof isoDate !== 'string' || !ISO_DATE.test(isoDate)) {
    throw new RangeError('日期格式应为 年-月-日，例如 2024-01-05')
  }
  const parts = parseIso(isoDate)
  if (!parts) throw new RangeError(`没有这一天：${isoDate}`)
  return `${parts.year}年${parts.month}月${parts.day}日`
}
