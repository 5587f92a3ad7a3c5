import { describe, expect, it } from 'vitest'
import { titleLines } from '../../../shared/rules/title-lines'
import { textWidthInChars } from '../../../shared/rules/text-width'

// Title lines by meaning (GB/T 9704 §7.3.1): broken where the title's parts meet, never inside a word or a
// number, in lines of similar length; the writer's own breaks kept. 20 characters of 2号 fill the type area.

const o = { maxChars: 20, width: textWidthInChars, agencyName: '测试县市场监督管理局' }

describe('title lines', () => {
  it('keeps a title that fits on one line', () => {
    expect(titleLines('关于集中销毁侵权假冒伪劣商品的公告', o)).toEqual(['关于集中销毁侵权假冒伪劣商品的公告'])
  })

  it('breaks after the agency name and before 关于, not inside 专项整治行动', () => {
    const lines = titleLines('测试县市场监督管理局关于开展2026年度侵权假冒伪劣商品集中销毁专项整治行动的公告', o)
    expect(lines[0]).toBe('测试县市场监督管理局')
    expect(lines.slice(1).join('')).toBe('关于开展2026年度侵权假冒伪劣商品集中销毁专项整治行动的公告')
    expect(lines.join('|')).not.toMatch(/专项整治行\|动|专\|项|整治\|行动/)
    for (const l of lines) expect(textWidthInChars(l)).toBeLessThanOrEqual(20)
  })

  it('never splits a number or starts a line with closing punctuation, and keeps lines of similar length', () => {
    const lines = titleLines('关于对城关镇人民路123456号商铺销售假冒注册商标商品（运动鞋、服装）行为的处理决定', o)
    expect(lines.join('')).toBe('关于对城关镇人民路123456号商铺销售假冒注册商标商品（运动鞋、服装）行为的处理决定')
    expect(lines.some((l) => /123456/.test(l))).toBe(true)
    for (const l of lines) expect(l).not.toMatch(/^[、，。）]/)
    const widths = lines.map(textWidthInChars)
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThanOrEqual(6)
  })

  it('keeps the writer\'s breaks ("|" or a new line) and drops blank parts', () => {
    expect(titleLines('测试县市场监督管理局\n关于集中销毁|侵权假冒伪劣商品的公告', o)).toEqual(['测试县市场监督管理局', '关于集中销毁', '侵权假冒伪劣商品的公告'])
    expect(titleLines('关于集中销毁｜｜侵权假冒伪劣商品的公告\n\n', o)).toEqual(['关于集中销毁', '侵权假冒伪劣商品的公告'])
  })
})
