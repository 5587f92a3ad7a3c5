// Calendar days as the office sees them: the PC's local date (the app runs on the office's own PC).

const pad = (n: number) => String(n).padStart(2, '0')

/** The local calendar date of an instant (ms since the epoch), YYYY-MM-DD. */
export function localDate(ms: number): string {
  const d = new Date(ms)
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** Today for a handler: core's clock, so tests can move it. */
export const todayOf = (ctx: { services: { now(): number } }): string => localDate(ctx.services.now())

/** Start of a local calendar day (YYYY-MM-DD, `addDays` later), as the UTC instant stored in `*_at` columns. */
export function localDayStart(isoDate: string, addDays = 0): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number]
  return new Date(y, m - 1, d + addDays).toISOString()
}
