import type { ItemCategory } from '../../../shared/domain/seizures'
import type { BatchTotals, CategoryTotal, StockTotals, UnitTotal } from '../../../shared/api/destruction-types'

// Weights and values of part of a line, and totals: exact integers (grams, fen, thousandths), never floats.

/** `total` × part / whole, rounded half up, exactly (BigInt: 10¹² × 10¹² passes 2⁵³); null stays null. */
export function shareOf(total: number | null, part: number, whole: number): number | null {
  if (total === null) return null
  if (part === whole) return total
  const n = BigInt(total) * BigInt(part) * 2n + BigInt(whole)
  return Number(n / (BigInt(whole) * 2n))
}

interface Counted {
  category: ItemCategory
  unit: string
  qtyMilli: number
  weightG: number | null
  valueFen: number | null
}

function addUnit(units: UnitTotal[], unit: string, qty: number): void {
  const u = units.find((x) => x.unit === unit)
  if (u) u.qtyMilli += qty
  else units.push({ unit, qtyMilli: qty })
}

/** Lines, quantity per unit (瓶 and 箱 apart), kg and 元: over all and per category, in category order of first appearance. */
export function totalsOf(lines: readonly Counted[]): BatchTotals {
  const all: StockTotals = { lines: 0, units: [], weightG: 0, valueFen: 0 }
  const byCategory = new Map<ItemCategory, CategoryTotal>()
  for (const l of lines) {
    let c = byCategory.get(l.category)
    if (!c) byCategory.set(l.category, (c = { category: l.category, lines: 0, units: [], weightG: 0, valueFen: 0 }))
    for (const t of [all, c]) {
      t.lines += 1
      addUnit(t.units, l.unit, l.qtyMilli)
      t.weightG += l.weightG ?? 0
      t.valueFen += l.valueFen ?? 0
    }
  }
  return { ...all, byCategory: [...byCategory.values()] }
}
