import { describe, expect, it } from 'vitest'
import type { ItemLine } from '../../../shared/api/seizure-types'
import { emptyRow, errorKey, isBlank, itemIndexes, itemTotals, rowFromLine, rowsToInput, type ItemRow } from '../../../renderer/src/features/seizures/items/item-rows'

const row = (over: Partial<ItemRow>): ItemRow => ({ ...emptyRow(), name: '运动鞋', category: 'apparel', qty: '1', unit: '双', ...over })

describe('rowsToInput', () => {
  it('converts exactly: 12.5 → 12500 thousandths, 1,200.50 元 → 120050 fen, 0.25 kg → 250 g', () => {
    const { items, errors } = rowsToInput([row({ qty: '12.5', valueYuan: '1,200.50', weightKg: '0.25', storageLocationId: 'loc1', brand: ' 耐克 ' })])
    expect(errors).toEqual({})
    expect(items).toEqual([
      {
        name: '运动鞋',
        brand: '耐克',
        spec: '',
        category: 'apparel',
        qtyMilli: 12500,
        unit: '双',
        weightG: 250,
        valueFen: 120050,
        storageLocationId: 'loc1',
        note: '',
      },
    ])
  })

  it('reads full-width digits, the full-width point and ¥ / 元 / 千克 marks', () => {
    const { items, errors } = rowsToInput([row({ qty: '１２．５', valueYuan: '￥0.10元', weightKg: '3千克' })])
    expect(errors).toEqual({})
    expect(items[0]).toMatchObject({ qtyMilli: 12500, valueFen: 10, weightG: 3000 })
  })

  it('leaves optional numbers null when blank and keeps a saved line id', () => {
    const { items } = rowsToInput([row({ id: 'line-1', key: 'line-1' })])
    expect(items[0]).toMatchObject({ id: 'line-1', weightG: null, valueFen: null })
  })

  it('skips blank rows; error indexes count the rows sent', () => {
    const spaces = row({ name: '  ', brand: ' ', qty: '', unit: '', category: '' })
    const rows = [emptyRow(), row({ name: '甲' }), spaces, emptyRow(), row({ name: '', qty: 'abc' })]
    expect(rows.map(isBlank)).toEqual([true, false, true, true, false])
    expect(itemIndexes(rows)).toEqual([null, 0, null, null, 1])
    const { items, errors } = rowsToInput(rows)
    expect(items).toHaveLength(2)
    expect(errors['items.1.name']).toBe('请填写品名')
    expect(errors['items.1.qtyMilli']).toBe('数量应为不带符号的数字，如 12 或 12.5')
  })

  it('puts Chinese messages on the exact keys of the contract', () => {
    const { errors } = rowsToInput([
      row({ name: '' }),
      row({ qty: '1.2345' }),
      row({ qty: '0' }),
      row({ category: '玩具' }),
      row({ category: '' }),
      row({ unit: '' }),
      row({ valueYuan: '1.234' }),
      row({ weightKg: '0.0001' }),
      row({ valueYuan: '-5' }),
      row({ qty: '' }),
      row({ name: '品'.repeat(101) }),
    ])
    expect(errors).toEqual({
      'items.0.name': '请填写品名',
      'items.1.qtyMilli': '数量最多3位小数',
      'items.2.qtyMilli': '数量应大于0',
      'items.3.category': '类别“玩具”不在列表中，请从下拉选择',
      'items.4.category': '请选择类别',
      'items.5.unit': '请填写单位',
      'items.6.valueFen': '货值最多2位小数',
      'items.7.weightG': '重量最多3位小数',
      'items.8.valueFen': '货值应为不带符号的数字，如 12 或 12.5',
      'items.9.qtyMilli': '请填写数量',
      'items.10.name': '品名不能超过50个字',
    })
  })

  it('a row with only a location chosen is not blank', () => {
    const { errors } = rowsToInput([{ ...emptyRow(), storageLocationId: 'loc1' }])
    expect(Object.keys(errors).sort()).toEqual(['items.0.category', 'items.0.name', 'items.0.qtyMilli', 'items.0.unit'])
  })

  it('errorKey uses the contract field names', () => {
    expect(errorKey(3, 'qty')).toBe('items.3.qtyMilli')
    expect(errorKey(0, 'weightKg')).toBe('items.0.weightG')
    expect(errorKey(1, 'valueYuan')).toBe('items.1.valueFen')
    expect(errorKey(2, 'location')).toBe('items.2.storageLocationId')
  })
})

describe('rowFromLine', () => {
  it('turns a saved line back into text that converts to the same numbers', () => {
    const line: ItemLine = {
      id: 'l1',
      lineNo: 1,
      name: '白酒',
      brand: '茅台',
      spec: '500ml',
      category: 'tobacco_alcohol',
      qtyMilli: 12500,
      unit: '瓶',
      weightG: 250,
      valueFen: 120050,
      storageLocationId: 'b1',
      storageLocationPath: '一号仓库 / A架 / 03',
      note: '',
      disposedMilli: { release: 0, confiscation: 0, transfer: 0 },
      remainingMilli: 12500,
      inBatchMilli: 0,
      destroyedMilli: 0,
    }
    const r = rowFromLine(line)
    expect(r).toMatchObject({ key: 'l1', id: 'l1', qty: '12.5', weightKg: '0.25', valueYuan: '1200.50', category: 'tobacco_alcohol', storageLocationId: 'b1' })
    expect(rowsToInput([r]).items[0]).toMatchObject({ id: 'l1', qtyMilli: 12500, weightG: 250, valueFen: 120050 })
    expect(rowFromLine({ ...line, weightG: null, valueFen: null })).toMatchObject({ weightKg: '', valueYuan: '' })
  })
})

describe('itemTotals', () => {
  it('sums exactly over the readable cells of non-blank rows', () => {
    const rows = [row({ valueYuan: '0.10', weightKg: '0.001' }), row({ valueYuan: '0.20', weightKg: '1.5' }), emptyRow(), row({ valueYuan: 'x', weightKg: '' })]
    expect(itemTotals(rows)).toEqual({ lines: 3, valueFen: 30, weightG: 1501, unreadable: 1 })
  })
})

describe('emptyRow', () => {
  it('gives each row its own key', () => {
    expect(emptyRow().key).not.toBe(emptyRow().key)
    expect(isBlank(emptyRow())).toBe(true)
  })
})
