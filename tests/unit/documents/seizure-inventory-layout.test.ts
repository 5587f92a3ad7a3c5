import { describe, expect, it } from 'vitest'
import { buildDocument } from '../../../electron/core/documents/generate'
import { KINDS } from '../../../electron/core/documents/kinds'
import type { Seizure } from '../../../shared/api/seizure-types'
import { elements, firstElement, footers, plainText, readDocx, runs } from '../../support/docx-read'
import { AGENCY, manyLines, seizureRecord } from './seizure-record'

// How the 物品清单 uses the sheet: a dense header, a closing signed by hand, a signature line on every page
// (render-layout.test.ts sees them laid out).

const build = async (seizure: Seizure) =>
  (await buildDocument('seizure_inventory', KINDS.seizure_inventory.defaultTemplate, { agency: AGENCY, date: '2026-11-02', inputs: {}, record: { type: 'seizure', seizure } }, AGENCY.fullName)).bytes

const firstTable = (xml: string) => /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml)![0]
const rowsOf = (table: string) => [...table.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((m) => [...m[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => plainText(c[0])))
const paragraphWith = (xml: string, text: string) => [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]).find((p) => plainText(p).startsWith(text))!
const sizes = (xml: string) => new Set(elements(xml, 'w:sz').map((e) => e['w:val']))

describe('物品清单 on the sheet', () => {
  it('lays the header fields out two to a line in 小四 where they fit, without borders, labels in 黑体', async () => {
    const xml = readDocx(await build(seizureRecord()))['word/document.xml']!
    const grid = firstTable(xml)
    expect(rowsOf(grid)).toEqual([
      ['当事人：测试县东方商行有限公司', '法定代表人（负责人）：陈东方'],
      ['证件号码：91350100M000100Y43', '地址：测试县城关镇人民路88号'],
      ['决定书文号：测市监强制〔2026〕12号'],
      ['实施地点：测试县城关镇人民路88号东方商行'],
    ])
    expect(elements(grid, 'w:gridSpan').map((e) => e['w:val'])).toEqual(['1', '1', '1', '1', '2', '2'])
    for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) expect(firstElement(grid, `w:${side}`)['w:val']).toBe('none')
    expect(sizes(grid)).toEqual(new Set(['24']))
    const label = runs(grid).find((r) => r.text === '当事人：')!
    expect(firstElement(label.rPr, 'w:rFonts')['w:eastAsia']).toBe('黑体')
    // The title stays 2号 小标宋, the 登记号 over the grid.
    const title = runs(xml).find((r) => r.text === '扣押物品清单')!
    expect(firstElement(title.rPr, 'w:rFonts')['w:eastAsia']).toBe('方正小标宋简体')
    expect(firstElement(title.rPr, 'w:sz')['w:val']).toBe('44')
    expect(xml.indexOf('登记号：2026-0012')).toBeLessThan(xml.indexOf(grid))
  })

  it('sets the closing in 4号 with room above each line to sign on, and the 注 in 五号', async () => {
    const xml = readDocx(await build(seizureRecord()))['word/document.xml']!
    for (const text of ['以上物品共3项', '本清单一式二份', '当事人（签名或盖章）：', '执法人员（签名）：', '张执法（执法证号：35010012345）', '见证人（签名或盖章）：', '测试县市场监督管理局', '2026年11月2日']) {
      expect(sizes(paragraphWith(xml, text)), text).toEqual(new Set(['28']))
    }
    expect(sizes(paragraphWith(xml, '注：'))).toEqual(new Set(['21']))
    for (const text of ['当事人（签名或盖章）：', '欧阳明华（执法证号：FJ-35010012346）', '见证人（签名或盖章）：']) {
      const p = paragraphWith(xml, text)
      expect(Number(firstElement(p, 'w:spacing')['w:before']), text).toBeGreaterThanOrEqual(160)
      // The blank runs to the right edge of the type area: an underlined tab.
      expect(p).toMatch(/<w:u w:val="single"\/><\/w:rPr><w:tab\/>/)
    }
  })

  it('signs every page with 第N页 共M页 as its only page number, on odd and even pages alike', async () => {
    const parts = readDocx(await build(seizureRecord({ items: manyLines(60) })))
    const byType = footers(parts)
    expect(Object.keys(byType).sort()).toEqual(['default', 'even'])
    for (const type of ['default', 'even']) {
      const paragraphs = [...byType[type]!.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0])
      // One page number is enough on a form that counts its sheets: no "— N —" under the line.
      expect(paragraphs).toHaveLength(1)
      const [signLine] = paragraphs as [string]
      expect(plainText(signLine)).toMatch(/^当事人签名：执法人员签名：第 *页 共 *页$/)
      expect(signLine).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/)
      expect(signLine).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/)
      expect(sizes(signLine)).toEqual(new Set(['24']))
      expect(byType[type]).not.toContain('— ')
    }
  })
})
