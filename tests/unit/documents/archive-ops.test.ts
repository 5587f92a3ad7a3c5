import { afterEach, describe, expect, it } from 'vitest'
import BetterSqlite3 from 'better-sqlite3'
import { undoMigrationsAfter7 } from '../../support/undo-migrations'
import { localDate } from '../../../shared/rules/local-time'
import { plainText, readDocx } from '../../support/docx-read'
import { FakeClock, setUpCore, type CoreHarness } from '../../support/temp-core'
import { addClerk, createSeizure } from '../../support/seizures'
import { addAccount } from '../../support/users'

// 文书 → 存档 tells documents apart (文号, 登记号, 当事人), searches and filters them; the 生成文书 form's inputs
// are checked for their shape; the kinds come grouped by area with the office's own samples.

let t: CoreHarness
afterEach(async () => t?.dispose())

const NOTICE = { 事项: '集中销毁侵权假冒伪劣商品', 正文: '本局定于2026年11月30日集中销毁。' }
const docText = (base64: string) => plainText(readDocx(Buffer.from(base64, 'base64'))['word/document.xml']!)

describe('the archive', () => {
  it('lists each document with its 文号, 登记号 and 当事人, and finds it by any of them or its title', async () => {
    t = await setUpCore(undefined, new FakeClock())
    const { client } = await addClerk(t)
    const seizure = await createSeizure(t, client)
    const list = await t.ok('seizures.inventory', { id: seizure.id, date: '2026-11-23' }, client)
    expect(list.fileName).toBe(`扣押物品清单_${seizure.registerNo}_测试县东方商行有限公司.docx`)
    await t.ok('documents.generate', { kind: 'notice', values: { ...NOTICE, 文号: '测市监〔2026〕7号' }, date: '2026-11-23' })
    await t.ok('documents.generate', { kind: 'notice', values: { ...NOTICE, 事项: '开展食品安全专项检查' }, date: '2026-11-24' })

    const all = await t.ok('documents.archive.list', {})
    expect(all.map((d) => [d.kind, d.documentNo, d.registerNo, d.partyName])).toEqual(
      expect.arrayContaining([
        ['seizure_inventory', '测市监强制〔2026〕12号', seizure.registerNo, '测试县东方商行有限公司'],
        ['notice', '测市监〔2026〕7号', '', ''],
        ['notice', '', '', ''],
      ]),
    )
    const found = async (query: string) => (await t.ok('documents.archive.list', { query })).map((d) => d.title)
    expect(await found(seizure.registerNo)).toEqual(['扣押物品清单'])
    expect(await found('东方商行')).toEqual(['扣押物品清单'])
    expect(await found('〔2026〕7号')).toEqual(['测试县市场监督管理局关于集中销毁侵权假冒伪劣商品的公告'])
    expect(await found('食品安全')).toEqual(['测试县市场监督管理局关于开展食品安全专项检查的公告'])
    // LIKE's own wildcards are taken literally.
    expect(await found('%')).toEqual([])
    expect(await found('商品_')).toEqual([])
  })

  it('filters by kind, by the day documents were made and by who made them', async () => {
    const clock = new FakeClock(Date.parse('2026-11-20T02:00:00Z'))
    t = await setUpCore(undefined, clock)
    await t.ok('documents.generate', { kind: 'notice', values: NOTICE, date: '2026-11-20' })
    clock.advanceMinutes(3 * 24 * 60)
    await t.ok('auth.login', { login: 'admin', password: 'admin-pass-123' })
    const { client: clerk } = await addAccount(t, 'clerk1', '赵录入', ['clerk'])
    await t.ok('documents.generate', { kind: 'notice', values: { ...NOTICE, 事项: '第二件事' }, date: '2026-11-23' }, clerk)
    const day = (d: string) => localDate(d)

    const titles = async (filter: object) => (await t.ok('documents.archive.list', filter)).map((d) => d.title.replace('测试县市场监督管理局关于', ''))
    expect(await titles({ dateFrom: day('2026-11-21T02:00:00Z') })).toEqual(['第二件事的公告'])
    expect(await titles({ dateTo: day('2026-11-20T02:00:00Z') })).toEqual(['集中销毁侵权假冒伪劣商品的公告'])
    expect(await titles({ dateFrom: day('2026-11-20T02:00:00Z'), dateTo: day('2026-11-23T02:00:00Z') })).toHaveLength(2)
    const creators = await t.ok('documents.archive.creators', {}, clerk)
    expect(creators.map((c) => c.name).sort()).toEqual(['王管理', '赵录入'])
    const clerkId = creators.find((c) => c.name === '赵录入')!.id
    expect(await titles({ createdBy: clerkId })).toEqual(['第二件事的公告'])
    expect(await titles({ kind: 'seizure_inventory' })).toEqual([])
    const backwards = await t.call('documents.archive.list', { dateFrom: '2026-11-23', dateTo: '2026-11-20' })
    expect(backwards).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { dateTo: '截止日期不能早于起始日期' } } })
  })

  it('fills the new columns for documents issued before them, from their inputs and their seizure', async () => {
    t = await setUpCore()
    const { client } = await addClerk(t)
    const seizure = await createSeizure(t, client)
    const list = await t.ok('seizures.inventory', { id: seizure.id, date: '2026-11-23' }, client)
    const notice = await t.ok('documents.generate', { kind: 'notice', values: { ...NOTICE, 文号: '测市监〔2026〕7号' }, date: '2026-11-23' })
    // Back to schema 5 as it was: no columns, no index, migrations 6 and 7 (the seizure list's, undone as it
    // came) not applied. Reopening migrates it.
    await t.core.close()
    const raw = new BetterSqlite3(t.core.dbFile)
    undoMigrationsAfter7(raw)
    raw.exec(`DROP INDEX document_archive_creator_ix;
      ALTER TABLE document_archive DROP COLUMN document_no;
      ALTER TABLE document_archive DROP COLUMN register_no;
      ALTER TABLE document_archive DROP COLUMN party_name;
      DROP TABLE seizure_search_grams;
      DROP INDEX seizures_decision_date_ix; DROP INDEX seizures_value_ix; DROP INDEX seizures_party_sort_ix;
      DROP INDEX seizures_term_asc_ix; DROP INDEX seizures_term_desc_ix; DROP INDEX seizures_held_ix; DROP INDEX seizures_voided_ix;
      CREATE INDEX seizures_decision_date_ix ON seizures (decision_date);
      CREATE INDEX seizures_term_end_ix ON seizures (term_end);
      CREATE INDEX seizures_value_ix ON seizures (value_fen);
      CREATE INDEX seizures_party_name_ix ON seizures (party_name);
      ALTER TABLE seizures DROP COLUMN party_sort;
      ALTER TABLE seizures DROP COLUMN officer_names;
      ALTER TABLE seizures DROP COLUMN category_bits;
      DELETE FROM schema_migrations WHERE version IN (6, 7);
      PRAGMA user_version = 5;`)
    raw.close()
    await t.reopen()
    await t.ok('auth.login', { login: 'admin', password: 'admin-pass-123' })
    const byId = Object.fromEntries((await t.ok('documents.archive.list', {})).map((d) => [d.id, d]))
    expect(byId[list.archiveId]).toMatchObject({ documentNo: '测市监强制〔2026〕12号', registerNo: seizure.registerNo, partyName: '测试县东方商行有限公司' })
    expect(byId[notice.archiveId]).toMatchObject({ documentNo: '测市监〔2026〕7号', registerNo: '', partyName: '' })
  })
})

