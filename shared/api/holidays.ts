import { z } from 'zod'
import { defineOperation } from './contract'
import { requiredText } from './fields'
import { isIsoDate } from '../rules/chinese-date'

// 设置 → 节假日: the State Council's yearly arrangement of days off and 调休 working days. 2025 and 2026 ship with
// the app; an admin types a new year in from the notice (or corrects one). One calendar serves every deadline.

export interface HolidayYear {
  year: number
  /** Days off, sorted. */
  off: string[]
  /** Weekend days made working days (调休上班), sorted. */
  work: string[]
  /** The notice (e.g. 国办发明电〔2025〕7号) or where the dates were taken from. */
  source: string
  /** 内置 (shipped), or entered/corrected here (then who and when). */
  origin: 'built_in' | 'entered'
  updatedAt: string | null
  updatedByName: string | null
  /** 0 for a year never saved here. */
  version: number
}

const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay()

const dates = (label: string) =>
  z.array(z.string({ error: `${label}应为日期` }).trim().refine(isIsoDate, `${label}中有无效日期，应为 2027-01-01 的格式`), { error: `请填写${label}` }).max(80, `${label}最多80天`)

export const holidayYearInput = z
  .object({
    year: z.number({ error: '请填写年份' }).int('年份应为整数').min(2000, '年份应在2000年至2100年之间').max(2100, '年份应在2000年至2100年之间'),
    off: dates('放假日期').min(1, '请至少填写一天放假日期'),
    work: dates('调休上班日期'),
    source: requiredText('通知文号或来源', 100),
    /** The version read; 0 when the year has never been saved here. */
    version: z.number({ error: '缺少记录版本号' }).int().min(0),
  })
  .strict()
  .superRefine((y, ctx) => {
    const check = (list: string[], key: 'off' | 'work', label: string) => {
      const seen = new Set<string>()
      list.forEach((d, i) => {
        if (!d.startsWith(`${y.year}-`)) ctx.addIssue({ code: 'custom', path: [key, i], message: `${label} ${d} 不在${y.year}年内` })
        if (seen.has(d)) ctx.addIssue({ code: 'custom', path: [key, i], message: `${label} ${d} 重复` })
        seen.add(d)
      })
    }
    check(y.off, 'off', '放假日期')
    check(y.work, 'work', '调休上班日期')
    const off = new Set(y.off)
    y.work.forEach((d, i) => {
      if (off.has(d)) ctx.addIssue({ code: 'custom', path: ['work', i], message: `${d} 同时列为放假和上班，请核对通知` })
      else if (isIsoDate(d) && ![0, 6].includes(weekday(d))) ctx.addIssue({ code: 'custom', path: ['work', i], message: `${d} 是工作日，调休上班日应为周六或周日` })
    })
  })
export type HolidayYearInput = z.input<typeof holidayYearInput>

export const holidayOperations = {
  'holidays.list': defineOperation<HolidayYear[]>()({
    summary: '节假日安排（各年放假和调休上班日期）',
    mutates: false,
    input: z.object({}).strict(),
  }),
  'holidays.save': defineOperation<HolidayYear & { recomputed: number }>()({
    summary: '录入或更正一年的节假日安排（期限随之重新计算）',
    mutates: true,
    input: holidayYearInput,
  }),
}
