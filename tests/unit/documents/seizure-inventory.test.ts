import { describe, expect, it } from 'vitest'
import { buildDocument } from '../../../electron/core/documents/generate'
import { KINDS } from '../../../electron/core/documents/kinds'
import { mmToTwip, textWidthInChars } from '../../../electron/core/documents/units'
import type { ItemLine, Seizure } from '../../../shared/api/seizure-types'
import { bodyParagraphs as topParagraphs, cellsOf, elements, plainText, readDocx, rowsOf, tables as topTables } from '../../support/docx-read'
import { AGENCY, itemLine, LONG_NAME, loopTemplate, manyLines, seizureRecord, THREE_LINES } from './seizure-record'

// 查封（扣押）物品清单 built from a made-up seizure and read back from the .docx.

const build = (seizure: Seizure, template: { title: string; body: string; docx?: Buffer } = KINDS.seizure_inventory.defaultTemplate) =>
  buildDocument('seizure_inventory', template, { agency: AGENCY, date: '2026-11-02', inputs: {}, record: { type: 'seizure', seizure } }, AGENCY.fullName)

const documentXml = (bytes: Buffer) => readDocx(bytes)['word/document.xml']!
/** The item table: the one whose header row repeats (the header fields are a table too). */
const itemTable = (xml: string) => topTables(xml).find((t) => t.includes('<w:tblHeader/>'))!
/** The item table's rows: its own, then those carried into its closing row (a table nested in that row). */
const itemRows = (table: string) => {
  const rows = rowsOf(table)
  const carried = topTables(cellsOf(rows.at(-1)!)[0]!)[0]
  return [...rows.slice(0, -1), ...(carried ? rowsOf(carried) : [])]
}
/** A row's cells' text, a cell's paragraphs joined without breaks. */
const cells = (row: string) => cellsOf(row).map((c) => plainText(c).replace(/\n/g, ''))