describe('the 生成文书 form\'s inputs', () => {
  it('refuses line breaks and tabs in one-line inputs and over-long ones, saying how long; keeps them in 正文', async () => {
    t = await setUpCore()
    const refused = async (values: Record<string, string>) => {
      const r = await t.call('documents.generate', { kind: 'notice', values: { ...NOTICE, ...values }, date: '2026-11-23' })
      return r.ok ? null : r.error.fields
    }
    expect(await refused({ 事项: '集中销毁\n假冒商品' })).toEqual({ 'values.事项': '“事项”只能写一行，不能包含换行或制表符' })
    expect(await refused({ 主送机关: '各市场\t监督管理所' })).toEqual({ 'values.主送机关': '“主送机关”只能写一行，不能包含换行或制表符' })
    expect(await refused({ 事项: '事'.repeat(41) })).toEqual({ 'values.事项': '“事项”不能超过40个字（现有41个字）' })
    expect(await refused({ 附件: Array.from({ length: 21 }, (_v, i) => `附件名称${i + 1}`).join('\n') })).toEqual({ 'values.附件': '附件最多20个（现有21个）' })
    expect(await refused({ 附件: `短名\n${'长'.repeat(61)}` })).toEqual({ 'values.附件': '第2个附件的名称过长（61个字，最多60个字）' })
    expect(await t.ok('documents.archive.list', {})).toEqual([])
    const ok = await t.ok('documents.generate', { kind: 'notice', values: { ...NOTICE, 正文: '第一段。\n第二段。', 附件: '销毁物品清单\n销毁现场照片' }, date: '2026-11-23' })
    expect(docText(ok.base64)).toContain('第二段。')
  })

  it('comes grouped by area, with the office\'s own name and 文号代字 in the samples', async () => {
    t = await setUpCore()
    const kinds = await t.ok('documents.kinds', {})
    expect(kinds.map((k) => [k.kind, k.area, k.fromRecord])).toEqual([
      ['notice', '通用', null],
      ['seizure_inventory', '查扣登记', 'seizure'],
      ['destruction_notice', '销毁管理', 'destruction_batch'],
      ['destruction_list', '销毁管理', 'destruction_batch'],
      ['destruction_record', '销毁管理', 'destruction_batch'],
      ['destruction_approval', '销毁管理', 'destruction_batch'],
      ['case_publicity', '处罚案件', 'penalty_case'],
      ['case_decision', '处罚案件', 'penalty_case'],
      ['typical_collection', '典型案例', 'typical_collection'],
      ['typical_report', '典型案例', 'typical_collection'],
      ['station_directory', '服务站', 'station_directory'],
      ['station_plaque', '服务站', 'station_plaque'],
      ['station_review_report', '服务站', 'station_review_report'],
      ['work_summary', '统计', 'stat_period'],
      ['consumer_summary', '统计', 'stat_period'],
      ['campaign_plan', '专项行动', 'campaign'],
      ['campaign_stat_form', '专项行动', 'campaign'],
      ['campaign_summary', '专项行动', 'campaign'],
    ])
    const notice = kinds.find((k) => k.kind === 'notice')!
    expect(notice.placeholders.find((p) => p.name === '文号')!.sample).toMatch(/^测市监〔\d{4}〕3号$/)
    expect(notice.placeholders.find((p) => p.name === '机关名称')!.sample).toBe('测试县市场监督管理局')
    expect(notice.placeholders.filter((p) => p.multiline).map((p) => p.name)).toEqual(['正文', '附件'])
    const list = kinds.find((k) => k.kind === 'seizure_inventory')!
    expect(list.placeholders.find((p) => p.name === '决定书文号')!.sample).toBe('测市监强制〔2026〕1号')
    // The 模板 preview of the 清单 uses the same sample.
    const state = await t.ok('documents.template.get', { kind: 'seizure_inventory' })
    const p = await t.ok('documents.preview', { kind: 'seizure_inventory', values: {}, date: '2026-11-23', draft: { title: state.current.title, body: state.current.body } })
    expect(docText(p.base64)).toContain('测市监强制〔2026〕1号')
    expect(docText(p.base64)).not.toContain('X市监')
  })
})
