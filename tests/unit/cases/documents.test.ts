import { afterEach, describe, expect, it } from 'vitest'
import BetterSqlite3 from 'better-sqlite3'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { CaseFactsInput } from '../../../shared/api/cases'
import type { CaseRecord } from '../../../shared/api/case-types'
import { CASE_DOCUMENT_KINDS } from '../../../shared/domain/documents'
import { caseInput } from '../../support/cases'
import { cellsOf, plainText, readDocx, rowsOf, tables } from '../../support/docx-read'
import { addClerk } from '../../support/seizures'
import { FakeClock, setUpCore, type CoreHarness } from '../../support/temp-core'
import { addAccount } from '../../support/users'

// The two documents of a decided penalty case, from cases built through the core and read back from the .docx:
// the 公示 摘要 with every piece of personal data masked (searched in every part's raw XML and its text), the
// 决定书 with the party as served, and the refusals.

let t: CoreHarness
afterEach(async () => {
  await t?.dispose()
})

type Client = Awaited<ReturnType<typeof addClerk>>['client']
const partsOf = (base64: string) => readDocx(Buffer.from(base64, 'base64'))
const textOf = (base64: string) => plainText(partsOf(base64)['word/document.xml']!)

const PARTY_ID = '350102199003071234'
const OTHER_ID = '350102198501011234'
const ACCOUNT = '6222020200012345678'
const MOBILE = '13812345678'
const HOME = '测试县城关镇人民路88号3栋502室'

/** A natural person selling fake 白酒 from home, with another person's ID number and an account in the facts. */
const PERSON: Partial<CaseFactsInput> = {
  party: { type: 'natural_person', name: '王小明', idNo: PARTY_ID, legalRep: '', address: HOME, phone: MOBILE },
  field: 'food_safety',
  facts: `当事人在${HOME}的住所内销售假冒“茅台”白酒24瓶，货款由购买人（身份证号码${OTHER_ID}）转入当事人银行账户${ACCOUNT}，当事人联系电话${MOBILE}。经鉴定，上述白酒均为假冒商品。`,
  evidence: '现场检查笔录、鉴定意见、银行流水',
  provisionsViolated: '《中华人民共和国食品安全法》第三十四条第（十三）项',
  legalBasis: '《中华人民共和国食品安全法》第一百二十四条第一款',
  penaltyKinds: ['fine', 'confiscate_gains', 'confiscate_property'],
  fineFen: 500_000,
  gainsFen: 120_050,
  propertyDescription: '假冒“茅台”白酒24瓶',
  propertyValueFen: 0,
}

async function setUp() {
  t = await setUpCore(undefined, new FakeClock(Date.parse('2026-09-25T02:00:00Z')))
  const legal = (await addAccount(t, 'fazhi', '孙法制', ['legal'])).client
  const clerk = (await addClerk(t)).client
  return { legal, clerk }
}

async function decided(legal: Client, over: Partial<CaseFactsInput>, decisionNo = '测市监处罚〔2026〕8号'): Promise<CaseRecord> {
  const c = await t.ok('cases.create', caseInput(over), legal)
  return t.ok('cases.decide', { id: c.id, version: c.version, decisionNo, decisionDate: '2026-09-25' }, legal)
}

/** Where RENDER_DIR is set, the document is also written there, to be looked at (soffice, pdftoppm). */
function keep(name: string, base64: string) {
  const dir = process.env.RENDER_DIR
  if (!dir) return
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, name), Buffer.from(base64, 'base64'))
}

describe('处罚案件 kinds', () => {
  it('are listed as made from a penalty case and previewed in 模板 with the sample case', async () => {
    t = await setUpCore()
    const kinds = await t.ok('documents.kinds', {})
    for (const kind of CASE_DOCUMENT_KINDS) {
      const info = kinds.find((k) => k.kind === kind)!
      expect(info).toMatchObject({ fromRecord: 'penalty_case', area: '处罚案件' })
      expect(info.placeholders.filter((p) => p.input)).toEqual([])
      const state = await t.ok('documents.template.get', { kind })
      const p = await t.ok('documents.preview', { kind, values: {}, date: '2026-09-25', draft: { title: state.current.title, body: state.current.body } })
      expect(textOf(p.base64)).toContain('测市监处罚〔2026〕8号')
    }
    expect(await t.call('documents.generate', { kind: 'case_decision', values: {}, date: '2026-09-25' })).toMatchObject({ ok: false, error: { message: '此文书须从处罚案件中生成' } })
  })
})

