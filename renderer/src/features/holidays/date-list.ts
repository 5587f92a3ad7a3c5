import { parseDateText } from '../../../../shared/rules/date-text'
import { addDays } from '../../../../shared/rules/working-days'

// The dates of a holiday notice as an admin types them: one per line or separated by 、，, and ranges
// written 2027-02-10至2027-02-17 (or ~, –). Read into sorted YYYY-MM-DD, or refused with what to fix.

export type ParsedDates = { ok: true; dates: string[] } | { ok: false; message: string }

const RANGE = /^(.+?)(?:至|到|~|～|–|—)(.+)$/

export function parseDateList(text: string): ParsedDates {
  const out = new Set<string>()
  for (const piece of text.split(/[\n,，、;；]+/).map((s) => s.trim()).filter(Boolean)) {
    const range = RANGE.exec(piece)
    if (range) {
      const from = parseDateText(range[1]!)
      const to = parseDateText(range[2]!)
      if (!from.ok) return { ok: false, message: `“${piece}”：${from.message}` }
      if (!to.ok) return { ok: false, message: `“${piece}”：${to.message}` }
      if (to.date < from.date) return { ok: false, message: `“${piece}”：结束日期早于开始日期` }
      if (to.date > addDays(from.date, 60)) return { ok: false, message: `“${piece}”：一段假期不会超过60天，请核对` }
      for (let d = from.date; d <= to.date; d = addDays(d, 1)) out.add(d)
      continue
    }
    const one = parseDateText(piece)
    if (!one.ok) return { ok: false, message: `“${piece}”：${one.message}` }
    out.add(one.date)
  }
  return { ok: true, dates: [...out].sort() }
}

/** Dates as one line per run of consecutive days: 2027-02-10至2027-02-17. */
export function formatDateList(dates: readonly string[]): string {
  const sorted = [...dates].sort()
  const lines: string[] = []
  for (let i = 0; i < sorted.length; ) {
    let j = i
    while (j + 1 < sorted.length && sorted[j + 1] === addDays(sorted[j]!, 1)) j++
    lines.push(i === j ? sorted[i]! : `${sorted[i]}至${sorted[j]}`)
    i = j + 1
  }
  return lines.join('\n')
}
