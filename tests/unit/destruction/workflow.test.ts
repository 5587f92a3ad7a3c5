import BetterSqlite3 from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import type { ClientContext } from '../../../electron/core'
import type { OpInput, OpName } from '../../../shared/api'
import type { ErrorCode } from '../../../shared/api/errors'
import type { Batch } from '../../../shared/api/destruction-types'
import type { Seizure } from '../../../shared/api/seizure-types'
import { newId } from '../../../electron/core/db/ids'
import { dbContent } from '../../support/db-snapshot'
import { approvedBatch, batchFactsInput, confiscatedSeizure, stockColumns, stockLeft } from '../../support/destruction'
import { addClerk } from '../../support/seizures'
import { FakeClock, setUpCore, type CoreHarness } from '../../support/temp-core'
import { addAccount, OWN_PASSWORD } from '../../support/users'

// The batch workflow 草稿 → 待审批 → 已批准 → 已销毁: every step out of turn refused with nothing written, by
// core and again by the triggers beneath it; who may do what; stale versions; the rules on people and dates;
// execution with a line short and recorded corrections of a locked batch.

let t: CoreHarness
afterEach(() => t?.dispose())

let clerk: ClientContext
let boss: ClientContext
let clock: FakeClock
let seizure: Seizure

// 23:50 in the office on 2026-12-20 (UTC+8): moving the clock 20 minutes makes it the 21st.
async function start(): Promise<void> {
  clock = new FakeClock(Date.parse('2026-12-20T15:50:00Z'))
  t = await setUpCore(undefined, clock)
  clerk = (await addClerk(t)).client
  boss = (await addAccount(t, 'boss', '钱领导', ['approver'])).client
  seizure = await confiscatedSeizure(t, clerk)
}

/** The call is refused with this code, and the database's content is exactly what it was. */
async function refused<N extends OpName>(op: N, input: OpInput<N>, client: ClientContext, code: ErrorCode, fields?: Record<string, unknown>): Promise<string> {
  const before = dbContent(t.core.dbFile)
  const r = await t.call(op, input, client)
  expect(r.ok, `${op} should be refused`).toBe(false)
  if (r.ok) return ''
  expect([op, r.error.code], r.error.message).toEqual([op, code])
  if (fields) expect(r.error.fields).toEqual(fields)
  expect(dbContent(t.core.dbFile) === before, `${op} refused but wrote`).toBe(true)
  return r.error.message
}

const get = (b: Batch) => t.ok('destruction.batch.get', { id: b.id }, clerk)

async function draftWithLines(): Promise<Batch> {
  const b = await t.ok('destruction.batch.create', batchFactsInput(), clerk)
  return t.ok('destruction.lines.add', { id: b.id, version: b.version, lines: [{ itemId: seizure.items[0]!.id, qtyMilli: 10_000 }, { itemId: seizure.items[1]!.id, qtyMilli: 24_000 }] }, clerk)
}

/** Everything a clerk may do to a draft, tried on a batch that is not one (or is voided): refused STATE. */
async function noDraftEdits(b: Batch): Promise<void> {
  const v = { id: b.id, version: b.version }
  const line = b.lines[0]!
  await refused('destruction.batch.update', { ...v, facts: batchFactsInput({ place: '别处' }) }, clerk, 'STATE')
  await refused('destruction.lines.add', { ...v, lines: [{ itemId: seizure.items[2]!.id, qtyMilli: 1_000 }] }, clerk, 'STATE')
  await refused('destruction.lines.addSeizure', { ...v, registerNo: seizure.registerNo }, clerk, 'STATE')
  await refused('destruction.lines.update', { ...v, lineId: line.id, qtyMilli: 1_000 }, clerk, 'STATE')
  await refused('destruction.lines.remove', { ...v, lineId: line.id }, clerk, 'STATE')
  await refused('destruction.batch.void', { ...v, reason: '不再需要' }, clerk, 'STATE')
  await refused('destruction.batch.submit', { ...v, request: '再次提交' }, clerk, 'STATE')
}

