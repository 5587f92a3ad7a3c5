import { afterEach, describe, expect, it } from 'vitest'
import { setUpCore, type CoreHarness } from '../../support/temp-core'
import { addAccount } from '../../support/users'
import { seizureInput } from '../../support/seizures'
import { caseInput } from '../../support/cases'

// 工作台 · 我的待办: each list counts the records one account registered (createdBy), so the count on the 工作台 and
// the list its link opens are the same query.

let t: CoreHarness
afterEach(() => t.dispose())

describe('我的待办: lists narrowed to the account that registered the records', () => {
  it('counts only my seizures and cases, and refuses a malformed account id', async () => {
    t = await setUpCore()
    const a = await addAccount(t, 'clerk1', '赵录入', ['clerk', 'legal'])
    const b = await addAccount(t, 'clerk2', '钱录入', ['clerk', 'legal'])
    await t.ok('seizures.create', seizureInput({ decisionNo: '测市监强制〔2026〕1号' }), a.client)
    await t.ok('seizures.create', seizureInput({ decisionNo: '测市监强制〔2026〕2号' }), a.client)
    await t.ok('seizures.create', seizureInput({ decisionNo: '测市监强制〔2026〕3号' }), b.client)
    await t.ok('cases.create', caseInput(), b.client)

    const held = ['holding', 'partial', 'overdue'] as const
    expect((await t.ok('seizures.list', { createdBy: a.id, statuses: [...held] }, a.client)).total).toBe(2)
    expect((await t.ok('seizures.list', { createdBy: b.id, statuses: [...held] }, a.client)).total).toBe(1)
    // Without statuses too (a filter that is not only held records counts to its bound, exactly here).
    expect((await t.ok('seizures.list', { createdBy: a.id }, a.client)).total).toBe(2)
    expect((await t.ok('cases.list', { createdBy: a.id, statuses: ['filed', 'decided'] }, a.client)).total).toBe(0)
    expect((await t.ok('cases.list', { createdBy: b.id, statuses: ['filed', 'decided'] }, a.client)).total).toBe(1)
    expect((await t.ok('destruction.batch.list', { createdBy: a.id, statuses: ['draft'] }, a.client)).total).toBe(0)

    const bad = await t.call('seizures.list', { createdBy: '' }, a.client)
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.error.code).toBe('VALIDATION')
  })
})