describe('行政处罚信息公示', () => {
  it('masks every ID number, account, phone and the home address, in every part of the file', async () => {
    const { legal } = await setUp()
    const c = await decided(legal, PERSON)
    const issued = await t.ok('cases.document.issue', { id: c.id, kind: 'case_publicity', date: '2026-10-09' }, legal)
    keep('case_publicity.docx', issued.base64)
    const parts = partsOf(issued.base64)
    expect(Object.keys(parts)).toContain('word/document.xml')
    for (const [path, xml] of Object.entries(parts)) {
      // The raw XML, and its text with the tags taken out (a number split over two runs is caught too).
      for (const s of [xml, xml.replace(/<[^>]+>/g, '')]) {
        for (const secret of [PARTY_ID, OTHER_ID, ACCOUNT, MOBILE, '88号', '502室', '人民路']) expect(s, `${secret} in ${path}`).not.toContain(secret)
      }
    }
    const xml = parts['word/document.xml']!
    const rows = rowsOf(tables(xml)[0]!).map((r) => cellsOf(r).map((cell) => plainText(cell)))
    expect(rows.map((r) => r[0])).toEqual(['决定书文号', '当事人基本情况', '违法行为类型', '处罚内容', '处罚机关', '处罚日期'])
    expect(rows.map((r) => r[1])).toEqual([
      '测市监处罚〔2026〕8号',
      '当事人：王小明\n身份证件号码：350102********1234\n住址：测试县城关镇***',
      '食品安全：当事人在测试县城关镇***的住所内销售假冒“茅台”白酒24瓶，货款由购买人（身份证号码350102********1234）转入当事人银行账户***************5678，当事人联系电话138****5678。',
      '1.罚款5,000.00元（人民币伍仟元整）；\n2.没收违法所得1,200.50元（人民币壹仟贰佰元零伍角整）；\n3.没收非法财物（假冒“茅台”白酒24瓶）。',
      '测试县市场监督管理局',
      '2026年9月25日',
    ])
    // Only the first sentence of the facts: the rest of the case file is not published.
    expect(plainText(xml)).not.toContain('经鉴定')
    expect(issued.fileName).toBe('行政处罚信息摘要_测市监处罚〔2026〕8号.docx')
  })

  it('is the same masked text in the preview, which writes no archive row and no audit entry', async () => {
    const { legal, clerk } = await setUp()
    const c = await decided(legal, PERSON)
    const preview = await t.ok('cases.document.preview', { id: c.id, kind: 'case_publicity', date: '2026-10-09' }, clerk)
    expect(textOf(preview.base64)).toContain('350102********1234')
    expect(textOf(preview.base64)).not.toContain(PARTY_ID)
    expect(await t.ok('documents.archive.list', {})).toEqual([])
    // Issuing is for legal staff.
    expect(await t.call('cases.document.issue', { id: c.id, kind: 'case_publicity', date: '2026-10-09' }, clerk)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })

    const issued = await t.ok('cases.document.issue', { id: c.id, kind: 'case_publicity', date: '2026-10-09' }, legal)
    const archive = await t.ok('documents.archive.list', {})
    expect(archive.map((a) => [a.kind, a.documentNo, a.registerNo, a.partyName])).toEqual([['case_publicity', '测市监处罚〔2026〕8号', c.caseNo, '王小明']])
    const raw = new BetterSqlite3(t.core.dbFile, { readonly: true })
    const ids = raw.prepare('SELECT record_ids FROM document_archive').all()
    const audit = raw.prepare("SELECT operation, changes, note FROM audit_log WHERE record_type = 'penalty_case' AND record_id = ? AND action = 'generate'").all(c.id) as { operation: string; changes: string; note: string }[]
    raw.close()
    expect(ids).toEqual([{ record_ids: JSON.stringify([c.id]) }])
    expect(audit.map((a) => [a.operation, JSON.parse(a.changes), a.note])).toEqual([['cases.document.issue', { document: [null, issued.fileName] }, `存档编号 ${issued.archiveId}`]])
  })

  it('is refused for a case not yet decided, one decided under the 简易程序, a warning alone, and a voided case', async () => {
    const { legal } = await setUp()
    const refusal = async (id: string, kind: (typeof CASE_DOCUMENT_KINDS)[number] = 'case_publicity') => {
      const r = await t.call('cases.document.issue', { id, kind, date: '2026-10-09' }, legal)
      return r.ok ? null : { code: r.error.code, message: r.error.message }
    }
    const filed = await t.ok('cases.create', caseInput(PERSON), legal)
    expect(await refusal(filed.id)).toEqual({ code: 'STATE', message: `案件 ${filed.caseNo} 尚未作出处罚决定，不能生成行政处罚信息公示` })
    expect(await refusal(filed.id, 'case_decision')).toEqual({ code: 'STATE', message: `案件 ${filed.caseNo} 尚未作出处罚决定，不能生成行政处罚决定书` })
    expect((await t.call('cases.document.preview', { id: filed.id, kind: 'case_publicity', date: '2026-10-09' }, legal)).ok).toBe(false)

    const summary = await decided(legal, { ...PERSON, procedure: 'summary', penaltyKinds: ['fine'], fineFen: 20_000, gainsFen: 0, propertyDescription: '' }, '测市监处罚〔2026〕9号')
    expect(summary.mustPublish).toBe(false)
    expect(await refusal(summary.id)).toEqual({ code: 'STATE', message: '该处罚决定无需公示（简易程序作出），不能生成行政处罚信息公示' })
    // The 决定书 of a 简易程序 case is still made: it is served all the same.
    expect((await t.call('cases.document.issue', { id: summary.id, kind: 'case_decision', date: '2026-09-25' }, legal)).ok).toBe(true)

    const warning = await decided(legal, { penaltyKinds: ['warning'], fineFen: 0, propertyDescription: '', propertyValueFen: 0 }, '测市监处罚〔2026〕10号')
    expect(await refusal(warning.id)).toEqual({ code: 'STATE', message: '该处罚决定无需公示（仅给予警告），不能生成行政处罚信息公示' })

    const voided = await t.ok('cases.void', { id: filed.id, version: filed.version, reason: '重复登记' }, legal)
    expect(await refusal(voided.id)).toMatchObject({ code: 'STATE', message: expect.stringContaining('已作废') })
    expect((await t.ok('documents.archive.list', {})).map((a) => a.kind)).toEqual(['case_decision'])
  })
})

