import { afterEach, describe, expect, it } from 'vitest'
import type { CoreHarness } from '../../support/temp-core'
import { typicalOffice } from '../../support/typical-cases'

// 工作台 · 典型案例 through core: a submitted case waits for review, a returned one shows its comment, a
// finalised or reopened one is on neither list.

let t: CoreHarness
afterEach(() => t?.dispose())

describe('典型案例 on the 工作台', () => {
  it('lists what waits for review and what was returned, with the comment', async () => {
    const o = await typicalOffice()
    t = o.t
    const k = await t.ok('typical.collections.create', { year: 2026, name: '2026年度行政处罚典型案例', intro: '' }, o.legal)
    const [a, b] = await t.ok('typical.nominate', { collectionId: k.id, caseIds: [o.firm.id, o.person.id] }, o.legal)
    const submit = async (id: string) => {
      const e = await t.ok('typical.get', { id }, o.legal)
      const saved = await t.ok('typical.save', { id, version: e.version, text: { ...e.text, significance: '警示经营者。' }, confirmed: [] }, o.legal)
      return t.ok('typical.submit', { id, version: saved.version }, o.legal)
    }
    const board = () => t.ok('typical.workbench', {}, o.boss)
    expect(await board()).toEqual({ awaitingReview: [], returned: [], toWithdraw: [] })
    const ea = await submit(a!.id)
    const eb = await submit(b!.id)
    expect((await board()).awaitingReview.map((x) => x.id)).toEqual([a!.id, b!.id])
    await t.ok('typical.return', { id: ea.id, version: ea.version, comment: '请补充违法所得。' }, o.boss)
    await t.ok('typical.finalise', { id: eb.id, version: eb.version }, o.boss)
    const now = await board()
    expect(now.awaitingReview).toEqual([])
    expect(now.returned).toMatchObject([{ id: a!.id, title: a!.title, collectionName: k.name, caseNo: o.firm.caseNo, comment: '请补充违法所得。' }])
    // Reopening a finalised text makes a draft, but not a returned one.
    const fb = await t.ok('typical.get', { id: b!.id }, o.legal)
    await t.ok('typical.reopen', { id: fb.id, version: fb.version, reason: '补充典型意义' }, o.legal)
    expect((await t.ok('typical.workbench', {}, o.legal)).returned.map((x) => x.id)).toEqual([a!.id])
  })
})
