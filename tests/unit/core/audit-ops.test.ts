import { afterEach, describe, expect, it } from 'vitest'
import readXlsxFile from 'read-excel-file/node'
import { dbContent } from '../../support/db-snapshot'
import { FakeClock, SETUP_INPUT, setUpCore, type CoreHarness } from '../../support/temp-core'
import { addAccount } from '../../support/users'
import { AUDIT_COUNT_BOUND } from '../../../electron/core/audit/query'

let t: CoreHarness
afterEach(async () => t?.dispose())

/** Day one: setup and a profile edit by the admin; day three: a clerk signs in and generates a notice. */
async function twoDays() {
  // 09:00 at the office (China Standard Time), whatever time zone the test runs in.
  const clock = new FakeClock(Date.parse('2026-11-20T09:00:00+08:00'))
  t = await setUpCore(undefined, clock)
  await t.ok('settings.update', { ...SETUP_INPUT.agency, phone: '0591-7654321', version: 1 })
  clock.advanceMinutes(2 * 24 * 60)
  await t.ok('auth.login', { login: 'admin', password: SETUP_INPUT.admin.password }) // the idle session ended
  const clerk = await addAccount(t, 'clerk', '李录入', ['clerk'])
  const doc = await t.ok('documents.generate', { kind: 'notice', date: '2026-11-22', values: { 事项: '停业', 主送机关: '各有关单位', 正文: '特此公告。', 文号: '' } }, clerk.client)
  return { clock, clerk, doc }
}

