import type { StorageLocation } from '../../../../../shared/api/seizure-types'
import { ITEM_CATEGORIES } from '../../../../../shared/domain/seizures'
import { toHalfWidth } from '../../../../../shared/rules/half-width'
import { ITEM_COLUMNS, emptyRow, isCategoryCode, normalizeNumber, type ItemColumn, type ItemRow } from './item-rows'

// Paste from Excel/WPS into the item grid. Pure functions, no DOM: the grid passes clipboard text in.

/**
 * Excel/WPS clipboard text as a table of cells. Rows end in \r\n or \n, cells are split by \t. A cell that
 * starts with a double quote and holds a tab, newline or quote is quoted, with "" for a quote inside; a quote
 * that does not close at a cell boundary is read as plain text. The newline that ends the last row adds no row.
 */
export function parseClipboardTable(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let i = 0
  const n = text.length
  if (n === 0) return rows
  for (;;) {
    let cell: string
    const quoted = text[i] === '"' ? readQuoted(text, i) : null
    if (quoted) {
      cell = quoted.value
      i = quoted.end
    } else {
      let j = i
      while (j < n && text[j] !== '\t' && text[j] !== '\n' && text[j] !== '\r') j++
      cell = text.slice(i, j)
      i = j
    }
    row.push(cell)
    if (i >= n) {
      rows.push(row)
      break
    }
    if (text[i] === '\t') {
      i++
      continue
    }
    // Row end: \r\n, \n or a lone \r.
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1
    rows.push(row)
    row = []
    if (i >= n) break
  }
  return rows
}

/** A quoted cell starting at `start`, or null when the closing quote is not followed by a cell boundary. */
function readQuoted(text: string, start: number): { value: string; end: number } | null {
  let value = ''
  let i = start + 1
  while (i < text.length) {
    const c = text[i]
    if (c === '"') {
      if (text[i + 1] === '"') {
        value += '"'
        i += 2
        continue
      }
      const after = text[i + 1]
      if (after === undefined || after === '\t' || after === '\n' || after === '\r') return { value, end: i + 1 }
      return null
    }
    value += c
    i++
  }
  return null
}

/** Header texts a clerk's own spreadsheet may use, per column; null marks a column to leave out (序号). */
const HEADER_ALIASES: Record<string, ItemColumn | null> = {
  序号: null,
  行号: null,
  编号: null,
  品名: 'name',
  名称: 'name',
  物品名称: 'name',
  商品名称: 'name',
  产品名称: 'name',
  货物名称: 'name',
  品牌: 'brand',
  商标: 'brand',
  涉嫌侵权商标: 'brand',
  '品牌/涉嫌侵权商标': 'brand',
  '品牌/商标': 'brand',
  规格型号: 'spec',
  规格: 'spec',
  型号: 'spec',
  '规格/型号': 'spec',
  类别: 'category',
  物品类别: 'category',
  分类: 'category',
  数量: 'qty',
  单位: 'unit',
  计量单位: 'unit',
  重量: 'weightKg',
  货值: 'valueYuan',
  货值金额: 'valueYuan',
  金额: 'valueYuan',
  价值: 'valueYuan',
  存放位置: 'location',
  存放地点: 'location',
  备注: 'note',
}

/** Units a header may name in brackets; another unit (重量(克), 货值(万元)) would scale the values wrongly. */
const HEADER_UNITS: Partial<Record<ItemColumn, string[]>> = {
  weightKg: ['千克', 'kg', '公斤'],
  valueYuan: ['元'],
  qty: [],
}

/** The column a header cell names, null for 序号, undefined when it is not a header we know. */
export function headerColumn(cell: string): ItemColumn | null | undefined {
  const s = toHalfWidth(cell).replace(/\s+/g, '').replace(/[（]/g, '(').replace(/[）]/g, ')').replace(/[*＊]/g, '').replace(/／/g, '/')
  const m = /^([^()]+)(?:\((.*)\))?$/.exec(s)
  if (!m) return undefined
  const column = HEADER_ALIASES[m[1]!]
  if (column === undefined) return undefined
  const unit = m[2]
  if (unit !== undefined && column !== null) {
    const allowed = HEADER_UNITS[column]
    if (allowed && !allowed.includes(unit.toLowerCase())) return undefined
  }
  return column
}

