import { afterEach, describe, expect, it } from 'vitest'
import BetterSqlite3 from 'better-sqlite3'
import type { CoreHarness } from '../../support/temp-core'
import { caseInput } from '../../support/cases'
import { typicalOffice } from '../../support/typical-cases'
import { dbContent } from '../../support/db-snapshot'
import type { ClientContext } from '../../../electron/core'
import type { TypicalEntry } from '../../../shared/api/typical-types'

// 典型案例 through core: a collection, two decided cases nominated (their drafts written from the cases, the
// party and personal data masked), the review with a return and its comment, versions compared, a finalised text
// reopened with the finalised version kept, the collection published in order and withdrawn. Every refusal
// names its field or state and writes nothing.

let t: CoreHarness
afterEach(() => t?.dispose())

async function office() {
  const o = await typicalOffice()
  t = o.t
  return o
}

const save = (e: TypicalEntry, patch: Partial<TypicalEntry['text']>, by: ClientContext, confirmed: string[] = []) =>
  t.call('typical.save', { id: e.id, version: e.version, text: { ...e.text, ...patch }, confirmed }, by)

describe('典型案例', () => {
  it('runs from nomination to a published collection, with versions, comments and masking', async () => {
    const { legal, boss, firm, person } = await office()
    const k = await t.ok('typical.collections.create', { year: 2026, name: '2026年度行政处罚典型案例', intro: '为发挥典型案例的警示教育作用……' }, legal)
    const nominated = await t.ok('typical.nominate', { collectionId: k.id, caseIds: [firm.id, person.id] }, legal)
    expect(nominated.map((r) => [r.caseNo, r.position, r.status])).toEqual([
      [firm.caseNo, 1, 'draft'],
      [person.caseNo, 2, 'draft'],
    ])

    // The drafts, written from the cases: a person's own name, ID number, phone and home address masked.
    let p = await t.ok('typical.get', { id: nominated[1]!.id }, legal)
    expect(p.text.title).toBe('王某某知识产权（商标）违法案')
    expect(p.text.party).toBe('当事人：王某某\n身份证件号码：350102********1234\n住址：测试县城关镇***')
    expect(p.text.summary).toBe('王某某（身份证号350102********1234，电话138****5678）在测试县城关镇***销售假冒白酒。')
    expect(p.text.result).toContain('罚款5,000.00元（人民币伍仟元整）')
    expect(p.text.result).toContain('测市监处罚〔2026〕2号')
    expect(p.warnings).toEqual([])
    expect(p.versions.map((v) => v.versionNo)).toEqual([1])
    let f = await t.ok('typical.get', { id: nominated[0]!.id }, legal)
    expect(f.text.party).toContain('当事人：测试县东方商行有限公司')
    expect(f.text.party).toContain('统一社会信用代码：91350100M000100Y43')

    // 典型意义 is the writer's: submitting without it is refused at the section.
    expect(await t.call('typical.submit', { id: p.id, version: p.version }, legal)).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'text.significance': '请填写典型意义' } } })
    // A phone typed into the text is caught; the writer fixes it or confirms it.
    let r = await save(p, { significance: '销售假冒白酒危害群众健康，举报电话0591-87654321。' }, legal)
    p = r.ok ? r.data : p
    expect(p.currentVersion).toBe(2)
    expect(p.warnings).toEqual([{ section: 'significance', kind: 'landline', text: '0591-87654321', confirmed: false }])
    expect(await t.call('typical.submit', { id: p.id, version: p.version }, legal)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { 'text.significance': '含有固定电话 0591-87654321，请删除或遮蔽，确需保留的请确认' } },
    })
    r = await save(p, {}, legal, ['0591-87654321'])
    p = r.ok ? r.data : p
    expect(p.warnings[0]!.confirmed).toBe(true)
    p = await t.ok('typical.submit', { id: p.id, version: p.version }, legal)
    expect(p.status).toBe('review')
    expect((await save(p, { title: '改' }, legal)).ok).toBe(false)

    // The approver returns it with a comment: back to 草稿, the comment kept and shown on the collection.
    p = await t.ok('typical.return', { id: p.id, version: p.version, comment: '典型意义请结合食品安全展开' }, boss)
    expect(p.status).toBe('draft')
    expect((await t.ok('typical.collections.get', { id: k.id }, legal)).entries[1]!.returnComment).toBe('典型意义请结合食品安全展开')
    p = (await save(p, { significance: '白酒是群众日常消费品，销售假冒白酒危害群众健康。本案提醒经营者依法经营。' }, legal)).ok ? await t.ok('typical.get', { id: p.id }, legal) : p
    expect(p.currentVersion).toBe(4)
    p = await t.ok('typical.submit', { id: p.id, version: p.version }, legal)
    p = await t.ok('typical.finalise', { id: p.id, version: p.version, comment: '同意' }, boss)
    expect(p).toMatchObject({ status: 'final', finalVersion: 4 })
    expect(p.reviews.map((x) => [x.action, x.versionNo, x.byName])).toEqual([
      ['submit', 3, '孙法制'],
      ['return', 3, '李局长'],
      ['submit', 4, '孙法制'],
      ['finalise', 4, '李局长'],
    ])

    // Versions compared: the phone sentence replaced.
    const diff = await t.ok('typical.compare', { id: p.id, from: 2, to: 4 }, legal)
    const sig = diff.find((d) => d.section === 'significance')!
    expect(sig.changed).toBe(true)
    expect(sig.parts.filter((x) => x.change === 'removed').map((x) => x.text).join('')).toContain('0591-87654321')
    expect(diff.find((d) => d.section === 'title')!.changed).toBe(false)

    // Finalised is frozen; a change reopens it as a new draft and the finalised version is kept.
    expect(await save(p, { title: '新标题' }, legal)).toMatchObject({ ok: false, error: { code: 'STATE' } })
    p = await t.ok('typical.reopen', { id: p.id, version: p.version, reason: '补充案例来源' }, legal)
    expect(p).toMatchObject({ status: 'draft', finalVersion: 4 })
    p = (await save(p, { title: '王某某销售假冒白酒案' }, legal)).ok ? await t.ok('typical.get', { id: p.id }, legal) : p
    expect(p).toMatchObject({ currentVersion: 5, finalVersion: 4 })

    // Publishing needs every case finalised, in a full order.
    k.version = (await t.ok('typical.collections.get', { id: k.id }, legal)).version
    const publish = (order: string[], version = k.version) => t.call('typical.collections.publish', { id: k.id, version, publishedOn: '2026-10-20', channel: 'press_conference', order }, legal)
    const notFinal = await publish([p.id, f.id])
    expect(notFinal.ok ? null : notFinal.error.fields?.order).toContain('尚未定稿')
    for (const e of [p, f]) {
      let cur = await t.ok('typical.get', { id: e.id }, legal)
      if (cur.text.significance === '') cur = (await save(cur, { significance: '侵犯注册商标专用权，扰乱市场秩序。' }, legal)).ok ? await t.ok('typical.get', { id: e.id }, legal) : cur
      cur = await t.ok('typical.submit', { id: cur.id, version: cur.version }, legal)
      await t.ok('typical.finalise', { id: cur.id, version: cur.version }, boss)
    }
    expect((await publish([p.id])).ok).toBe(false)
    const published = await t.ok('typical.collections.publish', { id: k.id, version: k.version, publishedOn: '2026-10-20', channel: 'press_conference', order: [p.id, f.id] }, legal)
    expect(published.status).toBe('published')
    expect(published.entries.map((e) => e.title)).toEqual(['王某某销售假冒白酒案', f.text.title])
    f = await t.ok('typical.get', { id: f.id }, legal)
    expect(await t.call('typical.reopen', { id: f.id, version: f.version, reason: '再改' }, legal)).toMatchObject({ ok: false, error: { code: 'STATE', message: expect.stringContaining('已发布') } })
    const withdrawn = await t.ok('typical.collections.withdraw', { id: k.id, version: published.version, date: '2026-10-20', reason: '案件2的处罚决定被撤销' }, legal)
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawnOn: '2026-10-20' })
    expect((await t.ok('typical.collections.list', { year: 2026 }, legal))[0]).toMatchObject({ status: 'withdrawn', counts: { final: 2, review: 0, draft: 0 } })
    const history = await t.ok('audit.history', { recordType: 'typical_case', recordId: p.id }, legal)
    expect(history.length).toBeGreaterThanOrEqual(10)
  })

  it('refuses undecided, voided and repeated cases, the wrong roles and stale versions, writing nothing', async () => {
    const { legal, boss, clerk, firm, filed } = await office()
    const k = await t.ok('typical.collections.create', { year: 2026, name: '3·15消费维权典型案例', intro: '' }, legal)
    expect(await t.call('typical.collections.create', { year: 2026, name: '3·15消费维权典型案例', intro: '' }, legal)).toMatchObject({ ok: false, error: { fields: { name: '2026年已有名为“3·15消费维权典型案例”的案例集' } } })
    const [entry] = await t.ok('typical.nominate', { collectionId: k.id, caseIds: [firm.id] }, legal)
    const e = await t.ok('typical.get', { id: entry!.id }, legal)
    const voidedCase = await t.ok('cases.create', caseInput({ filingDate: '2026-09-02' }), legal)
    await t.ok('cases.void', { id: voidedCase.id, version: voidedCase.version, reason: '重复登记' }, legal)
    const before = dbContent(t.core.dbFile)

    const nominate = (caseIds: string[], by = legal) => t.call('typical.nominate', { collectionId: k.id, caseIds }, by)
    expect(await nominate([filed.id])).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { caseIds: `案件 ${filed.caseNo} 尚未作出处罚决定（已立案），不能推选为典型案例` } } })
    expect(await nominate([voidedCase.id])).toMatchObject({ ok: false, error: { fields: { caseIds: expect.stringContaining('已作废') } } })
    expect(await nominate([firm.id])).toMatchObject({ ok: false, error: { fields: { caseIds: expect.stringContaining('已在本案例集中') } } })
    expect(await nominate([firm.id], clerk)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await t.call('typical.save', { id: e.id, version: e.version, text: { ...e.text, title: '' } }, legal)).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'text.title': expect.any(String) } } })
    expect(await t.call('typical.save', { id: e.id, version: e.version + 1, text: e.text }, legal)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await t.call('typical.save', { id: e.id, version: e.version, text: e.text }, boss)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await t.call('typical.finalise', { id: e.id, version: e.version }, legal)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await t.call('typical.finalise', { id: e.id, version: e.version }, boss)).toMatchObject({ ok: false, error: { code: 'STATE', message: expect.stringContaining('草稿') } })
    expect(await t.call('typical.return', { id: e.id, version: e.version, comment: '' }, boss)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(await t.call('typical.collections.publish', { id: k.id, version: k.version, publishedOn: '2026-10-21', channel: 'website', order: [e.id] }, legal)).toMatchObject({ ok: false, error: { fields: { publishedOn: '发布日期不能晚于今天' } } })
    expect(await t.call('typical.compare', { id: e.id, from: 1, to: 9 }, legal)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    // A save that changes nothing writes nothing either.
    expect(await t.call('typical.save', { id: e.id, version: e.version, text: e.text }, legal)).toMatchObject({ ok: true, data: { currentVersion: 1 } })
    expect(dbContent(t.core.dbFile)).toBe(before)
  })

  it('keeps versions and the workflow beneath core', async () => {
    const { legal, firm } = await office()
    const k = await t.ok('typical.collections.create', { year: 2026, name: '铁拳行动典型案例', intro: '' }, legal)
    const [entry] = await t.ok('typical.nominate', { collectionId: k.id, caseIds: [firm.id] }, legal)
    const db = new BetterSqlite3(t.core.dbFile)
    try {
      expect(() => db.prepare("UPDATE typical_versions SET title = '改过'").run()).toThrow(/never changed/)
      expect(() => db.prepare('DELETE FROM typical_versions').run()).toThrow(/never removed/)
      expect(() => db.prepare("UPDATE typical_entries SET status = 'final', final_version = 1 WHERE id = ?").run(entry!.id)).toThrow(/not allowed/)
      expect(() => db.prepare('DELETE FROM typical_entries').run()).toThrow(/never deleted/)
      expect(() => db.prepare("UPDATE typical_collections SET status = 'withdrawn', published_on = '2026-10-01', withdrawn_on = '2026-10-02'").run()).toThrow(/not allowed/)
    } finally {
      db.close()
    }
  })
})