describe('browsing the audit trail', () => {
  it('filters by user, record type, action and local date, newest first, paged', async () => {
    const { clerk } = await twoDays()
    const all = await t.ok('audit.list', {})
    expect(all.total).toBe(all.entries.length)
    expect(all.entries.map((e) => e.seq)).toEqual([...all.entries.map((e) => e.seq)].sort((a, b) => b - a))

    const byClerk = await t.ok('audit.list', { filter: { userId: clerk.id } })
    expect(byClerk.entries.map((e) => e.action)).toEqual(['generate', 'password_change', 'login'])
    const profile = await t.ok('audit.list', { filter: { recordType: 'agency_profile', action: 'update' } })
    expect(profile.entries).toHaveLength(1)
    expect(profile.entries[0]).toMatchObject({ recordTypeLabel: '机关信息', operationLabel: '修改机关信息', changes: [{ label: '电话', from: '0591-1234567', to: '0591-7654321' }] })

    expect((await t.ok('audit.list', { filter: { from: '2026-11-20', to: '2026-11-20' } })).entries.map((e) => e.action)).toEqual(['update', 'create', 'create'])
    expect((await t.ok('audit.list', { filter: { from: '2026-11-21', to: '2026-11-21' } })).total).toBe(0)
    expect((await t.ok('audit.list', { filter: { from: '2026-11-22' } })).total).toBe(all.total - 3)

    const page2 = await t.ok('audit.list', { page: 2, pageSize: 2 })
    expect(page2).toMatchObject({ total: all.total })
    expect(page2.entries.map((e) => e.seq)).toEqual(all.entries.slice(2, 4).map((e) => e.seq))

    expect(await t.call('audit.list', { filter: { from: '2026-11-22', to: '2026-11-20' } })).toMatchObject({ ok: false, error: { fields: { 'filter.to': '开始日期不能晚于结束日期' } } })
    expect(await t.call('audit.list', {}, clerk.client)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('counts the list only up to a bound, and exactly below it', async () => {
    const { clerk } = await twoDays()
    const exact = (await t.ok('audit.list', {})).total
    expect(await t.ok('audit.list', {})).toMatchObject({ capped: false })
    // Years of entries, written beneath core (the chain is not what this test reads).
    const add = t.core.sqlite.prepare(
      `INSERT INTO audit_log (seq, at, user_id, operation, action, record_type, record_id, changes, note, prev_hash, hash)
       VALUES (?, '2026-11-01T00:00:00.000Z', NULL, 'auth.login', 'login_failed', 'user', NULL, '{}', NULL, ?, ?)`,
    )
    const first = exact + 1
    t.core.sqlite.transaction(() => {
      for (let seq = first; seq < first + AUDIT_COUNT_BOUND; seq++) add.run(seq, '0'.repeat(64), seq.toString(16).padStart(64, '0'))
    })()
    const all = await t.ok('audit.list', {})
    expect(all).toMatchObject({ total: AUDIT_COUNT_BOUND, capped: true })
    expect(all.entries[0]!.seq).toBe(first + AUDIT_COUNT_BOUND - 1)
    // A filter that matches fewer is counted exactly.
    expect(await t.ok('audit.list', { filter: { userId: clerk.id } })).toMatchObject({ total: 3, capped: false })
    expect(await t.ok('audit.list', { filter: { action: 'login_failed' } })).toMatchObject({ total: AUDIT_COUNT_BOUND, capped: false })
  })

  it('answers other calls while an export is being written (it runs in the read worker)', async () => {
    await twoDays()
    const add = t.core.sqlite.prepare(
      `INSERT INTO audit_log (seq, at, user_id, operation, action, record_type, record_id, changes, note, prev_hash, hash)
       VALUES (?, '2026-11-01T00:00:00.000Z', NULL, 'auth.login', 'login_failed', 'user', NULL, '{"login":[null,"某某"]}', '登录名不存在', ?, ?)`,
    )
    const first = (await t.ok('audit.list', {})).total + 1
    t.core.sqlite.transaction(() => {
      for (let seq = first; seq < first + 20_000; seq++) add.run(seq, '0'.repeat(64), seq.toString(16).padStart(64, '0'))
    })()
    const order: string[] = []
    const exporting = t.ok('audit.export', {}).then((f) => (order.push('export'), f))
    const other = t.ok('auth.me', {}).then(() => order.push('auth.me'))
    const [file] = await Promise.all([exporting, other])
    // Run in this thread inside the call's transaction, the export kept every other call waiting until it ended.
    expect(order).toEqual(['auth.me', 'export'])
    expect(file.rows).toBe(first + 20_000 - 1)
  })

  it('exports the filtered trail to .xlsx that reads back with every entry and its changes', async () => {
    await twoDays()
    const all = await t.ok('audit.list', { pageSize: 200 })
    const file = await t.ok('audit.export', {})
    expect(file).toMatchObject({ fileName: '审计日志-20261122.xlsx', rows: all.total })
    const [sheet] = await readXlsxFile(Buffer.from(file.base64, 'base64'))
    expect(sheet!.sheet).toBe('审计日志')
    const [header, ...rows] = sheet!.data
    expect(header).toEqual(['序号', '时间', '用户', '登录名', '操作', '动作', '记录类型', '记录', '记录编号', '修改内容（原值 → 新值）', '说明', '哈希'])
    expect(rows.map((r) => r[0])).toEqual(all.entries.map((e) => e.seq).reverse())
    const edit = rows.find((r) => r[5] === '修改' && r[6] === '机关信息')!
    // The office's time in Chinese form, whatever the time zone this test runs in.
    expect(edit.slice(1, 4)).toEqual(['2026年11月20日 09:00:00', '王管理', 'admin'])
    expect(edit[9]).toBe('电话：0591-1234567 → 0591-7654321')
    expect(edit[11]).toBe(all.entries.find((e) => e.seq === edit[0])!.hash)
    // A record is named as people know it, its id beside the name.
    const clerkCreated = rows.find((r) => r[5] === '新建' && r[6] === '账号' && String(r[7]).includes('clerk'))!
    expect(clerkCreated[7]).toBe('李录入（clerk）')
    expect(String(clerkCreated[8])).toMatch(/^[0-9a-f-]{36}$/)

    const onlyLogins = await t.ok('audit.export', { filter: { action: 'login' } })
    const [loginSheet] = await readXlsxFile(Buffer.from(onlyLogins.base64, 'base64'))
    expect(loginSheet!.data.slice(1).map((r) => [r[2], r[5]])).toEqual([['王管理', '登录'], ['李录入', '登录']])
  })

  it('shows a record’s history to those allowed to see the record', async () => {
    const { clerk } = await twoDays()
    const history = await t.ok('audit.history', { recordType: 'agency_profile', recordId: null }, clerk.client)
    expect(history.map((e) => e.actionLabel)).toEqual(['修改', '新建'])
    expect(history[1]!.changes.find((c) => c.field === 'fullName')).toEqual({ field: 'fullName', label: '机关全称', from: '（空）', to: SETUP_INPUT.agency.fullName })
    expect(await t.call('audit.history', { recordType: 'security_settings', recordId: null }, clerk.client)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})

describe('voiding an issued document', () => {
  it('is for an approver, needs a reason, keeps the file, and hides the document unless asked', async () => {
    const { clerk, doc } = await twoDays()
    const approver = await addAccount(t, 'leader', '陈审核', ['approver'])
    const before = dbContent(t.core.dbFile)
    for (const c of [clerk.client, t.client]) {
      expect(await t.call('documents.archive.void', { id: doc.archiveId, reason: '内容有误' }, c)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    expect(await t.call('documents.archive.void', { id: doc.archiveId, reason: '' }, approver.client)).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { reason: '请填写作废原因（至少2个字）' } } })
    expect(dbContent(t.core.dbFile)).toBe(before)

    const voided = await t.ok('documents.archive.void', { id: doc.archiveId, reason: '事项写错，已重新出具' }, approver.client)
    expect(voided.voided).toMatchObject({ byName: '陈审核', reason: '事项写错，已重新出具' })
    expect(await t.ok('documents.archive.list', {})).toEqual([])
    expect((await t.ok('documents.archive.list', { includeVoided: true })).map((d) => d.id)).toEqual([doc.archiveId])
    expect((await t.ok('documents.archive.get', { id: doc.archiveId })).base64).toBe(doc.base64)
    expect(await t.call('documents.archive.void', { id: doc.archiveId, reason: '再次作废' }, approver.client)).toMatchObject({ ok: false, error: { code: 'STATE' } })

    const history = await t.ok('audit.history', { recordType: 'document', recordId: doc.archiveId }, clerk.client)
    expect(history.map((e) => [e.actionLabel, e.user?.name, e.note])).toEqual([
      ['作废', '陈审核', '事项写错，已重新出具'],
      ['生成', '李录入', null],
    ])
    expect(history[1]!.changes.find((c) => c.field === 'kind')).toMatchObject({ label: '文书种类', from: '（空）', to: '公告（通用）' })
  })
})
