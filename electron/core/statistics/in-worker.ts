import type { HandlerContext } from '../handler'
import { runReadTask } from '../read-worker/pool'
import type { PeriodReader } from './report'

/** A period read by a read worker (its own connection and thread); two run side by side (read-worker/pool.ts). */
export const inWorker =
  (ctx: HandlerContext): PeriodReader =>
  (p) =>
    runReadTask(ctx.services.dbFile, 'statsPeriod', p)