describe('the workflow', () => {
  it('refuses every step out of turn, writing nothing, and records each allowed step', async () => {
    await start()
    const empty = await t.ok('destruction.batch.create', batchFactsInput(), clerk)
    let b = await draftWithLines()
    const v = () => ({ id: b.id, version: b.version })

    // 草稿: not approved, returned, executed or corrected; an empty one is not submitted.
    await refused('destruction.batch.approve', { ...v(), opinion: '同意', date: '2026-12-20' }, boss, 'STATE')
    await refused('destruction.batch.return', { ...v(), reason: '补充材料' }, boss, 'STATE')
    await refused('destruction.batch.execute', { ...v(), actualDate: '2026-12-20' }, clerk, 'STATE')
    await refused('destruction.batch.correct', { ...v(), field: 'actualDate', value: '2026-12-20', reason: '录错' }, boss, 'STATE')
    await refused('destruction.batch.submit', { id: empty.id, version: empty.version, request: '申请销毁' }, clerk, 'VALIDATION', { lines: expect.any(String) })

    // 待审批: not edited, voided, executed, corrected; sent back to 草稿 with a reason, then submitted again.
    b = await t.ok('destruction.batch.submit', { ...v(), request: '申请集中销毁' }, clerk)
    expect(b.status).toBe('submitted')
    await noDraftEdits(b)
    await refused('destruction.batch.execute', { ...v(), actualDate: '2026-12-20' }, clerk, 'STATE')
    await refused('destruction.batch.correct', { ...v(), field: 'actualDate', value: '2026-12-20', reason: '录错' }, boss, 'STATE')
    b = await t.ok('destruction.batch.return', { ...v(), reason: '请补充见证人' }, boss)
    expect([b.status, b.returnReason]).toEqual(['draft', '请补充见证人'])
    b = await t.ok('destruction.batch.submit', { ...v(), request: '已补充，申请集中销毁' }, clerk)

    // 已批准: locked for edits, not approved or returned again, not corrected before it is executed.
    b = await t.ok('destruction.batch.approve', { ...v(), opinion: '同意销毁', date: '2026-12-20' }, boss)
    expect(b.approval).toMatchObject({ opinion: '同意销毁', date: '2026-12-20', byName: '钱领导' })
    await noDraftEdits(b)
    await refused('destruction.batch.approve', { ...v(), opinion: '同意', date: '2026-12-20' }, boss, 'STATE')
    await refused('destruction.batch.return', { ...v(), reason: '补充材料' }, boss, 'STATE')
    await refused('destruction.batch.correct', { ...v(), field: 'destroyedMilli', lineId: b.lines[0]!.id, value: 1_000, reason: '录错' }, boss, 'STATE')

    // 已销毁: final.
    b = await t.ok('destruction.batch.execute', { ...v(), actualDate: '2026-12-20' }, clerk)
    expect(b.status).toBe('executed')
    await noDraftEdits(b)
    await refused('destruction.batch.execute', { ...v(), actualDate: '2026-12-20' }, clerk, 'STATE')
    await refused('destruction.batch.approve', { ...v(), opinion: '同意', date: '2026-12-20' }, boss, 'STATE')
    await refused('destruction.batch.return', { ...v(), reason: '补充材料' }, boss, 'STATE')
    expect(b.steps.map((s) => s.action)).toEqual(['create', 'submit', 'return', 'submit', 'approve', 'execute'])
    expect(b.steps.map((s) => s.byName)).toEqual(['赵录入', '赵录入', '钱领导', '赵录入', '钱领导', '赵录入'])

    // A voided 草稿 takes nothing more and is not voided twice.
    let dead = await t.ok('destruction.batch.create', batchFactsInput(), clerk)
    dead = await t.ok('destruction.lines.add', { id: dead.id, version: dead.version, lines: [{ itemId: seizure.items[2]!.id, qtyMilli: 1_000 }] }, clerk)
    dead = await t.ok('destruction.batch.void', { id: dead.id, version: dead.version, reason: '重复建立' }, clerk)
    await noDraftEdits(dead)
    await refused('destruction.batch.approve', { id: dead.id, version: dead.version, opinion: '同意', date: '2026-12-20' }, boss, 'STATE')
  })

  it('lets each role do only its part', async () => {
    await start()
    const b = await draftWithLines()
    const v = { id: b.id, version: b.version }
    // An approver neither prepares nor carries out a destruction.
    await refused('destruction.batch.create', batchFactsInput(), boss, 'FORBIDDEN')
    await refused('destruction.batch.update', { ...v, facts: batchFactsInput() }, boss, 'FORBIDDEN')
    await refused('destruction.lines.add', { ...v, lines: [{ itemId: seizure.items[2]!.id, qtyMilli: null }] }, boss, 'FORBIDDEN')
    await refused('destruction.batch.submit', { ...v, request: '申请' }, boss, 'FORBIDDEN')
    await refused('destruction.batch.void', { ...v, reason: '不要了' }, boss, 'FORBIDDEN')
    const submitted = await t.ok('destruction.batch.submit', { ...v, request: '申请集中销毁' }, clerk)
    const sv = { id: submitted.id, version: submitted.version }
    // A clerk neither approves, sends back nor corrects.
    await refused('destruction.batch.approve', { ...sv, opinion: '同意', date: '2026-12-20' }, clerk, 'FORBIDDEN')
    await refused('destruction.batch.return', { ...sv, reason: '退回' }, clerk, 'FORBIDDEN')
    const approved = await t.ok('destruction.batch.approve', { ...sv, opinion: '同意', date: '2026-12-20' }, boss)
    const av = { id: approved.id, version: approved.version }
    await refused('destruction.batch.execute', { ...av, actualDate: '2026-12-20' }, boss, 'FORBIDDEN')
    const executed = await t.ok('destruction.batch.execute', { ...av, actualDate: '2026-12-20' }, clerk)
    await refused('destruction.batch.correct', { id: executed.id, version: executed.version, field: 'destroyedMilli', lineId: executed.lines[0]!.id, value: 9_000, reason: '清点有误' }, clerk, 'FORBIDDEN')
    // Everyone signed in reads; no one else.
    expect((await t.ok('destruction.batch.get', { id: b.id }, boss)).status).toBe('executed')
    const anonymous = (await import('../../../electron/core')).newClient()
    await refused('destruction.stock.list', {}, anonymous, 'UNAUTHENTICATED')
  })

  it('refuses a stale version with CONFLICT', async () => {
    await start()
    const b = await draftWithLines()
    const stale = { id: b.id, version: b.version - 1 }
    await refused('destruction.batch.update', { ...stale, facts: batchFactsInput({ place: '别处' }) }, clerk, 'CONFLICT')
    await refused('destruction.lines.add', { ...stale, lines: [{ itemId: seizure.items[2]!.id, qtyMilli: 1_000 }] }, clerk, 'CONFLICT')
    await refused('destruction.lines.remove', { ...stale, lineId: b.lines[0]!.id }, clerk, 'CONFLICT')
    await refused('destruction.batch.submit', { ...stale, request: '申请' }, clerk, 'CONFLICT')
    await refused('destruction.batch.void', { ...stale, reason: '不要了' }, clerk, 'CONFLICT')
    const s = await t.ok('destruction.batch.submit', { id: b.id, version: b.version, request: '申请' }, clerk)
    await refused('destruction.batch.approve', { id: s.id, version: b.version, opinion: '同意', date: '2026-12-20' }, boss, 'CONFLICT')
    await refused('destruction.batch.return', { id: s.id, version: b.version, reason: '退回' }, boss, 'CONFLICT')
    const a = await t.ok('destruction.batch.approve', { id: s.id, version: s.version, opinion: '同意', date: '2026-12-20' }, boss)
    await refused('destruction.batch.execute', { id: a.id, version: s.version, actualDate: '2026-12-20' }, clerk, 'CONFLICT')
    const e = await t.ok('destruction.batch.execute', { id: a.id, version: a.version, actualDate: '2026-12-20' }, clerk)
    await refused('destruction.batch.correct', { id: e.id, version: a.version, field: 'destroyedMilli', lineId: e.lines[0]!.id, value: 9_000, reason: '清点有误' }, boss, 'CONFLICT')
  })
})