describe('查封（扣押）物品清单', () => {
  it('is titled by the measure and prints the party, the decision, every line and the officers', async () => {
    const built = await build(seizureRecord())
    expect(built.title).toBe('扣押物品清单')
    // Named by what it is: the list, the register number, the party.
    expect(built.fileName).toBe('扣押物品清单_2026-0012_测试县东方商行有限公司.docx')
    const xml = documentXml(built.bytes)
    const text = plainText(xml)
    expect(text.split('\n')[0]).toBe('扣押物品清单')
    for (const s of ['登记号：2026-0012', '当事人：测试县东方商行有限公司', '法定代表人（负责人）：陈东方', '证件号码：91350100M000100Y43', '地址：测试县城关镇人民路88号', '决定书文号：测市监强制〔2026〕12号', '实施地点：测试县城关镇人民路88号东方商行']) {
      expect(text).toContain(s)
    }

    const [head, ...rows] = itemRows(itemTable(xml)).map(cells)
    expect(head).toEqual(['序号', '品名', '品牌（商标）', '规格型号', '数量', '单位', '重量（千克）', '备注'])
    expect(rows).toEqual([
      ['1', '运动鞋', 'NIKE', '42码', '120', '双', '96', '涉嫌假冒注册商标'],
      ['2', '散装茶叶', '西湖龙井', '散装', '12.5', '千克', '12.5', ''],
      ['3', LONG_NAME, '乐高', 'LG-60021', '36', '盒', '', ''],
    ])

    expect(text).toContain('以上物品共3项，系本机关依据《实施行政强制措施决定书》（测市监强制〔2026〕12号）于2026年11月2日实施扣押的物品。')
    expect(text).toContain('本清单一式二份，当事人和本机关各执一份。')
    expect(text).toContain('当事人（签名或盖章）：')
    expect(text).toContain('张执法（执法证号：35010012345）')
    expect(text).toContain('欧阳明华（执法证号：FJ-35010012346）')
    expect(text).toContain('见证人（签名或盖章）：')
    expect(text).toMatch(/测试县市场监督管理局\n2026年11月2日$/)
  })

  it('fits the table in the type area, repeats its header row on every page and never splits a row', async () => {
    const xml = documentXml((await build(seizureRecord({ items: manyLines(60) }))).bytes)
    const table = itemTable(xml)
    const rows = itemRows(table)
    expect(rows).toHaveLength(61)
    expect(rows[0]).toContain('<w:tblHeader/>')
    for (const row of rows.slice(1)) expect(row).not.toContain('<w:tblHeader/>')
    for (const row of rows) expect(row).toContain('<w:cantSplit/>')
    const names = rows.slice(1).map((r) => cells(r)[1])
    expect(names).toEqual(manyLines(60).map((l) => l.name))
    expect(rows.slice(1).map((r) => cells(r)[4])).toEqual(manyLines(60).map((_l, i) => (i % 2 ? `${i + 1}` : `${i + 1}.5`)))

    const columns = elements(table.slice(0, table.indexOf('</w:tblGrid>')), 'w:gridCol').map((c) => Number(c['w:w']))
    expect(columns).toHaveLength(8)
    expect(columns.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(mmToTwip(156))
    // 小四 cell text sets its own line height instead of taking a 3号 grid line per line (LibreOffice).
    for (const p of rows[1]!.match(/<w:pPr>[\s\S]*?<\/w:pPr>/g)!) expect(p).toMatch(/^<w:pPr><w:snapToGrid w:val="false"\/><w:spacing /)
  })

  it('sets the wording, the signature lines and the seal in the item table\'s last row, under its last two items', async () => {
    const xml = documentXml((await build(seizureRecord({ items: manyLines(60) }))).bytes)
    const table = itemTable(xml)
    const rows = rowsOf(table)
    // Header, items 1–58, then one unsplittable row: items 59 and 60 and the closing beneath them.
    expect(rows).toHaveLength(60)
    const closingRow = rows.at(-1)!
    expect(closingRow).toContain('<w:cantSplit/>')
    const [closingCell, ...others] = cellsOf(closingRow)
    expect(others).toEqual([])
    expect(elements(closingCell!, 'w:gridSpan')[0]).toMatchObject({ 'w:val': '8' })
    const [carried, noteAndSeal] = topTables(closingCell!)
    expect(rowsOf(carried!).map((r) => cells(r)[0])).toEqual(['59', '60'])
    // The carried rows line up with the table's columns.
    const gridOf = (t: string) => elements(t.slice(0, t.indexOf('</w:tblGrid>')), 'w:gridCol').map((c) => c['w:w'])
    expect(gridOf(carried!)).toEqual(gridOf(table))
    const paragraphs = topParagraphs(closingCell!.replace(/^<w:tc>/, '<w:body>'))
    expect(plainText(paragraphs[0]!)).toMatch(/^以上物品共60项/)
    expect(plainText(paragraphs.at(-1)!)).toBe('见证人（签名或盖章）：')
    expect(cells(rowsOf(noteAndSeal!)[0]!)).toEqual([expect.stringMatching(/^注：当事人拒绝签名/), '测试县市场监督管理局2026年11月2日'])
    // Nothing follows the table but the section's end.
    expect(xml.slice(xml.indexOf(table) + table.length)).not.toMatch(/<w:t[ >]/)
  })

  it('gives columns widths from what they hold: a note is not squeezed, a number never broken', async () => {
    const widthsOf = async (items: ItemLine[]) => {
      const table = itemTable(documentXml((await build(seizureRecord({ items }))).bytes))
      const head = cells(rowsOf(table)[0]!)
      const widths = elements(table.slice(0, table.indexOf('</w:tblGrid>')), 'w:gridCol').map((c) => Number(c['w:w']))
      expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(mmToTwip(156))
      expect(table).toContain('<w:tblLayout w:type="fixed"/>')
      // 小四 characters a cell holds, its side margins taken off.
      return (col: string) => (widths[head.indexOf(col)]! - 160) / 240
    }
    const short = [itemLine(1, { name: '运动鞋', qtyMilli: 120_000, unit: '双', note: '外包装破损' }), itemLine(2, { name: '散装茶叶', qtyMilli: 1_234_567_500, unit: '千克', weightG: 12_500 })]
    const chars = await widthsOf(short)
    // The note on one line (the old fixed column held 3.7 characters), the quantity whole.
    expect(chars('备注')).toBeGreaterThanOrEqual(textWidthInChars('外包装破损'))
    expect(chars('数量')).toBeGreaterThanOrEqual(textWidthInChars('1234567.5'))
    expect(chars('重量（千克）')).toBeGreaterThanOrEqual(textWidthInChars('（千克）'))
    // A long name takes the room the other columns do not need.
    const long = await widthsOf(THREE_LINES)
    expect(long('品名')).toBeGreaterThan(long('品牌（商标）'))
    expect(long('规格型号')).toBeGreaterThanOrEqual(textWidthInChars('LG-60021'))
  })

  it('leaves out the weight column when no line has a weight, and follows the measure for 先行登记保存', async () => {
    const items = THREE_LINES.map((l) => ({ ...l, weightG: null }))
    const built = await build(seizureRecord({ kind: 'preservation', items, party: { ...seizureRecord().party, type: 'natural_person', name: '王个人', legalRep: '', idNo: '' } }))
    expect(built.title).toBe('先行登记保存物品清单')
    const xml = documentXml(built.bytes)
    expect(cells(rowsOf(itemTable(xml))[0]!)).toEqual(['序号', '品名', '品牌（商标）', '规格型号', '数量', '单位', '备注'])
    const text = plainText(xml)
    expect(text).toContain('通知书文号：测市监强制〔2026〕12号')
    expect(text).toContain('依据《先行登记保存证据通知书》')
    // What the record leaves blank is left out rather than printed empty.
    expect(text).not.toContain('法定代表人')
    expect(text).not.toContain('证件号码')
  })

  it('fills an uploaded Word template, repeating its table row once per line', async () => {
    const built = await build(seizureRecord(), { ...KINDS.seizure_inventory.defaultTemplate, docx: await loopTemplate() })
    const xml = documentXml(built.bytes)
    expect(xml).not.toContain('{{')
    expect(plainText(xml)).toContain('扣押物品清单（2026-0012）')
    expect(plainText(xml)).toContain('当事人：测试县东方商行有限公司，共3项')
    expect(rowsOf(topTables(xml)[0]!).map(cells)).toEqual([
      ['序号', '品名', '数量', '重量', '货值（元）', '备注'],
      ['1', '运动鞋（NIKE）', '120双', '96', '36000.00', '涉嫌假冒注册商标'],
      ['2', '散装茶叶（西湖龙井）', '12.5千克', '12.5', '', ''],
      ['3', `${LONG_NAME}（乐高）`, '36盒', '', '7200.00', ''],
    ])
  })
})