describe('行政处罚决定书', () => {
  it('names the party in full as served, with the facts, provisions, penalties in figures and words, payment and appeal', async () => {
    const { legal } = await setUp()
    const c = await decided(legal, PERSON)
    const issued = await t.ok('cases.document.issue', { id: c.id, kind: 'case_decision', date: '2026-09-25' }, legal)
    keep('case_decision.docx', issued.base64)
    const text = textOf(issued.base64)
    const lines = text.split('\n')
    expect(lines.slice(0, 3)).toEqual(['测试县市场监督管理局', '行政处罚决定书', '测市监处罚〔2026〕8号'])
    for (const s of [
      '当事人：王小明',
      `身份证件号码：${PARTY_ID}`,
      `住址：${HOME}`,
      '本局于2026年9月1日对当事人涉嫌违法一案立案调查',
      `经查，当事人在${HOME}的住所内销售假冒“茅台”白酒24瓶`,
      '上述事实，有现场检查笔录、鉴定意见、银行流水等证据证明。',
      '违反了《中华人民共和国食品安全法》第三十四条第（十三）项的规定。依据《中华人民共和国食品安全法》第一百二十四条第一款的规定',
      '1.罚款5,000.00元（人民币伍仟元整）；',
      '2.没收违法所得1,200.50元（人民币壹仟贰佰元零伍角整）；',
      '3.没收非法财物（假冒“茅台”白酒24瓶）。',
      '将罚没款6,200.50元（人民币陆仟贰佰元零伍角整）缴至指定银行或者通过电子支付系统缴纳',
      '每日按罚款数额的百分之三加处罚款',
      '六十日内依法申请行政复议',
      '六个月内依法向人民法院提起行政诉讼',
    ]) {
      expect(text).toContain(s)
    }
    // Signed and dated with the decision, under the seal.
    expect(lines.slice(-2)).toEqual(['测试县市场监督管理局', '2026年9月25日'])
    expect(issued.fileName).toBe('测试县市场监督管理局行政处罚决定书_测市监处罚〔2026〕8号.docx')
  })

  it('prints an enterprise with its credit code and representative, and blanks to write in for facts not recorded', async () => {
    const { legal } = await setUp()
    const c = await decided(legal, { evidence: '', legalBasis: '' })
    const text = textOf((await t.ok('cases.document.preview', { id: c.id, kind: 'case_decision', date: '2026-09-25' }, legal)).base64)
    for (const s of ['当事人：测试县东方商行有限公司', '统一社会信用代码：91350100M000100Y43', '法定代表人：陈东方', '住所：测试县城关镇人民路88号', '上述事实，有＿＿＿＿＿＿等证据证明。', '1.罚款30,000.00元（人民币叁万元整）；', '2.没收非法财物（侵权运动鞋120双，价值36,000.00元）。']) {
      expect(text).toContain(s)
    }
  })
})
