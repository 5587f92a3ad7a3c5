import type { UnitTotal } from '../../../../shared/api/destruction-types'
import { formatKg, formatQty, formatYuan, groupDigits } from '../../../../shared/rules/decimal'
import { ApiError } from '../../api/client'

// Display helpers of 销毁管理: quantities are thousandths, weights grams, money fen (shared/rules/decimal.ts).

/** '12.5瓶'. */
export const qtyText = (milli: number, unit: string): string => `${formatQty(milli)}${unit}`

/** Quantities by unit, never added across units: '120双、24瓶'. */
export const unitsText = (units: readonly UnitTotal[]): string => (units.length === 0 ? '—' : units.map((u) => qtyText(u.qtyMilli, u.unit)).join('、'))

export const kgText = (g: number | null): string => (g === null ? '' : groupDigits(formatKg(g)))
export const yuanText = (fen: number | null): string => (fen === null ? '' : formatYuan(fen))

/**
 * How a refusal lands in a batch form: the contract's paths of batch.update carry a `facts.` prefix the form
 * does not have, and some fields are typed as text under another name (destroyedMilli → qty).
 */
export function batchFieldErrors(err: unknown, rename: Record<string, string> = {}): unknown {
  if (!(err instanceof ApiError)) return err
  const fields = Object.fromEntries(
    Object.entries(err.fields).map(([k, v]) => {
      const bare = k.startsWith('facts.') ? k.slice('facts.'.length) : k
      const renamed = Object.entries(rename).reduce((path, [from, to]) => (path.endsWith(from) ? path.slice(0, -from.length) + to : path), bare)
      return [renamed, v]
    }),
  )
  return new ApiError({ code: err.code, message: err.message, fields })
}
