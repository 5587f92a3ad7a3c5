import type { StatUnit } from '../api/stat-types'
import { officeCount, officeMoney, officeTons } from './office-numbers'
import { yearOnYear } from './stat-periods'

// A figure of 统计 as the page, the workbook and the summaries print it: 351起, 2.56万件, 128.35万元, 165吨, 48天.

export function statText(value: number, unit: StatUnit, word: string): string {
  if (unit === 'fen') return officeMoney(value)
  if (unit === 'g') return officeTons(value)
  if (unit === 'days') return `${value}天`
  return officeCount(value, word)
}

/** 同比 for a figure: a percentage against a year with figures, else the difference in the figure's own words. */
export function statChange(value: number, previous: number | null, unit: StatUnit, word: string): string {
  if (previous === null) return ''
  if (previous === 0 && value !== 0) return `+${statText(value, unit, word)}`
  return yearOnYear(value, previous, word)
}
