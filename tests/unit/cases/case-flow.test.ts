import { afterEach, describe, expect, it } from 'vitest'
import BetterSqlite3 from 'better-sqlite3'
import { FakeClock, setUpCore, type CoreHarness } from '../../support/temp-core'
import { addAccount, OWN_PASSWORD } from '../../support/users'
import { addClerk, createSeizure } from '../../support/seizures'
import { caseInput } from '../../support/cases'
import type { CaseRecord } from '../../../shared/api/case-types'

// A penalty case from 立案 to 结案 and its publication, through core, with the deadlines as the record and the
// list show them. Dates counted by hand on the 2026 calendar.

let t: CoreHarness
afterEach(() => t?.dispose())

const clockAt = (iso: string) => new FakeClock(Date.parse(`${iso}T02:00:00Z`))
const due = (c: CaseRecord, kind: string) => c.deadlines.find((d) => d.kind === kind)

async function legalUser() {
  return (await addAccount(t, 'fazhi', '孙法制', ['legal'])).client
}

describe('a penalty case', () => {
  it('runs from 立案 to 结案 with its deadlines, publication and payment', async () => {
    const clock = clockAt('2026-09-10')
    t = await setUpCore(undefined, clock)
    const legal = await legalUser()
    const clerk = (await addClerk(t)).client
    // Days pass between the steps: the session would have ended, so the legal user signs in again.
    const dayIs = async (iso: string) => {
      clock.ms = Date.parse(`${iso}T02:00:00Z`)
      await t.ok('auth.login', { login: 'fazhi', password: OWN_PASSWORD }, legal)
    }
    const seizure = await createSeizure(t, clerk, { decisionDate: '2026-08-30' })
    let c = await t.ok('cases.create', caseInput({ seizureIds: [seizure.id] }), legal)
    expect(c.caseNo).toBe('2026-AJ-0001')
    expect(c.status).toBe('filed')
    // 90 days from 2026-09-01.
    expect(due(c, 'decision')).toMatchObject({ date: '2026-11-30', left: 81, text: '剩81天', met: false })
    expect((await t.ok('cases.forSeizure', { seizureId: seizure.id }, clerk)).map((x) => x.caseNo)).toEqual(['2026-AJ-0001'])
    expect((await t.call('cases.create', caseInput(), clerk)).ok).toBe(false)

    // 中止 for ten days moves the decision deadline by ten.
    c = await t.ok('cases.pause.add', { id: c.id, version: c.version, kind: 'suspension', startDate: '2026-09-05', endDate: '2026-09-09', reason: '当事人下落不明' }, legal)
    expect(due(c, 'decision')!.date).toBe('2026-12-05')

    await dayIs('2026-09-25')
    const before = await t.call('cases.decide', { id: c.id, version: c.version, decisionNo: '测市监处罚〔2026〕8号', decisionDate: '2026-08-31' }, legal)
    expect(before.ok ? null : before.error, JSON.stringify(before)).toMatchObject({ fields: { decisionDate: '决定日期不能早于立案日期（2026-09-01）' } })
    const future = await t.call('cases.decide', { id: c.id, version: c.version, decisionNo: '测市监处罚〔2026〕8号', decisionDate: '2026-09-26' }, legal)
    expect(future.ok ? null : future.error.fields).toEqual({ decisionDate: '决定日期不能晚于今天' })
    const closeEarly = await t.call('cases.close', { id: c.id, version: c.version, date: '2026-09-25' }, legal)
    expect(closeEarly.ok ? null : closeEarly.error.code).toBe('STATE')
    expect((await t.ok('cases.get', { id: c.id }, legal)).version).toBe(c.version)

    // Decided on 中秋 Friday 2026-09-25: 20 working days over 国庆 (9-26 and 9-27 off, 10-01–07 off, 10-10 a 调休 Saturday).
    c = await t.ok('cases.decide', { id: c.id, version: c.version, decisionNo: '测市监处罚〔2026〕8号', decisionDate: '2026-09-25' }, legal)
    expect(c.status).toBe('decided')
    expect(due(c, 'decision')!.met).toBe(true)
    expect(c.mustPublish).toBe(true)
    expect(due(c, 'publication')).toMatchObject({ date: '2026-10-29', working: true, text: '剩20个工作日' })
    expect(c.publicationState).toBe('due')

    const payEarly = await t.call('cases.pay', { id: c.id, version: c.version, paidOn: '2026-09-25', amountFen: 3_000_000 }, legal)
    expect(payEarly.ok ? null : payEarly.error.fields).toEqual({ paidOn: '请先登记决定书送达日期' })
    c = await t.ok('cases.serve', { id: c.id, version: c.version, serviceDate: '2026-09-25' }, legal)
    expect(due(c, 'payment')).toMatchObject({ date: '2026-10-10', met: false })

    // Paid three days late: 3% a day of 30,000 元.
    await dayIs('2026-10-13')
    expect(c.surcharge).toEqual({ daysLate: 0, surchargeFen: 0 })
    c = await t.ok('cases.get', { id: c.id }, legal)
    expect(c.surcharge).toEqual({ daysLate: 3, surchargeFen: 270_000 })
    const wrongSum = await t.call('cases.pay', { id: c.id, version: c.version, paidOn: '2026-10-13', amountFen: 100 }, legal)
    expect(wrongSum.ok ? null : wrongSum.error.fields?.amountFen).toContain('30,000.00')
    c = await t.ok('cases.pay', { id: c.id, version: c.version, paidOn: '2026-10-13', amountFen: 3_000_000, surchargeFen: 270_000 }, legal)

    const list = async (due: 'overdue' | 'soon' | null) => (await t.ok('cases.list', { due }, legal)).rows.map((r) => r.caseNo)
    // 2026-10-13 to the 10-29 deadline: 12 working days, not within 5; from 10-22 five.
    expect(await list('soon')).toEqual([])
    await dayIs('2026-10-22')
    expect(await list('soon')).toEqual(['2026-AJ-0001'])
    const row = (await t.ok('cases.list', {}, legal)).rows[0]!
    expect(row.nextDue).toMatchObject({ label: '公示处罚信息', date: '2026-10-29', text: '剩5个工作日', overdue: false })
    await dayIs('2026-10-30')
    expect(await list('overdue')).toEqual(['2026-AJ-0001'])

    c = await t.ok('cases.get', { id: c.id }, legal)
    c = await t.ok('cases.publication.record', { id: c.id, version: c.version, publishedOn: '2026-10-30', channel: 'gsxt', publishedBy: '孙法制' }, legal)
    expect(c.publicationState).toBe('published')
    // A fine of 30,000 元 on an entity is a 较低数额罚款, but goods were confiscated as well: 3 years, not 3 months.
    expect(due(c, 'publicity_end')!.date).toBe('2029-10-30')
    expect(await list('overdue')).toEqual([])

    c = await t.ok('cases.execute', { id: c.id, version: c.version, date: '2026-10-30' }, legal)
    c = await t.ok('cases.close', { id: c.id, version: c.version, date: '2026-10-30' }, legal)
    expect(c.status).toBe('closed')
    const history = await t.ok('audit.history', { recordType: 'penalty_case', recordId: c.id }, legal)
    expect(history.length).toBeGreaterThanOrEqual(8)

    // Beneath core: a closed case cannot be reopened by a file editor's UPDATE.
    await t.core.close()
    const raw = new BetterSqlite3(t.core.dbFile)
    expect(() => raw.prepare("UPDATE penalty_cases SET status = 'filed' WHERE id = ?").run(c.id)).toThrow(/not allowed/)
    expect(() => raw.prepare('DELETE FROM penalty_cases WHERE id = ?').run(c.id)).toThrow(/never deleted/)
    raw.close()
    await t.reopen()
  })

  it('refuses bad facts at the field with nothing written', async () => {
    t = await setUpCore(undefined, clockAt('2026-09-10'))
    const legal = await legalUser()
    const refused = async (over: Parameters<typeof caseInput>[0]) => {
      const r = await t.call('cases.create', caseInput(over), legal)
      return r.ok ? null : r.error.fields
    }
    expect(await refused({ officers: [{ name: '张执法', certNo: '35010012345' }] })).toEqual({ officers: '执法人员不得少于两人（行政处罚法第四十二条）' })
    expect(await refused({ penaltyKinds: ['warning'], fineFen: 100_000, propertyDescription: '', propertyValueFen: 0 })).toEqual({ penaltyKinds: '填写了罚款金额，处罚种类应包括“罚款”' })
    expect(await refused({ penaltyKinds: ['fine'], fineFen: 0, propertyDescription: '', propertyValueFen: 0 })).toEqual({ fineFen: '处罚种类包括罚款，请填写罚款金额' })
    expect(await refused({ procedure: 'summary', penaltyKinds: ['fine'], fineFen: 300_100, propertyDescription: '', propertyValueFen: 0 })).toEqual({ fineFen: expect.stringContaining('简易程序罚款不得超过3000元') })
    expect(await refused({ procedure: 'summary', party: { type: 'natural_person', name: '曾小明', idNo: '' }, penaltyKinds: ['fine'], fineFen: 20_100, propertyDescription: '', propertyValueFen: 0 })).toEqual({ fineFen: expect.stringContaining('不得超过200元') })
    expect(await refused({ filingDate: '2026-09-11' })).toEqual({ filingDate: '立案日期不能晚于今天' })
    expect(await refused({ party: { type: 'natural_person', name: '曾小明', idNo: '350102199003071235' } })).toEqual({ 'party.idNo': expect.any(String) })
    expect((await t.ok('cases.list', {}, legal)).total).toBe(0)
  })

  it('counts the approved and collective extensions, in order, before the deadline', async () => {
    t = await setUpCore(undefined, clockAt('2026-11-20'))
    const legal = await legalUser()
    let c = await t.ok('cases.create', caseInput(), legal)
    const collectiveFirst = await t.call('cases.extend', { id: c.id, version: c.version, kind: 'collective', date: '2026-11-20', approvedBy: '局务会', reason: '案情复杂', days: 30 }, legal)
    expect(collectiveFirst.ok ? null : collectiveFirst.error.fields?.kind).toContain('须先经负责人批准延长30日')
    c = await t.ok('cases.extend', { id: c.id, version: c.version, kind: 'approved', date: '2026-11-20', approvedBy: '王局长', reason: '需补充鉴定' }, legal)
    expect(due(c, 'decision')!.date).toBe('2026-12-30')
    const twice = await t.call('cases.extend', { id: c.id, version: c.version, kind: 'approved', date: '2026-11-20', approvedBy: '王局长', reason: '再延' }, legal)
    expect(twice.ok).toBe(false)
    c = await t.ok('cases.extend', { id: c.id, version: c.version, kind: 'collective', date: '2026-11-20', approvedBy: '局务会', reason: '案情复杂', days: 20 }, legal)
    expect(due(c, 'decision')!.date).toBe('2027-01-19')
    // 不予处罚 ends it: nothing more is due.
    c = await t.ok('cases.end', { id: c.id, version: c.version, outcome: 'not_punished', date: '2026-11-20', reason: '违法行为轻微并及时改正，没有造成危害后果' }, legal)
    expect(c.deadlines.filter((d) => !d.met)).toEqual([])
    expect(c.mustPublish).toBe(false)
  })

  it('keeps the cached deadlines equal to the record’s own', async () => {
    const clock = clockAt('2026-09-25')
    t = await setUpCore(undefined, clock)
    const legal = await legalUser()
    let c = await t.ok('cases.create', caseInput(), legal)
    c = await t.ok('cases.decide', { id: c.id, version: c.version, decisionNo: '测市监处罚〔2026〕9号', decisionDate: '2026-09-25' }, legal)
    await t.core.close()
    const raw = new BetterSqlite3(t.core.dbFile, { readonly: true })
    const row = raw.prepare('SELECT decision_due, publication_due, next_due, next_due_kind FROM penalty_cases WHERE id = ?').get(c.id)
    raw.close()
    await t.reopen()
    expect(row).toEqual({ decision_due: null, publication_due: due(c, 'publication')!.date, next_due: due(c, 'publication')!.date, next_due_kind: 'publication' })
  })
})