/**
 * When the first row is a header row, the columns it names, one per pasted column (undefined: leave that column
 * out); otherwise null. A header row holds no number (every data row has its quantity) and its cells are all
 * column names, or at least two are.
 */
function headerMapping(first: string[]): (ItemColumn | null | undefined)[] | null {
  const cells = first.map((c) => c.trim())
  const filled = cells.filter((c) => c !== '')
  if (filled.some((c) => /^[\d.,，．¥￥]+$/.test(toHalfWidth(c)))) return null
  const mapped = cells.map(headerColumn)
  const known = cells.filter((c, k) => c !== '' && mapped[k] !== undefined).length
  if (known === 0 || (known < filled.length && known < 2)) return null
  return mapped
}

const CATEGORY_BY_LABEL = new Map(Object.entries(ITEM_CATEGORIES).map(([code, label]) => [label as string, code]))

/** A category given as its label (食品) or code (food) → the code; anything else is kept for the row's error. */
export function categoryCode(text: string): string {
  const t = text.trim()
  if (t === '' || isCategoryCode(t)) return t
  return CATEGORY_BY_LABEL.get(t) ?? CATEGORY_BY_LABEL.get(t.replace(/类$/, '')) ?? t
}

const pathKey = (s: string) => toHalfWidth(s).replace(/\s+/g, '').replace(/[／\\>＞]/g, '/')

/** A location given as its path (一号仓库 / A架 / 03, spaces and slash style free) or a unique last name. */
export function matchLocation(text: string, locations: readonly StorageLocation[]): StorageLocation | null {
  const key = pathKey(text)
  if (key === '') return null
  const live = locations.filter((l) => l.voided === null)
  const byPath = live.find((l) => pathKey(l.path) === key)
  if (byPath) return byPath
  const byName = live.filter((l) => pathKey(l.name) === key)
  return byName.length === 1 ? byName[0]! : null
}

/** One pasted cell, trimmed and on one line (the grid's inputs hold one line). */
const cleanCell = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ').replace(/\t/g, ' ').trim()

export interface PasteResult {
  rows: ItemRow[]
  /** Pasted location texts that named no (non-voided) storage location; those cells were left as they were. */
  unmatchedLocations: string[]
  /** Table rows that went into the grid (the header row not counted). */
  pastedRows: number
}

/**
 * Fills the grid from a pasted table: from (startRow, startColumn) rightwards and downwards, adding rows below as
 * needed; cells past the last column are dropped. `columns` is the grid's column order (startColumn indexes it).
 * A first row of column names is not pasted: its names place the columns instead (序号 and unknown names are left
 * out), so a clerk's sheet in another order lands right. Category labels become codes; number cells get
 * half-width digits.
 */
export function pasteIntoRows(
  rows: readonly ItemRow[],
  startRow: number,
  startColumn: number,
  table: readonly string[][],
  columns: readonly ItemColumn[] = ITEM_COLUMNS,
  locations: readonly StorageLocation[] = [],
): PasteResult {
  const out = rows.slice()
  const unmatchedLocations: string[] = []
  const header = table.length > 0 ? headerMapping(table[0]!) : null
  const body = header ? table.slice(1) : table
  const targetOf = (k: number): ItemColumn | null =>
    header ? (header[k] ?? null) : (columns[startColumn + k] ?? null)

  body.forEach((cells, r) => {
    const at = startRow + r
    while (out.length <= at) out.push(emptyRow())
    const row = { ...out[at]! }
    cells.forEach((raw, k) => {
      const column = targetOf(k)
      if (column === null || (header && !columns.includes(column))) return
      const text = cleanCell(raw)
      switch (column) {
        case 'category':
          row.category = categoryCode(text)
          break
        case 'qty':
        case 'weightKg':
        case 'valueYuan':
          row[column] = normalizeNumber(text, column)
          break
        case 'location': {
          if (text === '') {
            row.storageLocationId = null
            break
          }
          const found = matchLocation(text, locations)
          if (found) row.storageLocationId = found.id
          else unmatchedLocations.push(text)
          break
        }
        default:
          // Text stays as written (it is the record); only number cells are normalised.
          row[column] = text
      }
    })
    out[at] = row
  })
  return { rows: out, unmatchedLocations, pastedRows: body.length }
}
