import { describe, expect, it } from 'vitest'
import { buildDocument } from '../../../electron/core/documents/generate'
import { KINDS } from '../../../electron/core/documents/kinds'
import { mmToTwip } from '../../../electron/core/documents/units'
import type { Seizure } from '../../../shared/api/seizure-types'
import { elements, plainText, readDocx } from '../../support/docx-read'
import { AGENCY, LONG_NAME, loopTemplate, manyLines, seizureRecord, THREE_LINES } from './seizure-record'

// 查封（扣押）物品清单 built from a made-up seizure and read back from the .docx.

const build = (seizure: Seizure, template: { title: string; body: string; docx?: Buffer } = KINDS.seizure_inventory.defaultTemplate) =>
  buildDocument('seizure_inventory', template, { agency: AGENCY, date: '2026-11-02', inputs: {}, record: { type: 'seizure', seizure } }, AGENCY.fullName)

const documentXml = (bytes: Buffer) => readDocx(bytes)['word/document.xml']!
const tables = (xml: string) => [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0])
/** The item table: the one whose header row repeats (the header fields and the closing are tables too). */
const itemTable = (xml: string) => tables(xml).find((t) => t.includes('<w:tblHeader/>'))!
const tableRows = (xml: string) => [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((m) => m[0])
/** A row's cells' text, a cell's paragraphs joined without breaks. */
const cells = (row: string) => [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => plainText(c[0]).replace(/\n/g, ''))
/** The body's paragraphs outside tables. */
const bodyParagraphs = (xml: string) => [...xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '').matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0])

describe('查封（扣押）物品清单', () => {
  it('is titled by the measure and prints the party, the decision, every line and the officers', async () => {
    const built = await build(seizureRecord())
    expect(built.title).toBe('扣押物品清单')
    expect(built.fileName).toBe('扣押物品清单（2026-11-02）.docx')
    const xml = documentXml(built.bytes)
    const text = plainText(xml)
    expect(text.split('\n')[0]).toBe('扣押物品清单')
    for (const s of ['登记号：2026-0012', '当事人：测试县东方商行有限公司', '法定代表人（负责人）：陈东方', '证件号码：91350100M000100Y43', '地址：测试县城关镇人民路88号', '决定书文号：测市监强制〔2026〕12号', '实施地点：测试县城关镇人民路88号东方商行']) {
      expect(text).toContain(s)
    }

    const [head, ...rows] = tableRows(itemTable(xml)).map(cells)
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
    const rows = tableRows(table)
    expect(rows).toHaveLength(61)
    expect(rows[0]).toContain('<w:tblHeader/>')
    for (const row of rows.slice(1)) expect(row).not.toContain('<w:tblHeader/>')
    for (const row of rows) expect(row).toContain('<w:cantSplit/>')
    const names = rows.slice(1).map((r) => cells(r)[1])
    expect(names).toEqual(manyLines(60).map((l) => l.name))
    expect(rows.slice(1).map((r) => cells(r)[4])).toEqual(manyLines(60).map((_l, i) => (i % 2 ? `${i + 1}` : `${i + 1}.5`)))

    const columns = elements(table, 'w:gridCol').map((c) => Number(c['w:w']))
    expect(columns).toHaveLength(8)
    expect(columns.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(mmToTwip(156))
    // 小四 cell text sets its own line height instead of taking a 3号 grid line per line (LibreOffice).
    for (const p of rows[1]!.match(/<w:pPr>[\s\S]*?<\/w:pPr>/g)!) expect(p).toMatch(/^<w:pPr><w:snapToGrid w:val="false"\/><w:spacing /)
  })

  it('keeps the wording, the signature lines and the seal together on the last page, with the last item in Word', async () => {
    const xml = documentXml((await build(seizureRecord({ items: manyLines(60) }))).bytes)
    const table = itemTable(xml)
    const closing = xml.slice(xml.indexOf(table) + table.length)
    const [noteAndSeal] = tables(closing)
    const before = bodyParagraphs(closing.slice(0, closing.indexOf('<w:tbl>')))
    expect(plainText(before[0]!)).toMatch(/^以上物品共60项/)
    expect(plainText(before.at(-1)!)).toBe('见证人（签名或盖章）：')
    // Every paragraph keeps with the next down to the table that holds the 注, the agency and the date.
    for (const p of before) expect(p).toContain('<w:keepNext/>')
    expect(cells(tableRows(noteAndSeal!)[0]!)).toEqual([expect.stringMatching(/^注：当事人拒绝签名/), '测试县市场监督管理局2026年11月2日'])
    expect(closing.slice(closing.indexOf(noteAndSeal!) + noteAndSeal!.length)).not.toMatch(/<w:t[ >]/)
    // The last row keeps with the closing too (Word honours that in a table; LibreOffice does not).
    const rows = tableRows(table)
    for (const p of rows.at(-1)!.match(/<w:pPr>[\s\S]*?<\/w:pPr>/g)!) expect(p).toContain('<w:keepNext/>')
    for (const p of rows.at(-2)!.match(/<w:pPr>[\s\S]*?<\/w:pPr>/g)!) expect(p).not.toContain('<w:keepNext/>')
  })

  it('leaves out the weight column when no line has a weight, and follows the measure for 先行登记保存', async () => {
    const items = THREE_LINES.map((l) => ({ ...l, weightG: null }))
    const built = await build(seizureRecord({ kind: 'preservation', items, party: { ...seizureRecord().party, type: 'natural_person', name: '王个人', legalRep: '', idNo: '' } }))
    expect(built.title).toBe('先行登记保存物品清单')
    const xml = documentXml(built.bytes)
    expect(cells(tableRows(itemTable(xml))[0]!)).toEqual(['序号', '品名', '品牌（商标）', '规格型号', '数量', '单位', '备注'])
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
    expect(tableRows(xml).map(cells)).toEqual([
      ['序号', '品名', '数量', '重量', '货值（元）', '备注'],
      ['1', '运动鞋（NIKE）', '120双', '96', '36000.00', '涉嫌假冒注册商标'],
      ['2', '散装茶叶（西湖龙井）', '12.5千克', '12.5', '', ''],
      ['3', `${LONG_NAME}（乐高）`, '36盒', '', '7200.00', ''],
    ])
  })
})
