import { z } from 'zod'
import { defineOperation } from './contract'
import { version } from './fields'

// 设置 → 处罚案件: what counts as a 较低数额罚款 (SAMR Order 45 Art. 13: 3 months' publicity instead of 3 years).
// The province sets it; the office types its own here. The default is DOMAIN.md's Hubei example, to confirm.

export interface CaseSettings {
  /** A fine below this (fen) on a natural person (or 个体工商户) is 较低数额. */
  lowerFinePersonFen: number
  /** The same for a legal person or other organisation. */
  lowerFineEntityFen: number
  /** True until someone has saved the thresholds: the Hubei defaults still apply and should be confirmed. */
  isDefault: boolean
  version: number
  updatedAt: string | null
  updatedBy: string | null
}

const MAX_THRESHOLD_FEN = 10_000_000_000 // 1 亿元: far above any province's 较低数额
const threshold = (label: string) =>
  z
    .number({ error: `请填写${label}` })
    .int(`${label}最多2位小数`)
    .min(1, `${label}应大于0`)
    .max(MAX_THRESHOLD_FEN, `${label}过大`)

export const caseSettingsOperations = {
  'cases.settings.get': defineOperation<CaseSettings>()({ summary: '读取处罚案件设置（较低数额罚款标准）', mutates: false, input: z.object({}).strict() }),
  'cases.settings.update': defineOperation<CaseSettings & { recomputed: number }>()({
    summary: '修改较低数额罚款标准（重新计算受影响案件的公示期限）',
    mutates: true,
    input: z
      .object({ lowerFinePersonFen: threshold('自然人较低数额罚款标准'), lowerFineEntityFen: threshold('法人和其他组织较低数额罚款标准'), version })
      .strict(),
  }),
}