describe('the people and the dates', () => {
  it('refuses a witness who is an executing officer, at the field, and fewer than two officers', async () => {
    await start()
    const officerWitness = batchFactsInput({ witnesses: [{ name: '郑记者', unit: '融媒体中心', capacity: 'media' }, { name: '李执法', unit: '城关所', capacity: 'other' }] })
    const msg = await refused('destruction.batch.create', officerWitness, clerk, 'VALIDATION', { 'witnesses.1.name': expect.stringContaining('李执法') })
    expect(msg).toContain('见证人不能由执行人员担任')
    const b = await t.ok('destruction.batch.create', batchFactsInput(), clerk)
    await refused('destruction.batch.update', { id: b.id, version: b.version, facts: officerWitness }, clerk, 'VALIDATION', { 'facts.witnesses.1.name': expect.stringContaining('李执法') })
    await refused('destruction.batch.create', batchFactsInput({ officers: [{ name: '张执法', certNo: '35010012345' }] }), clerk, 'VALIDATION', { officers: '执行人员不得少于两人' })
    await refused('destruction.batch.update', { id: b.id, version: b.version, facts: batchFactsInput({ officers: [] }) }, clerk, 'VALIDATION', { 'facts.officers': '执行人员不得少于两人' })
    await refused('destruction.batch.create', batchFactsInput({ method: 'contractor', contractor: '' }), clerk, 'VALIDATION', { contractor: expect.any(String) })
    // An edit of the facts is audited and the people replaced in order.
    const edited = await t.ok('destruction.batch.update', { id: b.id, version: b.version, facts: batchFactsInput({ witnesses: [{ name: '孙代表', unit: '县政协', capacity: 'cppcc_member' }] }) }, clerk)
    expect(edited.witnesses).toEqual([{ name: '孙代表', unit: '县政协', capacity: 'cppcc_member' }])
    expect(edited.version).toBe(b.version + 1)
  })

  it('executes on a date from the approval to today, a short line with a reason, the rest back in stock', async () => {
    await start()
    const [shoes, wine] = seizure.items
    let b = await t.ok('destruction.batch.create', batchFactsInput(), clerk)
    b = await t.ok('destruction.lines.add', { id: b.id, version: b.version, lines: [{ itemId: shoes!.id, qtyMilli: 100_000 }, { itemId: wine!.id, qtyMilli: null }] }, clerk)
    b = await t.ok('destruction.batch.submit', { id: b.id, version: b.version, request: '申请集中销毁' }, clerk)
    // Submitted on the 20th; approved just after midnight, dated the 20th.
    clock.advanceMinutes(20)
    await refused('destruction.batch.approve', { id: b.id, version: b.version, opinion: '同意', date: '2026-12-19' }, boss, 'VALIDATION', { date: expect.stringContaining('2026-12-20') })
    await refused('destruction.batch.approve', { id: b.id, version: b.version, opinion: '同意', date: '2026-12-22' }, boss, 'VALIDATION', { date: '审批日期不能晚于今天' })
    b = await t.ok('destruction.batch.approve', { id: b.id, version: b.version, opinion: '同意销毁', date: '2026-12-20' }, boss)
    const v = { id: b.id, version: b.version }
    await refused('destruction.batch.execute', { ...v, actualDate: '2026-12-19' }, clerk, 'VALIDATION', { actualDate: '实际销毁日期不能早于审批日期（2026-12-20）' })
    await refused('destruction.batch.execute', { ...v, actualDate: '2026-12-22' }, clerk, 'VALIDATION', { actualDate: '实际销毁日期不能晚于今天' })
    // More than planned, and short without a reason: refused at the line.
    await refused('destruction.batch.execute', { ...v, actualDate: '2026-12-20', lines: [{ lineId: b.lines[0]!.id, destroyedMilli: 100_001 }] }, clerk, 'VALIDATION', { 'lines.0.destroyedMilli': expect.stringContaining('不能超过计划数量 100双') })
    await refused('destruction.batch.execute', { ...v, actualDate: '2026-12-20', lines: [{ lineId: b.lines[0]!.id, destroyedMilli: 99_000 }] }, clerk, 'VALIDATION', { 'lines.0.reason': expect.stringContaining('请写明原因') })
    await refused('destruction.batch.execute', { ...v, actualDate: '2026-12-20', lines: [{ lineId: newId(), destroyedMilli: 1_000 }] }, clerk, 'NOT_FOUND')

    b = await t.ok('destruction.batch.execute', { ...v, actualDate: '2026-12-20', note: '现场焚烧', lines: [{ lineId: b.lines[0]!.id, destroyedMilli: 99_000, destroyedWeightG: 80_000, reason: '1双另案留作证据' }] }, clerk)
    expect(b.lines.map((l) => [l.plannedMilli, l.destroyedMilli, l.destroyedWeightG, l.shortReason])).toEqual([
      [100_000, 99_000, 80_000, '1双另案留作证据'],
      [24_000, 24_000, null, ''],
    ])
    expect(b.execution).toMatchObject({ actualDate: '2026-12-20', note: '现场焚烧', byName: '赵录入' })
    expect(b.destroyed?.units).toEqual([{ unit: '双', qtyMilli: 99_000 }, { unit: '瓶', qtyMilli: 24_000 }])
    // The pair not destroyed, and the 20 never planned, are in the stock; every executed line has its quantity.
    expect((await stockLeft(t, clerk)).get(shoes!.id)).toBe(21_000)
    expect(stockColumns(t.core.dbFile).get(shoes!.id)).toEqual({ confiscated: 120_000, batch: 99_000 })
    const history = JSON.stringify(await t.ok('audit.history', { recordType: 'seizure', recordId: seizure.id }, clerk))
    expect(history).toContain(`销毁 99双，批次 ${b.batchNo}`)
    expect(history).toContain(`销毁 24瓶，批次 ${b.batchNo}`)
  })

  it('takes the submission day as the office sees it: an approval may not predate it', async () => {
    await start()
    // 07:30 on the 21st in the office is still the 20th in UTC.
    clock.ms = Date.parse('2026-12-20T23:30:00Z')
    await t.ok('auth.login', { login: 'clerk1', password: OWN_PASSWORD }, clerk)
    await t.ok('auth.login', { login: 'boss', password: OWN_PASSWORD }, boss)
    let b = await draftWithLines()
    b = await t.ok('destruction.batch.submit', { id: b.id, version: b.version, request: '申请集中销毁' }, clerk)
    await refused('destruction.batch.approve', { id: b.id, version: b.version, opinion: '同意', date: '2026-12-20' }, boss, 'VALIDATION', { date: '审批日期不能早于提交日期（2026-12-21）' })
    b = await t.ok('destruction.batch.approve', { id: b.id, version: b.version, opinion: '同意', date: '2026-12-21' }, boss)
    expect(b.status).toBe('approved')
  })

  it('corrects a locked batch only by a recorded correction, and the stock follows', async () => {
    await start()
    const [shoes, wine, tea] = seizure.items
    let b = await t.ok('destruction.batch.create', batchFactsInput(), clerk)
    b = await t.ok('destruction.lines.add', { id: b.id, version: b.version, lines: [{ itemId: shoes!.id, qtyMilli: 100_000 }, { itemId: wine!.id, qtyMilli: 20_000 }] }, clerk)
    b = await t.ok('destruction.batch.submit', { id: b.id, version: b.version, request: '申请集中销毁' }, clerk)
    clock.advanceMinutes(20) // the 21st: approved as of the 20th, executed on the 21st, corrected to the 20th
    b = await t.ok('destruction.batch.approve', { id: b.id, version: b.version, opinion: '同意销毁', date: '2026-12-20' }, boss)
    b = await t.ok('destruction.batch.execute', { id: b.id, version: b.version, actualDate: '2026-12-21', lines: [{ lineId: b.lines[1]!.id, destroyedMilli: 18_000, reason: '2瓶破损' }] }, clerk)
    expect(stockColumns(t.core.dbFile).get(wine!.id)).toEqual({ confiscated: 24_000, batch: 18_000 })

    const wineLine = b.lines[1]!
    const v = () => ({ id: b.id, version: b.version })
    await refused('destruction.batch.correct', { ...v(), field: 'destroyedMilli', lineId: wineLine.id, value: 20_001, reason: '清点有误' }, boss, 'VALIDATION', { value: expect.stringContaining('20瓶') })
    await refused('destruction.batch.correct', { ...v(), field: 'destroyedMilli', lineId: wineLine.id, value: 18_000, reason: '清点有误' }, boss, 'VALIDATION')
    await refused('destruction.batch.correct', { ...v(), field: 'actualDate', value: '2026-12-19', reason: '录错' }, boss, 'VALIDATION')
    await refused('destruction.batch.correct', { ...v(), field: 'actualDate', value: '2026-12-22', reason: '录错' }, boss, 'VALIDATION')

    // Fewer destroyed than recorded: the 3 bottles go back to the stock.
    b = await t.ok('destruction.batch.correct', { ...v(), field: 'destroyedMilli', lineId: wineLine.id, value: 15_000, reason: '复核清点为15瓶' }, boss)
    expect(stockColumns(t.core.dbFile).get(wine!.id)).toEqual({ confiscated: 24_000, batch: 15_000 })
    expect((await stockLeft(t, clerk)).get(wine!.id)).toBe(9_000)
    expect(b.lines[1]).toMatchObject({ destroyedMilli: 15_000, shortReason: '复核清点为15瓶' })
    expect(b.destroyed?.units).toEqual([{ unit: '双', qtyMilli: 100_000 }, { unit: '瓶', qtyMilli: 15_000 }])
    // The date.
    b = await t.ok('destruction.batch.correct', { ...v(), field: 'actualDate', value: '2026-12-20', reason: '实际于20日销毁' }, boss)
    expect(b.execution?.actualDate).toBe('2026-12-20')
    b = await t.ok('destruction.batch.correct', { ...v(), field: 'destroyedWeightG', lineId: wineLine.id, value: 15_000, reason: '过磅' }, boss)
    expect(b.corrections.map((c) => [c.field, c.oldValue, c.newValue, c.reason, c.byName])).toEqual([
      ['第2行 实际销毁数量', '18瓶', '15瓶', '复核清点为15瓶', '钱领导'],
      ['实际销毁日期', '2026-12-21', '2026-12-20', '实际于20日销毁', '钱领导'],
      ['第2行 实际重量', '—', '15千克', '过磅', '钱领导'],
    ])
    expect(b.steps.filter((s) => s.action === 'correct').map((s) => s.text)).toEqual(['复核清点为15瓶', '实际于20日销毁', '过磅'])
    const history = JSON.stringify(await t.ok('audit.history', { recordType: 'destruction_batch', recordId: b.id }, clerk))
    expect(history).toContain('复核清点为15瓶')
    expect(JSON.stringify(await t.ok('audit.history', { recordType: 'seizure', recordId: seizure.id }, clerk))).toContain('销毁数量更正 18 → 15瓶')

    // More destroyed than recorded, while what went back is in another batch meanwhile: refused, naming the line.
    let other = await t.ok('destruction.batch.create', batchFactsInput(), clerk)
    other = await t.ok('destruction.lines.add', { id: other.id, version: other.version, lines: [{ itemId: wine!.id, qtyMilli: null }, { itemId: tea!.id, qtyMilli: null }] }, clerk)
    const msg = await refused('destruction.batch.correct', { ...v(), field: 'destroyedMilli', lineId: wineLine.id, value: 20_000, reason: '复核为20瓶' }, boss, 'CONFLICT')
    expect(msg).toContain(`登记号 ${seizure.registerNo} 第2行“白酒”`)
    expect(msg).toContain(other.batchNo)
    // Once that batch lets go of it, the correction goes through.
    other = await t.ok('destruction.lines.remove', { id: other.id, version: other.version, lineId: other.lines[0]!.id }, clerk)
    expect(other.lines.map((l) => l.itemId)).toEqual([tea!.id])
    b = await t.ok('destruction.batch.correct', { ...v(), field: 'destroyedMilli', lineId: wineLine.id, value: 20_000, reason: '复核为20瓶' }, boss)
    expect(stockColumns(t.core.dbFile).get(wine!.id)).toEqual({ confiscated: 24_000, batch: 20_000 })
    expect(b.lines[1]).toMatchObject({ destroyedMilli: 20_000, shortReason: '' })
    expect((await get(b)).version).toBe(b.version)
  })
})

