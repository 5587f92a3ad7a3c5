import { itemLineInput, type ItemLineInput } from '../../../../../shared/api/seizures'
import type { ItemLine } from '../../../../../shared/api/seizure-types'
import { ITEM_CATEGORIES } from '../../../../../shared/domain/seizures'
import { MONEY_SCALE, QTY_SCALE, WEIGHT_SCALE, formatKg, formatQty, formatYuanPlain, parseScaled } from '../../../../../shared/rules/decimal'
import { toHalfWidth } from '../../../../../shared/rules/half-width'

// The item grid's row model: every cell is the text the clerk typed, so a half-typed "12." never turns into a
// number behind their back. Conversion to the contract's integers happens once, in rowsToInput. No React or DOM
// here: the unit tests run in plain Node.

export interface ItemRow {
  /** Stable React key and focus address; the saved line's id, or a generated one for a new row. */
  key: string
  /** The saved line's id; absent for a new row. */
  id?: string
  name: string
  brand: string
  spec: string
  /** An ITEM_CATEGORIES code; '' when not chosen; pasted text that matched no category stays as typed. */
  category: string
  qty: string
  unit: string
  weightKg: string
  valueYuan: string
  storageLocationId: string | null
  note: string
}

/** The grid's editable columns, in display order; also the data-testid field names. */
export const ITEM_COLUMNS = ['name', 'brand', 'spec', 'category', 'qty', 'unit', 'weightKg', 'valueYuan', 'location', 'note'] as const
export type ItemColumn = (typeof ITEM_COLUMNS)[number]

/** The contract's field name for each column: error keys use these, so zod paths from the server match. */
export const CONTRACT_FIELD: Record<ItemColumn, keyof ItemLineInput> = {
  name: 'name',
  brand: 'brand',
  spec: 'spec',
  category: 'category',
  qty: 'qtyMilli',
  unit: 'unit',
  weightKg: 'weightG',
  valueYuan: 'valueFen',
  location: 'storageLocationId',
  note: 'note',
}

export const COLUMN_LABELS: Record<ItemColumn, string> = {
  name: '品名',
  brand: '品牌/涉嫌侵权商标',
  spec: '规格型号',
  category: '类别',
  qty: '数量',
  unit: '单位',
  weightKg: '重量(千克)',
  valueYuan: '货值(元)',
  location: '存放位置',
  note: '备注',
}

/** `items.3.qtyMilli`: the same key a zod issue path gives on the server. */
export const errorKey = (itemIndex: number, column: ItemColumn) => `items.${itemIndex}.${CONTRACT_FIELD[column]}`

let seq = 0
const newKey = () => `new-${Date.now().toString(36)}-${(seq += 1)}`

export function emptyRow(): ItemRow {
  return { key: newKey(), name: '', brand: '', spec: '', category: '', qty: '', unit: '', weightKg: '', valueYuan: '', storageLocationId: null, note: '' }
}

/** A saved line as editable text, for correcting a seizure. */
export function rowFromLine(line: ItemLine): ItemRow {
  return {
    key: line.id,
    id: line.id,
    name: line.name,
    brand: line.brand,
    spec: line.spec,
    category: line.category,
    qty: formatQty(line.qtyMilli),
    unit: line.unit,
    weightKg: line.weightG === null ? '' : formatKg(line.weightG),
    valueYuan: line.valueFen === null ? '' : formatYuanPlain(line.valueFen),
    storageLocationId: line.storageLocationId,
    note: line.note,
  }
}

/** Reads a column's text from a row (location as its id, '' when none). */
export function cellText(row: ItemRow, column: ItemColumn): string {
  return column === 'location' ? (row.storageLocationId ?? '') : row[column]
}

const TEXT_CELLS = ['name', 'brand', 'spec', 'category', 'qty', 'unit', 'weightKg', 'valueYuan', 'note'] as const

/** Nothing typed or chosen: such rows are left out when saving (a saved line's id alone does not count). */
export function isBlank(row: ItemRow): boolean {
  return row.storageLocationId === null && TEXT_CELLS.every((c) => row[c].trim() === '')
}

/**
 * Number text as parseScaled reads it. parseScaled already takes full-width digits; the IME's full-width point
 * '．' and yuan/kilogram marks that Excel copies along with formatted cells are dropped here.
 */
export function normalizeNumber(text: string, column: 'qty' | 'weightKg' | 'valueYuan'): string {
  let s = toHalfWidth(text).replace(/\uFF0E/g, '.').trim()
  if (column === 'valueYuan') s = s.replace(/^[¥￥]\s*/, '').replace(/\s*元$/, '')
  if (column === 'weightKg') s = s.replace(/\s*(千克|公斤|kg|KG|Kg)$/, '')
  return s.trim()
}

