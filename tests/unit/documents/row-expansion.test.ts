import { describe, expect, it } from 'vitest'
import PizZip from 'pizzip'
import { Paragraph } from 'docx'
import { Blocks, TEXT_ROWS_FROM } from '../../../electron/core/documents/blocks'
import { DEFAULT_FONTS, pageDocument, toDocxBytes } from '../../../electron/core/documents/gbt9704'
import { ZIHAO } from '../../../electron/core/documents/units'

// A long table's rows written as text (row-expansion.ts) must be the very XML the docx library writes for them:
// the same table is made both ways — as text, and by a Blocks that keeps every row a docx object — and the two
// document.xml compared character for character, over cells that test the escaping and the line breaks.

const HEAD = ['序号', '登记号\n决定书文号', '品名', '品牌', '数量', '货值（元）']
const CELLS = ['', '运动鞋 & 休闲鞋', '<script>"x"</script>', "O'Neill", '𠀀字', '一行\n二行\n', '\t制表', 'a\u0001b', '   ', '测试县东方商行有限公司'.repeat(3)]

const rows = (n: number) =>
  Array.from({ length: n }, (_v, i) => [String(i + 1), `2026-${String(i).padStart(4, '0')}\n测市监处罚〔2026〕${i}号`, CELLS[i % CELLS.length]!, CELLS[(i * 3) % CELLS.length]!, `${i}双`, `${i * 100}.00`])

async function documentXml(b: Blocks, n: number, closing: boolean): Promise<string> {
  const table = b.table(HEAD, rows(n), {
    widths: 'content',
    nowrap: [true, true, false, false, false, true],
    sizePt: ZIHAO.五号,
    align: ['center', 'left', 'left', 'left', 'right', 'right'],
    closing: closing ? [new Paragraph('执法人员（签名）：')] : undefined,
  })
  const bytes = await toDocxBytes(pageDocument({ fonts: DEFAULT_FONTS, title: '清单', creator: '测试', children: [table] }), DEFAULT_FONTS, b.rowSets)
  return new PizZip(bytes).file('word/document.xml')!.asText()
}

describe('long tables written as text', () => {
  it('write exactly the XML of the docx library, with and without a closing', async () => {
    for (const closing of [false, true]) {
      const n = TEXT_ROWS_FROM + CELLS.length * 2
      const text = new Blocks(DEFAULT_FONTS)
      const asText = await documentXml(text, n, closing)
      expect(text.rowSets.size).toBe(1)
      const asObjects = await documentXml(new Blocks(DEFAULT_FONTS, Infinity), n, closing)
      expect(asText).toBe(asObjects)
      expect(asText).not.toContain('⟦tz')
      expect(asText).toContain('&lt;script&gt;&quot;x&quot;&lt;/script&gt;')
      expect(asText.match(/<w:tr>/g)?.length).toBe(n + 1 + (closing ? 1 : 0))
    }
  })

  it('leaves shorter tables to the library', async () => {
    const b = new Blocks(DEFAULT_FONTS)
    await documentXml(b, TEXT_ROWS_FROM - 1, false)
    expect(b.rowSets.size).toBe(0)
  })
})