describe('beneath core', () => {
  it('the triggers and CHECKs refuse what core refuses, on a raw connection to the same file', async () => {
    await start()
    const [shoes, wine] = seizure.items
    const draft = await draftWithLines()
    const approved = await approvedBatch(t, clerk, boss, [{ itemId: seizure.items[2]!.id, qtyMilli: 1_000 }], '2026-12-20')
    let executed = await approvedBatch(t, clerk, boss, [{ itemId: shoes!.id, qtyMilli: 1_000 }], '2026-12-20')
    executed = await t.ok('destruction.batch.execute', { id: executed.id, version: executed.version, actualDate: '2026-12-20' }, clerk)
    const before = dbContent(t.core.dbFile)

    const raw = new BetterSqlite3(t.core.dbFile)
    raw.pragma('busy_timeout = 5000')
    try {
      const userId = raw.prepare('SELECT id FROM users LIMIT 1').pluck().get() as string
      const line = (batchId: string, itemId: string, milli: number) =>
        raw
          .prepare(`INSERT INTO destruction_lines (id, batch_id, item_id, seizure_id, position, planned_milli, held_milli, created_at, created_by) VALUES (?, ?, ?, ?, 99, ?, ?, '2026-12-20T00:00:00Z', ?)`)
          .run(newId(), batchId, itemId, seizure.id, milli, milli, userId)
      // More into a batch than confiscated (tea: 12.5 kg, 1 kg of it in the approved batch), or a plan past it.
      expect(() => line(draft.id, seizure.items[2]!.id, 12_501)).toThrow(/CHECK constraint failed/)
      expect(() => raw.prepare('UPDATE destruction_lines SET planned_milli = 24001, held_milli = 24001 WHERE batch_id = ? AND item_id = ?').run(draft.id, wine!.id)).toThrow(/CHECK constraint failed/)
      // Status out of turn, both ways; an executed batch is final.
      expect(() => raw.prepare("UPDATE destruction_batches SET status = 'executed', approved_at = 'x', approval_date = '2026-12-20', actual_date = '2026-12-20' WHERE id = ?").run(draft.id)).toThrow(/status change is not allowed/)
      expect(() => raw.prepare("UPDATE destruction_batches SET status = 'approved', approved_at = 'x' WHERE id = ?").run(draft.id)).toThrow(/status change is not allowed/)
      expect(() => raw.prepare("UPDATE destruction_batches SET status = 'draft' WHERE id = ?").run(executed.id)).toThrow(/status change is not allowed/)
      expect(() => raw.prepare("UPDATE destruction_batches SET status = 'draft' WHERE id = ?").run(approved.id)).toThrow(/status change is not allowed/)
      // Never deleted; a non-draft is not voided.
      expect(() => raw.prepare('DELETE FROM destruction_batches WHERE id = ?').run(draft.id)).toThrow(/never deleted/)
      expect(() => raw.prepare("UPDATE destruction_batches SET voided_at = 'x' WHERE id = ?").run(approved.id)).toThrow(/CHECK constraint failed/)
      // Lines of an approved or executed batch: none added, removed, re-planned, moved.
      expect(() => line(approved.id, seizure.items[2]!.id, 1_000)).toThrow(/only to a draft batch/)
      expect(() => raw.prepare('DELETE FROM destruction_lines WHERE batch_id = ?').run(approved.id)).toThrow(/only from a draft batch/)
      expect(() => raw.prepare('UPDATE destruction_lines SET planned_milli = 500 WHERE batch_id = ?').run(executed.id)).toThrow(/only in a draft batch/)
      expect(() => raw.prepare('UPDATE destruction_lines SET item_id = ? WHERE batch_id = ?').run(wine!.id, executed.id)).toThrow(/keeps its item/)
      expect(() => raw.prepare('UPDATE destruction_lines SET destroyed_milli = 1 WHERE batch_id = ?').run(draft.id)).toThrow(/only when an approved batch is executed/)
      // An outcome is never edited; voiding a confiscation the batches hold breaks the CHECK.
      expect(() => raw.prepare("UPDATE seizure_outcomes SET qty_milli = 1 WHERE item_id = ? AND kind = 'confiscation'").run(shoes!.id)).toThrow(/never edited/)
      expect(() => raw.prepare("UPDATE seizure_outcomes SET voided_at = 'x' WHERE item_id = ? AND kind = 'confiscation'").run(wine!.id)).toThrow(/CHECK constraint failed/)
    } finally {
      raw.close()
    }
    expect(dbContent(t.core.dbFile)).toBe(before)
  })
})
