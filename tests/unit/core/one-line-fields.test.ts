import { describe, expect, it } from 'vitest'
import { seizureFields } from '../../../shared/api/seizures'
import { ITEM_TEXT_MAX } from '../../../shared/domain/seizures'
import { seizureInput } from '../../support/seizures'

// One-line fields (names, addresses, 品名…) hold no line break or tab: a Word template prints a break as a
// real one. Multi-line fields (备注) keep theirs. And an item's texts are capped at what the 物品清单 holds.

const issues = (input: unknown) => (seizureFields.safeParse(input).error?.issues ?? []).map((i) => [i.path.join('.'), i.message])

describe('the seizure contract', () => {
  it('refuses a line break or tab in one-line fields, under the field', () => {
    const party = { ...seizureInput().party, name: '测试县东方\n商行有限公司', address: '城关镇\t人民路88号' }
    const officers = [{ name: '张\r\n执法', certNo: '35010012345' }, seizureInput().officers[1]!]
    expect(issues(seizureInput({ party, officers }))).toEqual([
      ['officers.0.name', '执法人员姓名只能写一行，不能包含换行或制表符'],
      ['party.name', '当事人名称只能写一行，不能包含换行或制表符'],
      ['party.address', '地址只能写一行，不能包含换行或制表符'],
    ])
    const items = [{ ...seizureInput().items[0]!, name: '运动鞋\n（男款）' }]
    expect(issues(seizureInput({ items }))).toEqual([['items.0.name', '品名只能写一行，不能包含换行或制表符']])
  })

  it('keeps line breaks in the 备注 of the record, and trims the ends of one-line fields as before', () => {
    const parsed = seizureFields.parse(seizureInput({ notes: '第一行\n第二行', party: { ...seizureInput().party, name: '  测试县东方商行有限公司\n' } }))
    expect(parsed.notes).toBe('第一行\n第二行')
    expect(parsed.party.name).toBe('测试县东方商行有限公司')
  })

  it('caps an item line\'s texts at what the 物品清单 holds, saying how long they may be', () => {
    const line = seizureInput().items[0]!
    const items = [{ ...line, name: '品'.repeat(ITEM_TEXT_MAX.name + 1), brand: '牌'.repeat(ITEM_TEXT_MAX.brand + 1), spec: '规'.repeat(ITEM_TEXT_MAX.spec + 1), note: '注'.repeat(ITEM_TEXT_MAX.note + 1) }]
    expect(issues(seizureInput({ items }))).toEqual([
      ['items.0.name', `品名不能超过${ITEM_TEXT_MAX.name}个字`],
      ['items.0.brand', `品牌/涉嫌侵权商标不能超过${ITEM_TEXT_MAX.brand}个字`],
      ['items.0.spec', `规格型号不能超过${ITEM_TEXT_MAX.spec}个字`],
      ['items.0.note', `备注不能超过${ITEM_TEXT_MAX.note}个字`],
    ])
    const atCap = [{ ...line, name: '品'.repeat(ITEM_TEXT_MAX.name), brand: '牌'.repeat(ITEM_TEXT_MAX.brand), spec: '规'.repeat(ITEM_TEXT_MAX.spec), note: '注'.repeat(ITEM_TEXT_MAX.note) }]
    expect(issues(seizureInput({ items: atCap }))).toEqual([])
  })
})
