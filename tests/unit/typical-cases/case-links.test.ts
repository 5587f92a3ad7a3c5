import { afterEach, describe, expect, it } from 'vitest'
import type { CoreHarness } from '../../support/temp-core'
import { typicalOffice } from '../../support/typical-cases'
import { dbContent } from '../../support/db-snapshot'
import { plainText, readDocx } from '../../support/docx-read'
import type { ClientContext } from '../../../electron/core'
import type { TypicalEntry } from '../../../shared/api/typical-types'

// Where 典型案例 meet the case register, through core: third persons named in a text are masked in what is
// published; a revoked case cannot be nominated or published, and a published collection holding one shows the
// case's withdrawal day on the collection, the case and the 工作台 until it is withdrawn.

let t: CoreHarness
afterEach(() => t?.dispose())

const finalise = async (e: TypicalEntry, patch: Partial<TypicalEntry['text']>, legal: ClientContext, boss: ClientContext) => {
  let x = await t.ok('typical.save', { id: e.id, version: e.version, text: { ...e.text, ...patch }, confirmed: [] }, legal)
  x = await t.ok('typical.submit', { id: x.id, version: x.version }, legal)
  return t.ok('typical.finalise', { id: x.id, version: x.version }, boss)
}

describe('典型案例 and their cases', () => {
  it('masks the third persons a text names, in the saved version and the document', async () => {
    const o = await typicalOffice()
    t = o.t
    const k = await t.ok('typical.collections.create', { year: 2026, name: '2026年度行政处罚典型案例', intro: '' }, o.legal)
    const [a] = await t.ok('typical.nominate', { collectionId: k.id, caseIds: [o.firm.id] }, o.legal)
    const e = await t.ok('typical.get', { id: a!.id }, o.legal)
    expect(e.text.persons).toEqual([])
    // The preview masks the text being written as the document will, without saving it.
    const draft = { ...e.text, summary: '消费者赵六丰举报，电话13900001111。', persons: ['赵六丰'] }
    expect((await t.ok('typical.preview', { id: e.id, text: { ...draft, title: '' }, confirmed: [] }, o.legal)).summary).toBe('消费者赵某某举报，电话139****1111。')
    expect((await t.ok('typical.preview', { id: e.id, text: draft, confirmed: ['13900001111'] }, o.boss)).summary).toBe('消费者赵某某举报，电话13900001111。')
    expect((await t.ok('typical.get', { id: e.id }, o.legal)).currentVersion).toBe(1)
    const saved = await t.ok('typical.save', { id: e.id, version: e.version, text: { ...e.text, summary: '消费者赵六丰、店员欧阳娜娜指认了货架。', significance: '赵六丰的举报起了作用。', persons: ['赵六丰', '欧阳娜娜'] }, confirmed: [] }, o.legal)
    expect(saved.text.persons).toEqual(['赵六丰', '欧阳娜娜'])
    expect(saved.currentVersion).toBe(2)
    // The names alone make a new version; an unchanged save does not.
    const same = await t.ok('typical.save', { id: saved.id, version: saved.version, text: saved.text, confirmed: [] }, o.legal)
    expect(same.currentVersion).toBe(2)

    const doc = await t.ok('typical.document.preview', { id: k.id, kind: 'typical_collection', date: '2026-10-20' }, o.legal)
    const text = plainText(Object.values(readDocx(Buffer.from(doc.base64, 'base64'))).join('\n'))
    expect(text).toContain('消费者赵某某、店员欧阳某某指认了货架')
    expect(text).toContain('赵某某的举报')
    for (const secret of ['赵六丰', '欧阳娜娜']) expect(text).not.toContain(secret)

    // A blank or repeated name is refused at the field.
    for (const persons of [[''], ['赵六丰', '赵六丰']]) {
      const r = await t.call('typical.save', { id: same.id, version: same.version, text: { ...same.text, persons }, confirmed: [] }, o.legal)
      expect(r.ok ? null : r.error.code).toBe('VALIDATION')
    }
  })

  it('shows a revoked case’s withdrawal day on a published collection until it is withdrawn', async () => {
    const o = await typicalOffice()
    t = o.t
    const { legal, boss, firm, person } = o
    const k = await t.ok('typical.collections.create', { year: 2026, name: '2026年度行政处罚典型案例', intro: '' }, legal)
    const [a, b] = await t.ok('typical.nominate', { collectionId: k.id, caseIds: [firm.id, person.id] }, legal)
    for (const x of [a!, b!]) await finalise(await t.ok('typical.get', { id: x.id }, legal), { significance: '警示经营者。' }, legal, boss)
    let col = await t.ok('typical.collections.get', { id: k.id }, legal)
    expect(col.withdrawal).toBeNull()
    col = await t.ok('typical.collections.publish', { id: k.id, version: col.version, publishedOn: '2026-10-20', channel: 'website', order: [a!.id, b!.id] }, legal)
    expect(col.withdrawal).toBeNull()
    expect((await t.ok('typical.workbench', {}, legal)).toWithdraw).toEqual([])

    const f = await t.ok('cases.get', { id: firm.id }, legal)
    await t.ok('cases.revoke', { id: f.id, version: f.version, date: '2026-10-20', reason: '复议决定撤销' }, legal)
    col = await t.ok('typical.collections.get', { id: k.id }, legal)
    // Tuesday 20 October + 3 working days.
    expect(col.withdrawal).toEqual({ due: '2026-10-23', provisional: false, words: '剩3个工作日', caseNos: [firm.caseNo] })
    expect(col.entries.find((e) => e.id === a!.id)?.revokedOn).toBe('2026-10-20')
    expect(await t.ok('typical.forCase', { caseId: firm.id }, legal)).toMatchObject([{ entryId: a!.id, collectionId: k.id, collectionStatus: 'published', year: 2026, withdrawal: { due: '2026-10-23' } }])
    expect(await t.ok('typical.forCase', { caseId: person.id }, legal)).toMatchObject([{ entryId: b!.id, withdrawal: null }])
    expect((await t.ok('typical.workbench', {}, legal)).toWithdraw).toEqual([{ id: k.id, name: k.name, due: '2026-10-23', provisional: false, words: '剩3个工作日', caseNos: [firm.caseNo] }])

    await t.ok('typical.collections.withdraw', { id: k.id, version: col.version, date: '2026-10-20', reason: '案件处罚决定被撤销' }, legal)
    expect((await t.ok('typical.collections.get', { id: k.id }, legal)).withdrawal).toBeNull()
    expect((await t.ok('typical.workbench', {}, legal)).toWithdraw).toEqual([])
    expect((await t.ok('typical.forCase', { caseId: firm.id }, legal))[0]?.withdrawal).toBeNull()
  })

  it('refuses to nominate or publish a revoked case, writing nothing', async () => {
    const o = await typicalOffice()
    t = o.t
    const { legal, boss, firm, person } = o
    const k = await t.ok('typical.collections.create', { year: 2026, name: '2026年度行政处罚典型案例', intro: '' }, legal)
    const [a] = await t.ok('typical.nominate', { collectionId: k.id, caseIds: [firm.id] }, legal)
    await finalise(await t.ok('typical.get', { id: a!.id }, legal), { significance: '警示经营者。' }, legal, boss)
    for (const c of [firm, person]) {
      const x = await t.ok('cases.get', { id: c.id }, legal)
      await t.ok('cases.revoke', { id: x.id, version: x.version, date: '2026-10-19', reason: '行政诉讼判决撤销' }, legal)
    }
    const before = dbContent(t.core.dbFile)
    const nominate = await t.call('typical.nominate', { collectionId: k.id, caseIds: [person.id] }, legal)
    expect(nominate.ok ? null : nominate.error.message).toBe(`案件 ${person.caseNo} 的处罚决定已于 2026-10-19 被变更或撤销，不能推选为典型案例`)
    const col = await t.ok('typical.collections.get', { id: k.id }, legal)
    const publish = await t.call('typical.collections.publish', { id: k.id, version: col.version, publishedOn: '2026-10-20', channel: 'website', order: [a!.id] }, legal)
    expect(publish.ok ? null : publish.error.message).toMatch(/处罚决定已被变更或撤销，请先从案例集中撤下/)
    expect(dbContent(t.core.dbFile)).toBe(before)
    // 撤下 the entry, and the collection (now empty of it) has nothing to publish.
    await t.ok('typical.void', { id: a!.id, version: (await t.ok('typical.get', { id: a!.id }, legal)).version, reason: '处罚决定被撤销' }, legal)
    expect((await t.ok('typical.collections.get', { id: k.id }, legal)).entries).toEqual([])
  })
})
