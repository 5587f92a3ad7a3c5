import { afterEach, describe, expect, it } from 'vitest'
import type { CoreHarness } from '../../support/temp-core'
import { PERSON, typicalOffice } from '../../support/typical-cases'
import { dbContent } from '../../support/db-snapshot'
import { bodyParagraphs, headedTableRows, plainText, readDocx } from '../../support/docx-read'
import type { ClientContext } from '../../../electron/core'
import type { TypicalEntry } from '../../../shared/api/typical-types'

// The collection's documents through core: the 典型案例集 in the chosen order with every party masked — even a
// number or name typed back into a finalised text — and the 报送表 table; issued only when every case is
// final; the masking setting for a person's own name.

let t: CoreHarness
afterEach(() => t?.dispose())

const finalise = async (e: TypicalEntry, patch: Partial<TypicalEntry['text']>, legal: ClientContext, boss: ClientContext, confirmed: string[] = []) => {
  let x = await t.ok('typical.save', { id: e.id, version: e.version, text: { ...e.text, ...patch }, confirmed }, legal)
  x = await t.ok('typical.submit', { id: x.id, version: x.version }, legal)
  return t.ok('typical.finalise', { id: x.id, version: x.version }, boss)
}

const xmlOf = (base64: string) => Object.values(readDocx(Buffer.from(base64, 'base64'))).join('\n')

describe('典型案例 documents', () => {
  it('print the collection in order, masked, and the 报送表; issued only once every case is final', async () => {
    const o = await typicalOffice()
    t = o.t
    const { legal, boss, firm, person } = o
    const k = await t.ok('typical.collections.create', { year: 2026, name: '2026年度行政处罚典型案例', intro: '' }, legal)
    const [a, b] = await t.ok('typical.nominate', { collectionId: k.id, caseIds: [firm.id, person.id] }, legal)
    const date = '2026-10-20'

    // Previewed while drafts; not issued until both are final (and nothing is written by the refusal).
    const preview = await t.ok('typical.document.preview', { id: k.id, kind: 'typical_collection', date }, legal)
    expect(plainText(xmlOf(preview.base64))).toContain('王某某')
    const before = dbContent(t.core.dbFile)
    const early = await t.call('typical.document.issue', { id: k.id, kind: 'typical_collection', date }, legal)
    expect(early.ok ? null : early.error.message).toMatch(/尚未定稿/)
    expect(dbContent(t.core.dbFile)).toBe(before)

    // The writer types the person's name and home address back into 典型意义, and keeps the office's 12315 line
    // line confirmed, and the party's own mobile "confirmed" too: the document masks what is personal, the party's
    // own phone whatever was confirmed, and keeps the office's number.
    const pe = await t.ok('typical.get', { id: b!.id }, legal)
    await finalise(pe, { significance: `王小明在${PERSON.address}销售假冒白酒，举报电话0591-12315，当事人手机13812345678。` }, legal, boss, ['0591-12315', '13812345678'])
    const fe = await t.ok('typical.get', { id: a!.id }, legal)
    await finalise(fe, { significance: '经营者应严把进货关。' }, legal, boss)
    const col = await t.ok('typical.collections.get', { id: k.id }, legal)
    await t.ok('typical.collections.publish', { id: k.id, version: col.version, publishedOn: date, channel: 'press_conference', order: [b!.id, a!.id] }, legal)

    const issued = await t.ok('typical.document.issue', { id: k.id, kind: 'typical_collection', date }, legal)
    const xml = xmlOf(issued.base64)
    const text = plainText(xml)
    for (const secret of [PERSON.name, PERSON.idNo, '13812345678', '3栋502室']) expect(text, secret).not.toContain(secret)
    expect(text).toContain('0591-12315')
    expect(text).toContain('138****5678')
    const paras = bodyParagraphs(readDocx(Buffer.from(issued.base64, 'base64'))['word/document.xml']!).map(plainText)
    expect(paras.slice(0, 2).join('')).toBe('测试县市场监督管理局2026年度行政处罚典型案例')
    const heads = paras.filter((p) => /^[一二三四五六七八九十]+、/.test(p))
    expect(heads).toEqual([`一、${pe.text.title}`, `二、${fe.text.title}`])
    expect(paras).toContain('（一）当事人')
    expect(paras.some((p) => p.startsWith('为发挥典型案例的警示教育作用') && p.includes('查办的两件行政处罚典型案例'))).toBe(true)

    // The 报送表: one row per case in order, with the 决定书文号, amount and 承办单位.
    const report = await t.ok('typical.document.issue', { id: k.id, kind: 'typical_report', date }, legal)
    const rep = readDocx(Buffer.from(report.base64, 'base64'))['word/document.xml']!
    const rows = headedTableRows(rep)
    expect(rows[0]).toEqual(['序号', '案件名称', '决定书文号', '违法类型', '处罚结果', '罚没款金额（元）', '承办单位', '联系人'])
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2], r[5]])).toEqual([
      ['1', pe.text.title, person.decisionNo, '5,000.00'],
      ['2', fe.text.title, firm.decisionNo, '30,000.00'],
    ])
    expect(plainText(rep)).not.toContain(PERSON.idNo)
  })

  it('keeps a person’s own name when the office says so, for drafts written after', async () => {
    const o = await typicalOffice()
    t = o.t
    const s = await t.ok('typical.settings.get', {}, o.legal)
    expect(s.maskOwnName).toBe(true)
    expect((await t.call('typical.settings.update', { maskOwnName: false, version: s.version }, o.clerk)).ok).toBe(false)
    const stale = await t.call('typical.settings.update', { maskOwnName: false, version: s.version + 1 }, o.legal)
    expect(stale.ok ? null : stale.error.code).toBe('CONFLICT')
    expect((await t.ok('typical.settings.update', { maskOwnName: false, version: s.version }, o.legal)).maskOwnName).toBe(false)
    const k = await t.ok('typical.collections.create', { year: 2026, name: '3·15消费维权典型案例', intro: '' }, o.legal)
    const [e] = await t.ok('typical.nominate', { collectionId: k.id, caseIds: [o.person.id] }, o.legal)
    const x = await t.ok('typical.get', { id: e!.id }, o.legal)
    expect(x.text.party).toContain('当事人：王小明')
    expect(x.text.party).toContain('350102********1234')
    expect(x.text.summary).not.toContain(PERSON.idNo)
  })
})
