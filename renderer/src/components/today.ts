import { localDate } from '../../../shared/rules/local-time'

/** Today in the office's time (the same calendar day core counts with). */
export const todayText = (): string => localDate(new Date())
