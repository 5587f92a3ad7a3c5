import { localDate as officeDate } from '../../shared/rules/local-time'

// Calendar days as the office sees them: China Standard Time (shared/rules/local-time.ts), the same in the
// window and in core whatever the machine's time-zone setting.

/** The office's calendar date of an instant (ms since the epoch), YYYY-MM-DD. */
export const localDate = (ms: number): string => officeDate(ms)

/** Today for a handler: core's clock, so tests can move it. */
export const todayOf = (ctx: { services: { now(): number } }): string => localDate(ctx.services.now())
