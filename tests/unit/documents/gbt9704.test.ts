import { describe, expect, it } from 'vitest'
import { BODY_CHAR_SPACING_TWIPS, DEFAULT_FONTS, LINE_PITCH_TWIPS, PAGE_NUMBER_LINE_TWIPS } from '../../../electron/core/documents/gbt9704'
import { elements, firstElement, footers, plainText, readDocx, runs } from '../../support/docx-read'
import { sampleDocx } from './sample-document'

const mm = (twips: string | undefined) => (Number(twips) * 25.4) / 1440

describe('GB/T 9704 page model, read back from the .docx', async () => {
  const parts = readDocx(await sampleDocx())
  const doc = parts['word/document.xml']!
  const styles = parts['word/styles.xml']!
  const settings = parts['word/settings.xml']!

  it('is A4 with margins 37 / 28 / 26 / 35 mm', () => {
    const size = firstElement(doc, 'w:pgSz')
    expect(mm(size['w:w'])).toBeCloseTo(210, 0)
    expect(mm(size['w:h'])).toBeCloseTo(297, 0)
    const m = firstElement(doc, 'w:pgMar')
    expect(mm(m['w:top'])).toBeCloseTo(37, 1)
    expect(mm(m['w:left'])).toBeCloseTo(28, 1)
    expect(mm(m['w:right'])).toBeCloseTo(26, 1)
    expect(mm(m['w:bottom'])).toBeCloseTo(35, 1)
    // Type area 156 × 225 mm.
    expect(mm(String(Number(size['w:w']) - Number(m['w:left']) - Number(m['w:right'])))).toBeCloseTo(156, 0)
    expect(mm(String(Number(size['w:h']) - Number(m['w:top']) - Number(m['w:bottom'])))).toBeCloseTo(225, 0)
  })

  it('has a 22-line grid that fits the type area exactly, and 3号 text condensed so exactly 28 characters fill a line', () => {
    const grid = firstElement(doc, 'w:docGrid')
    expect(grid['w:type']).toBe('lines')
    expect(Number(grid['w:linePitch'])).toBe(LINE_PITCH_TWIPS)
    // The type area as Word computes it from the file: 22 lines fit in it, 23 do not (580 × 22 did not fit).
    const typeArea = Number(firstElement(doc, 'w:pgSz')['w:h']) - Number(firstElement(doc, 'w:pgMar')['w:top']) - Number(firstElement(doc, 'w:pgMar')['w:bottom'])
    expect(22 * Number(grid['w:linePitch'])).toBeLessThanOrEqual(typeArea)
    expect(23 * Number(grid['w:linePitch'])).toBeGreaterThan(typeArea)
    expect(typeArea - 22 * Number(grid['w:linePitch'])).toBeLessThan(22)
    // Every grid line of the body is that pitch: the default, the Normal style and each paragraph that sets one.
    for (const xml of [styles, doc]) for (const sp of elements(xml, 'w:spacing').filter((e) => e['w:lineRule'] === 'exact' && Number(e['w:line']) > 500)) expect(sp['w:line']).toBe(String(LINE_PITCH_TWIPS))
    const lineWidthPt = (156 / 25.4) * 72
    const pitch = 16 + BODY_CHAR_SPACING_TWIPS / 20
    expect(28 * pitch).toBeLessThanOrEqual(lineWidthPt)
    expect(29 * pitch).toBeGreaterThan(lineWidthPt)
    const bodyRuns = runs(doc).filter((r) => /<w:sz w:val="32"\/>/.test(r.rPr))
    expect(bodyRuns.length).toBeGreaterThan(20)
    for (const r of bodyRuns) expect(firstElement(r.rPr, 'w:spacing')['w:val'], r.text).toBe(String(BODY_CHAR_SPACING_TWIPS))
  })

  it('defaults to 3号 仿宋_GB2312 with Times New Roman for digits and Latin', () => {
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)![0]
    expect(firstElement(defaults, 'w:rFonts')).toMatchObject({
      'w:eastAsia': '仿宋_GB2312',
      'w:ascii': 'Times New Roman',
      'w:hAnsi': 'Times New Roman',
      'w:cs': 'Times New Roman',
    })
    expect(firstElement(defaults, 'w:sz')['w:val']).toBe('32')
  })

  it('sets the east-Asian font and the other three slots on every run', () => {
    const all = runs(doc).filter((r) => r.text.length > 0)
    expect(all.length).toBeGreaterThan(100)
    for (const r of all) {
      const f = firstElement(r.rPr, 'w:rFonts')
      expect(Object.keys(f), r.text).toEqual(expect.arrayContaining(['w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia']))
    }
  })

  it('sets title 2号小标宋, headings 黑体 and 楷体, body 3号仿宋 with a two-character first-line indent', () => {
    const byText = (t: string) => runs(doc).find((r) => r.text === t)!
    const title = byText('关于集中销毁侵权假冒伪劣商品的公告')
    expect(firstElement(title.rPr, 'w:rFonts')['w:eastAsia']).toBe('方正小标宋简体')
    expect(firstElement(title.rPr, 'w:sz')['w:val']).toBe('44')
    expect(firstElement(byText('一、销毁物品').rPr, 'w:rFonts')['w:eastAsia']).toBe('黑体')
    expect(firstElement(byText('（一）物品明细').rPr, 'w:rFonts')['w:eastAsia']).toBe('楷体_GB2312')
    const body = /<w:p>(?:(?!<\/w:p>)[\s\S])*?根据《中华人民共和国行政强制法》[\s\S]*?<\/w:p>/.exec(doc)![0]
    expect(firstElement(body, 'w:ind')['w:firstLine']).toBe('630') // two characters of 15.75 pt
    expect(firstElement(body, 'w:sz')['w:val']).toBe('32')
  })

  it('numbers pages "— N —" in 4号宋体: odd pages right, even pages left, one character in', () => {
    expect(settings).toMatch(/<w:evenAndOddHeaders\s*\/>/)
    const byType = footers(parts)
    expect(Object.keys(byType).sort()).toEqual(['default', 'even'])
    for (const [type, side] of [['default', 'right'], ['even', 'left']] as const) {
      const xml = byType[type]!
      expect(firstElement(xml, 'w:jc')['w:val']).toBe(side)
      expect(firstElement(xml, 'w:ind')[`w:${side}`]).toBe('280')
      expect(xml).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/)
      expect(plainText(xml)).toMatch(/^— +—$/)
      expect(firstElement(xml, 'w:rFonts')).toMatchObject({ 'w:eastAsia': '宋体', 'w:ascii': '宋体' })
      expect(firstElement(xml, 'w:sz')['w:val']).toBe('28')
    }
  })

  it('gives the page number a line of its own, off the grid, with its 一字线 7 mm below the type area', () => {
    for (const xml of Object.values(footers(parts))) {
      // Not the body's 29 pt grid line: exactly its own 4号 line, not snapped to the grid.
      const spacing = firstElement(xml, 'w:spacing')
      expect(spacing).toMatchObject({ 'w:lineRule': 'exact', 'w:line': String(PAGE_NUMBER_LINE_TWIPS) })
      expect(Number(spacing['w:line'])).toBeLessThan(LINE_PITCH_TWIPS)
      expect(xml).toMatch(/<w:snapToGrid w:val="(false|0)"\/>/)
    }
    // The footer's last line ends `footer` above the page's foot; its middle (where a CJK dash sits, 0.5 mm
    // below it as measured in LibreOffice) is 28.5 mm up: the dash 7 mm under the type area's 35 mm margin.
    const footer = Number(firstElement(doc, 'w:pgMar')['w:footer'])
    expect(mm(String(footer + PAGE_NUMBER_LINE_TWIPS / 2))).toBeCloseTo(35 - 7 + 0.5, 1)
  })

  it('declares its fonts with what Word needs to substitute them: alternative names, panose, charset', () => {
    const table = parts['word/fontTable.xml']!
    const font = (name: string) => new RegExp(`<w:font w:name="${name}">([\\s\\S]*?)</w:font>`).exec(table)?.[1] ?? ''
    expect(font('仿宋_GB2312')).toContain('<w:altName w:val="仿宋"/>')
    expect(font('方正小标宋简体')).toContain('<w:altName w:val="宋体"/>')
    expect(font('楷体_GB2312')).toContain('<w:altName w:val="楷体"/>')
    for (const name of ['仿宋_GB2312', '方正小标宋简体', '黑体', '楷体_GB2312', '宋体']) expect(font(name), name).toContain('<w:charset w:val="86"/>')
    expect(font('仿宋_GB2312')).toContain('<w:panose1 w:val="02010609030101010101"/>')
    expect(font('Times New Roman')).toContain('<w:family w:val="roman"/>')
    // Widow control stated in the defaults and the Normal style, so Word and LibreOffice break pages alike.
    expect(/<w:pPrDefault><w:pPr><w:widowControl\/>/.test(styles)).toBe(true)
    expect(/w:styleId="Normal"(?:(?!<\/w:style>)[\s\S])*<w:widowControl\/>/.test(styles)).toBe(true)
  })

  it('repeats the table header row on every page and never splits a row', () => {
    const rows = [...doc.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0])
    expect(rows).toHaveLength(41)
    expect(rows[0]).toMatch(/<w:tblHeader\s*\/>/)
    expect(rows.slice(1).some((r) => /<w:tblHeader/.test(r))).toBe(false)
    for (const r of rows) expect(r).toMatch(/<w:cantSplit\s*\/>/)
  })

  it('writes 附件说明, the signature with an Arabic date without leading zeros, and signature lines', () => {
    const text = plainText(doc)
    expect(text).toContain('附件：1.销毁物品清单')
    expect(text).toContain('2.销毁现场照片')
    expect(text).toContain('2026年11月23日')
    expect(text).toContain('执法人员（签名）：')
    expect(text).toContain('清市监〔2026〕3号')
  })

  it('uses the fonts an office configured instead of the defaults', async () => {
    const custom = { ...DEFAULT_FONTS, body: '仿宋', title: '华文中宋' }
    const d = readDocx(await sampleDocx(custom))['word/document.xml']!
    const eastAsia = new Set(runs(d).map((r) => /w:eastAsia="([^"]+)"/.exec(r.rPr)?.[1]))
    expect(eastAsia).toContain('仿宋')
    expect(eastAsia).toContain('华文中宋')
    expect(eastAsia).not.toContain('仿宋_GB2312')
    expect(eastAsia).not.toContain('方正小标宋简体')
  })
})
