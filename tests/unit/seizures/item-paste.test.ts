import { describe, expect, it } from 'vitest'
import type { StorageLocation } from '../../../shared/api/seizure-types'
import { categoryCode, headerColumn, matchLocation, parseClipboardTable, pasteIntoRows } from '../../../renderer/src/features/seizures/items/item-paste'
import { ITEM_COLUMNS, emptyRow, rowsToInput, type ItemRow } from '../../../renderer/src/features/seizures/items/item-rows'

const location = (id: string, path: string, voided = false): StorageLocation => ({
  id,
  parentId: null,
  level: path.split('/').length - 1,
  name: path.split('/').at(-1)!.trim(),
  path,
  version: 1,
  voided: voided ? { at: '2026-01-01T00:00:00Z', byName: '管理员', reason: '撤销' } : null,
})

const rowWith = (over: Partial<ItemRow>): ItemRow => ({ ...emptyRow(), ...over })

describe('parseClipboardTable', () => {
  it('reads Excel text: tabs, \\r\\n, a quoted cell with a newline, tab and doubled quotes; no row for the final newline', () => {
    const text = '运动鞋\t"耐克\r\n""NIKE""\tX"\t42码\r\n手提包\t\t\r\n'
    expect(parseClipboardTable(text)).toEqual([
      ['运动鞋', '耐克\r\n"NIKE"\tX', '42码'],
      ['手提包', '', ''],
    ])
  })

  it('reads WPS text with CRLF and without a final newline', () => {
    expect(parseClipboardTable('a\tb\r\nc\td')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ])
  })

  it('reads \\n-only text and a lone value', () => {
    expect(parseClipboardTable('a\tb\nc\td\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ])
    expect(parseClipboardTable('箱\r\n')).toEqual([['箱']])
    expect(parseClipboardTable('')).toEqual([])
  })

  it('keeps blank lines inside the table and empty trailing cells', () => {
    expect(parseClipboardTable('a\n\nb\t\n')).toEqual([['a'], [''], ['b', '']])
  })

  it('reads a quote that does not close at a cell boundary as plain text', () => {
    expect(parseClipboardTable('"ABC" 牌\t2\n"未闭合')).toEqual([
      ['"ABC" 牌', '2'],
      ['"未闭合'],
    ])
  })

  it('reads an empty quoted cell', () => {
    expect(parseClipboardTable('""\tx')).toEqual([['', 'x']])
  })
})

describe('headerColumn and categoryCode', () => {
  it('knows the grid headers and common spreadsheet names, with or without the unit in brackets', () => {
    expect(headerColumn('品名')).toBe('name')
    expect(headerColumn(' 品牌/涉嫌侵权商标 ')).toBe('brand')
    expect(headerColumn('重量（千克）')).toBe('weightKg')
    expect(headerColumn('重量(kg)')).toBe('weightKg')
    expect(headerColumn('货值(元)')).toBe('valueYuan')
    expect(headerColumn('序号')).toBeNull()
    expect(headerColumn('单价')).toBeUndefined()
    // Another unit would scale the numbers: not taken as the weight/value column.
    expect(headerColumn('重量(克)')).toBeUndefined()
    expect(headerColumn('货值(万元)')).toBeUndefined()
  })

  it('maps a category label or code to the code and keeps unknown text', () => {
    expect(categoryCode('食品')).toBe('food')
    expect(categoryCode(' 化妆品 ')).toBe('cosmetics')
    expect(categoryCode('服装鞋帽')).toBe('apparel')
    expect(categoryCode('food')).toBe('food')
    expect(categoryCode('食品类')).toBe('food')
    expect(categoryCode('玩具')).toBe('玩具')
    expect(categoryCode('')).toBe('')
  })
})

describe('matchLocation', () => {
  const locations = [location('w1', '一号仓库'), location('s1', '一号仓库 / A架'), location('b1', '一号仓库 / A架 / 03'), location('b2', '二号仓库 / B架 / 03'), location('old', '旧仓库', true)]

  it('matches the path whatever the spacing and slash style, or a unique last name', () => {
    expect(matchLocation('一号仓库/A架/03', locations)?.id).toBe('b1')
    expect(matchLocation('一号仓库 ／ A架 ／ 03', locations)?.id).toBe('b1')
    expect(matchLocation('A架', locations)?.id).toBe('s1')
  })

  it('refuses an ambiguous name, a voided location and unknown text', () => {
    expect(matchLocation('03', locations)).toBeNull()
    expect(matchLocation('旧仓库', locations)).toBeNull()
    expect(matchLocation('三号仓库', locations)).toBeNull()
  })
})

describe('pasteIntoRows', () => {
  it('fills from the first cell across all columns, skipping the header row and mapping category labels', () => {
    const table = parseClipboardTable(
      '品名\t品牌/涉嫌侵权商标\t规格型号\t类别\t数量\t单位\t重量(千克)\t货值(元)\t存放位置\t备注\r\n' +
        '运动鞋\t耐克\t42码\t服装鞋帽\t12.5\t双\t0.25\t1,200.50\t一号仓库/A架/03\t左脚\r\n',
    )
    const { rows, unmatchedLocations, pastedRows } = pasteIntoRows([emptyRow()], 0, 0, table, ITEM_COLUMNS, [location('b1', '一号仓库 / A架 / 03')])
    expect(pastedRows).toBe(1)
    expect(unmatchedLocations).toEqual([])
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      name: '运动鞋',
      brand: '耐克',
      spec: '42码',
      category: 'apparel',
      qty: '12.5',
      unit: '双',
      weightKg: '0.25',
      valueYuan: '1,200.50',
      storageLocationId: 'b1',
      note: '左脚',
    })
    const { items, errors } = rowsToInput(rows)
    expect(errors).toEqual({})
    expect(items[0]).toMatchObject({ qtyMilli: 12500, weightG: 250, valueFen: 120050, category: 'apparel', storageLocationId: 'b1' })
  })

  it('places columns by a header row in another order and leaves out 序号 and unknown columns', () => {
    const table = parseClipboardTable('序号\t数量\t品名\t单价\t单位\n1\t3\t白酒\t99\t瓶\n2\t4\t香烟\t20\t条\n')
    const start = [rowWith({ note: '保留' })]
    const { rows } = pasteIntoRows(start, 0, 4 /* pasted in 数量, ignored: the header places columns */, table)
    expect(rows).toHaveLength(2)
    expect(rows[0]).toMatchObject({ name: '白酒', qty: '3', unit: '瓶', note: '保留', valueYuan: '' })
    expect(rows[1]).toMatchObject({ name: '香烟', qty: '4', unit: '条' })
  })

  it('does not take a data row for a header because a name looks like one', () => {
    const table = parseClipboardTable('名称\t品牌\t规格\t食品\t2\t件\n')
    const { rows, pastedRows } = pasteIntoRows([emptyRow()], 0, 0, table)
    expect(pastedRows).toBe(1)
    expect(rows[0]).toMatchObject({ name: '名称', brand: '品牌', spec: '规格', category: 'food', qty: '2', unit: '件' })
  })

  it('starts mid-grid: fills rightwards from the focused cell, adds rows below, drops cells past the last column', () => {
    const start = [rowWith({ name: '甲' }), rowWith({ name: '乙', qty: '1' }), rowWith({ name: '丙' })]
    const table = parseClipboardTable('5\t箱\t1.5\n6\t件\t2\n7\t瓶\t3\n8\t盒\t4\n')
    const qtyColumn = ITEM_COLUMNS.indexOf('qty')
    const { rows } = pasteIntoRows(start, 1, qtyColumn, table)
    expect(rows).toHaveLength(5)
    expect(rows[0]).toMatchObject({ name: '甲', qty: '' })
    expect(rows.slice(1).map((r) => [r.name, r.qty, r.unit, r.weightKg])).toEqual([
      ['乙', '5', '箱', '1.5'],
      ['丙', '6', '件', '2'],
      ['', '7', '瓶', '3'],
      ['', '8', '盒', '4'],
    ])
    // Keys stay unique so React keeps each row's inputs.
    expect(new Set(rows.map((r) => r.key)).size).toBe(5)
    // The original rows are not changed in place.
    expect(start[1]!.qty).toBe('1')

    const note = ITEM_COLUMNS.indexOf('note')
    const past = pasteIntoRows([emptyRow()], 0, note, parseClipboardTable('备注一\t多余\t更多'))
    expect(past.rows[0]!.note).toBe('备注一')
  })

  it('normalises full-width digits and points in number cells, trims cells, puts a multi-line cell on one line', () => {
    const table = parseClipboardTable('"运动鞋\n白色"\t  耐克 \t\t食品\t１２．５\t 双 \t０.２５\t￥１,２００.５０\n')
    const { rows } = pasteIntoRows([emptyRow()], 0, 0, table)
    expect(rows[0]).toMatchObject({ name: '运动鞋 白色', brand: '耐克', category: 'food', qty: '12.5', unit: '双', weightKg: '0.25', valueYuan: '1,200.50' })
    const { items, errors } = rowsToInput(rows)
    expect(errors).toEqual({})
    expect(items[0]).toMatchObject({ qtyMilli: 12500, weightG: 250, valueFen: 120050 })
  })

  it('joins a quoted multi-line name onto one line', () => {
    const { rows } = pasteIntoRows([emptyRow()], 0, 0, parseClipboardTable('"运动鞋\r\n（白色）"\t耐克\r\n'))
    expect(rows[0]).toMatchObject({ name: '运动鞋 （白色）', brand: '耐克' })
  })

  it('keeps an unknown category as text so the row reports it, and reports unknown locations', () => {
    const table = parseClipboardTable('玩具\t1\t个\t\t\t三号仓库\n')
    const category = ITEM_COLUMNS.indexOf('category')
    const { rows, unmatchedLocations } = pasteIntoRows([rowWith({ name: '积木', storageLocationId: 'keep' })], 0, category, table)
    expect(rows[0]).toMatchObject({ category: '玩具', qty: '1', unit: '个', storageLocationId: 'keep' })
    expect(unmatchedLocations).toEqual(['三号仓库'])
    expect(rowsToInput(rows).errors).toEqual({ 'items.0.category': '类别“玩具”不在列表中，请从下拉选择' })
  })

  it('overwrites cells with blanks like Excel does, and clears a location given as blank', () => {
    const { rows } = pasteIntoRows([rowWith({ name: '旧', brand: '旧牌', storageLocationId: 'x' })], 0, 0, [['新', '', '', '', '', '', '', '', '']])
    expect(rows[0]).toMatchObject({ name: '新', brand: '', storageLocationId: null })
  })
})
