// Every time a person reads — on screen, in a message, in an exported sheet — is the office's local time in
// Chinese form: 2026年12月2日 08:51. Instants are stored as ISO-8601 UTC; this turns one into what people read.
// The office's time is China Standard Time whatever the PC's or the web host's time-zone setting, so the window,
// the host's messages and the exports always agree (seen: a host set to UTC said 01:46 where the screen said 09:46).

export const OFFICE_TIME_ZONE = 'Asia/Shanghai'

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(timeZone: string, withSeconds: boolean): Intl.DateTimeFormat {
  const key = `${timeZone}|${withSeconds}`
  let f = formatters.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      second: withSeconds ? '2-digit' : undefined,
      hourCycle: 'h23',
    })
    formatters.set(key, f)
  }
  return f
}

function parts(instant: string | number | Date, timeZone: string, withSeconds: boolean): Record<string, string> {
  const date = instant instanceof Date ? instant : new Date(instant)
  if (Number.isNaN(date.getTime())) throw new RangeError(`不是有效的时间：${String(instant)}`)
  return Object.fromEntries(formatter(timeZone, withSeconds).formatToParts(date).map((p) => [p.type, p.value]))
}

/** '2026年12月2日 08:51' (with `seconds`: '2026年12月2日 08:51:07'). */
export function formatLocalTime(instant: string | number | Date, { timeZone = OFFICE_TIME_ZONE, seconds = false }: { timeZone?: string; seconds?: boolean } = {}): string {
  const p = parts(instant, timeZone, seconds)
  return `${p.year}年${p.month}月${p.day}日 ${p.hour}:${p.minute}${seconds ? `:${p.second}` : ''}`
}

/** The time of day alone, '08:51', for a moment later today (a lockout's end). */
export function formatLocalClock(instant: string | number | Date, { timeZone = OFFICE_TIME_ZONE }: { timeZone?: string } = {}): string {
  const p = parts(instant, timeZone, false)
  return `${p.hour}:${p.minute}`
}

/** The office's calendar date of an instant, 'YYYY-MM-DD': today for terms and deadlines, file names. */
export function localDate(instant: string | number | Date, { timeZone = OFFICE_TIME_ZONE }: { timeZone?: string } = {}): string {
  const p = parts(instant, timeZone, false)
  return `${p.year}-${p.month!.padStart(2, '0')}-${p.day!.padStart(2, '0')}`
}

/** A sortable stamp of the office's time for file names: 20261123-140509. */
export function localStamp(instant: string | number | Date, { timeZone = OFFICE_TIME_ZONE }: { timeZone?: string } = {}): string {
  const p = parts(instant, timeZone, true)
  const two = (v: string | undefined) => (v ?? '').padStart(2, '0')
  return `${p.year}${two(p.month)}${two(p.day)}-${two(p.hour)}${two(p.minute)}${two(p.second)}`
}

/**
 * The instant (ISO UTC) an office calendar day begins, `addDays` later: a filter "from 2026-12-02" starts at
 * 2026-12-01T16:00:00Z. China Standard Time keeps UTC+8 all year (no daylight saving).
 */
export function officeDayStart(isoDate: string, addDays = 0): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + addDays) - 8 * 3_600_000).toISOString()
}
