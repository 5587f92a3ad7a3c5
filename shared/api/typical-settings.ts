import { z } from 'zod'
import { defineOperation } from './contract'
import { version } from './fields'

// 设置 → 典型案例: what the published texts mask. ID numbers (前6后4), phones, bank accounts and a natural person's
// home address are always masked (DOMAIN.md part 2 §3); whether a natural person's own name becomes 张某某 is the
// office's choice, on by default.

export interface TypicalSettings {
  /** A natural person's own name as 张某某 in drafts and the collection. */
  maskOwnName: boolean
  version: number
  updatedAt: string | null
  updatedBy: string | null
}

export const typicalSettingsOperations = {
  'typical.settings.get': defineOperation<TypicalSettings>()({ summary: '读取典型案例的脱敏设置', mutates: false, input: z.object({}).strict() }),
  'typical.settings.update': defineOperation<TypicalSettings>()({
    summary: '修改典型案例的脱敏设置（自然人当事人姓名是否显示为“某某”）',
    mutates: true,
    input: z.object({ maskOwnName: z.boolean({ error: '请选择是否遮蔽当事人姓名' }), version }).strict(),
  }),
}