describe('the register sorted by deadline', () => {
  it('puts the nearest deadline first and the cases without one last, page after page', async () => {
    t = await setUpCore(undefined, clockAt('2026-09-10'))
    const legal = await legalUser()
    // 14 cases filed on 9 different days (two share a day), 5 of them voided: no deadline left.
    const filed = ['2026-09-01', '2026-08-20', '2026-09-05', '2026-08-25', '2026-09-01', '2026-08-28', '2026-09-09', '2026-08-15', '2026-09-03', '2026-09-02', '2026-08-30', '2026-09-04', '2026-08-18', '2026-09-06']
    const made: CaseRecord[] = []
    for (const filingDate of filed) made.push(await t.ok('cases.create', caseInput({ filingDate }), legal))
    for (const c of made.filter((_, i) => i % 3 === 1)) await t.ok('cases.void', { id: c.id, version: c.version, reason: '重复登记' }, legal)
    const voided = new Set(made.filter((_, i) => i % 3 === 1).map((c) => c.caseNo))
    const byNoDesc = (a: CaseRecord, b: CaseRecord) => b.caseNo.localeCompare(a.caseNo)
    const withDue = made.filter((c) => !voided.has(c.caseNo)).sort((a, b) => a.filingDate.localeCompare(b.filingDate) || byNoDesc(a, b))
    const expected = [...withDue, ...made.filter((c) => voided.has(c.caseNo)).sort(byNoDesc)].map((c) => c.caseNo)
    const page = async (n: number) => (await t.ok('cases.list', { includeVoided: true, sort: 'nextDue', page: n, pageSize: 10 }, legal)).rows.map((r) => r.caseNo)
    expect([...(await page(1)), ...(await page(2))]).toEqual(expected)
    expect(await page(3)).toEqual([])
    expect((await t.ok('cases.list', { sort: 'nextDue', pageSize: 10 }, legal)).rows.map((r) => r.caseNo)).toEqual(withDue.map((c) => c.caseNo))
  })
})