const SCALE = { qty: QTY_SCALE, weightKg: WEIGHT_SCALE, valueYuan: MONEY_SCALE } as const
const NUMBER_LABEL = { qty: '数量', weightKg: '重量', valueYuan: '货值' } as const

/** A number cell's scaled integer, or null when blank or unreadable. */
export function scaledValue(row: ItemRow, column: 'qty' | 'weightKg' | 'valueYuan'): number | null {
  const text = normalizeNumber(row[column], column)
  if (text === '') return null
  const parsed = parseScaled(text, SCALE[column])
  return parsed.ok ? parsed.value : null
}

export const isCategoryCode = (s: string): s is keyof typeof ITEM_CATEGORIES => Object.hasOwn(ITEM_CATEGORIES, s)

/** For each row, its index among the non-blank rows (= the index in `items` and in error keys), or null. */
export function itemIndexes(rows: readonly ItemRow[]): (number | null)[] {
  let next = 0
  return rows.map((r) => (isBlank(r) ? null : next++))
}

export interface RowsInput {
  items: ItemLineInput[]
  /** `items.<index>.<contract field>` → Chinese message; index counts non-blank rows only. */
  errors: Record<string, string>
}

/**
 * The grid's rows as the contract's item lines; send `items` only when `errors` is empty. Blank rows are skipped. Number cells are parsed exactly
 * (parseScaled); everything else is checked by the contract's own schema, so the messages match the server's.
 */
export function rowsToInput(rows: readonly ItemRow[]): RowsInput {
  const items: ItemLineInput[] = []
  const errors: Record<string, string> = {}
  for (const row of rows) {
    if (isBlank(row)) continue
    const index = items.length
    const local: Partial<Record<ItemColumn, string>> = {}

    const qty = readNumber(row, 'qty', true, local)
    const weightG = readNumber(row, 'weightKg', false, local)
    const valueFen = readNumber(row, 'valueYuan', false, local)
    const category = row.category.trim()
    if (category !== '' && !isCategoryCode(category)) local.category = `类别“${category}”不在列表中，请从下拉选择`

    const item: ItemLineInput = {
      ...(row.id ? { id: row.id } : {}),
      name: row.name.trim(),
      brand: row.brand.trim(),
      spec: row.spec.trim(),
      // A stand-in for a cell already in error, so the schema does not report it a second time.
      category: (local.category ? 'other' : category) as ItemLineInput['category'],
      qtyMilli: qty ?? 1,
      unit: row.unit.trim(),
      weightG,
      valueFen,
      storageLocationId: row.storageLocationId,
      note: row.note.trim(),
    }
    for (const [column, message] of Object.entries(local)) errors[errorKey(index, column as ItemColumn)] = message

    const checked = itemLineInput.safeParse(item)
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const key = `items.${index}.${issue.path.join('.')}`
        errors[key] ??= issue.message
      }
    }
    // The stand-ins never leave: the item carries what was typed (0 for an unreadable quantity).
    items.push({ ...item, category: category as ItemLineInput['category'], qtyMilli: qty ?? 0 })
  }
  return { items, errors }
}

function readNumber(row: ItemRow, column: 'qty' | 'weightKg' | 'valueYuan', required: boolean, local: Partial<Record<ItemColumn, string>>): number | null {
  const text = normalizeNumber(row[column], column)
  if (text === '') {
    if (required) local[column] = `请填写${NUMBER_LABEL[column]}`
    return null
  }
  const parsed = parseScaled(text, SCALE[column], NUMBER_LABEL[column])
  if (!parsed.ok) {
    local[column] = parsed.message
    return null
  }
  return parsed.value
}

export interface ItemTotals {
  lines: number
  valueFen: number
  weightG: number
  /** Non-blank value/weight cells that could not be read and are not in the sums. */
  unreadable: number
}

/** Footer totals over the non-blank rows, exact (integers), from the cells that parse. */
export function itemTotals(rows: readonly ItemRow[]): ItemTotals {
  const totals: ItemTotals = { lines: 0, valueFen: 0, weightG: 0, unreadable: 0 }
  for (const row of rows) {
    if (isBlank(row)) continue
    totals.lines += 1
    for (const [column, sum] of [['valueYuan', 'valueFen'], ['weightKg', 'weightG']] as const) {
      if (normalizeNumber(row[column], column) === '') continue
      const v = scaledValue(row, column)
      if (v === null) totals.unreadable += 1
      else totals[sum] += v
    }
  }
  return totals
}
