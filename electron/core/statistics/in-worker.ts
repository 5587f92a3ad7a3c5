import type { HandlerContext } from '../handler'
import { runReadTask } from '../read-worker/pool'
import type { PeriodReader } from './report'

/** The year-earlier period read by the read worker (its own connection and thread), beside this call's own read. */
export const inWorker =
  (ctx: HandlerContext): PeriodReader =>
  (p) =>
    runReadTask(ctx.services.dbFile, 'statsPeriod', p)
