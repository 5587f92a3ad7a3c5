import type { Voided } from '../../../shared/api/seizure-types'

/** A voidable row (with its voider's name joined in) as the contract's `voided`: null while the record stands. */
export const voidedOf = (r: { voided_at: string | null; voided_by_name: string | null; void_reason: string | null }): Voided | null =>
  r.voided_at ? { at: r.voided_at, byName: r.voided_by_name ?? '', reason: r.void_reason ?? '' } : null
