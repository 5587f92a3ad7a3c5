import { describe, expect, it } from 'vitest'
import { checkTemplate, fillTemplate, headingParts, MissingValuesError, placeholdersIn, templateLines } from '../../../shared/rules/template-text'

const known = ['机关名称', '事项', '正文']

describe('template placeholders', () => {
  it('finds placeholder names once each, in order, tolerating spaces inside the braces', () => {
    expect(placeholdersIn('{{机关名称}}关于{{ 事项 }}的公告，{{机关名称}}')).toEqual(['机关名称', '事项'])
    expect(placeholdersIn('没有占位符')).toEqual([])
  })

  it('reports unknown names, empty braces and unpaired braces before saving', () => {
    expect(checkTemplate('{{机关名称}}{{事项}}', known)).toEqual([])
    expect(checkTemplate('{{机关名}}和{{不存在}}', known)).toEqual(['未知的占位符：{{机关名}}、{{不存在}}'])
    expect(checkTemplate('{{}}', known)).toEqual(['有空的占位符 {{}}'])
    expect(checkTemplate('{{事项}', known)).toEqual(['有未配对的 {{ 或 }}，占位符应写成 {{名称}}'])
    expect(checkTemplate('事项}}', known)).toHaveLength(1)
  })

  it('fills every placeholder and refuses to leave a blank for missing data', () => {
    expect(fillTemplate('{{机关名称}}关于{{事项}}的公告', { 机关名称: '清溪县市场监督管理局', 事项: '销毁' })).toBe('清溪县市场监督管理局关于销毁的公告')
    expect(() => fillTemplate('{{机关名称}}{{事项}}', { 机关名称: 'X', 事项: '  ' })).toThrow(MissingValuesError)
    try {
      fillTemplate('{{事项}}{{正文}}', {})
    } catch (err) {
      expect((err as MissingValuesError).names).toEqual(['事项', '正文'])
      expect((err as Error).message).toBe('以下内容未填写：事项、正文')
    }
  })

  it('reads lines as headings and paragraphs; a short first line ending in "：" is body text, not a 主送机关', () => {
    expect(templateLines('根据有关规定，现将有关事项公告如下：\n\n一、总体情况\n（一）查扣\n本年共查扣……\n  \n特此公告。')).toEqual([
      { kind: 'paragraph', text: '根据有关规定，现将有关事项公告如下：' },
      { kind: 'heading1', text: '一、总体情况' },
      { kind: 'heading2', text: '（一）查扣' },
      { kind: 'paragraph', text: '本年共查扣……' },
      { kind: 'paragraph', text: '特此公告。' },
    ])
    expect(templateLines('正文。\n联系电话：0598-1234567')[1]).toEqual({ kind: 'paragraph', text: '联系电话：0598-1234567' })
  })

  it('splits a heading line into its heading words, up to the first 。, and the text after them', () => {
    expect(headingParts('一、销毁时间。本次集中销毁定于12月1日。')).toEqual({ heading: '一、销毁时间。', rest: '本次集中销毁定于12月1日。' })
    expect(headingParts('（一）服装鞋帽类。运动鞋120双')).toEqual({ heading: '（一）服装鞋帽类。', rest: '运动鞋120双' })
    expect(headingParts('一、总体情况')).toEqual({ heading: '一、总体情况', rest: '' })
    expect(headingParts('一、总体情况。')).toEqual({ heading: '一、总体情况。', rest: '' })
  })
})
