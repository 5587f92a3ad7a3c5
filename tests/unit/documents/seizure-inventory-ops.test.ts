import { afterEach, describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import BetterSqlite3 from 'better-sqlite3'
import { loadCurrentUser } from '../../../electron/core/auth/users'
import { writeAudit } from '../../../electron/core/audit/write'
import { openDatabase, type OpenedDatabase } from '../../../electron/core/db/connection'
import type { Transaction } from 'kysely'
import type { Database } from '../../../electron/core/db/schema'
import { issueRecordDocument } from '../../../electron/core/documents/issue'
import type { CoreServices, HandlerAuditEntry, HandlerContext } from '../../../electron/core/handler'
import type { Seizure } from '../../../shared/api/seizure-types'
import { plainText, readDocx } from '../../support/docx-read'
import { setUpCore, type CoreHarness } from '../../support/temp-core'
import { addClerk, createSeizure } from '../../support/seizures'
import { loopTemplate, seizureRecord } from './seizure-record'

// The 物品清单 through the documents operations, and issued as seizures.inventory will issue it.

let t: CoreHarness
let second: OpenedDatabase | undefined
afterEach(async () => {
  await second?.db.destroy()
  second = undefined
  await t?.dispose()
})

const docText = (base64: string) => plainText(readDocx(Buffer.from(base64, 'base64'))['word/document.xml']!)
const KIND = 'seizure_inventory' as const

describe('查封（扣押）物品清单 in 文书', () => {
  it('is listed as made from a seizure, with its item loop and no inputs', async () => {
    t = await setUpCore()
    const info = (await t.ok('documents.kinds', {})).find((k) => k.kind === KIND)!
    expect(info).toMatchObject({ label: '查封（扣押）物品清单', fromRecord: 'seizure' })
    expect(info.placeholders.filter((p) => p.input)).toEqual([])
    expect(info.placeholders.find((p) => p.name === '措施种类')).toMatchObject({ sample: '扣押' })
    expect(info.loops.map((l) => [l.name, l.fields.map((f) => f.name)])).toEqual([['物品', ['序号', '品名', '品牌', '规格型号', '数量', '单位', '重量', '货值', '备注']]])
    expect((await t.ok('documents.kinds', {})).find((k) => k.kind === 'notice')).toMatchObject({ fromRecord: null, loops: [] })
  })

  it('cannot be generated or previewed from the 生成文书 form', async () => {
    t = await setUpCore()
    const refused = { ok: false, error: { code: 'VALIDATION', message: '此文书须从查扣登记中生成' } }
    expect(await t.call('documents.generate', { kind: KIND, values: {}, date: '2026-11-23' })).toMatchObject(refused)
    expect(await t.call('documents.preview', { kind: KIND, values: {}, date: '2026-11-23' })).toMatchObject(refused)
    expect(await t.ok('documents.archive.list', {})).toEqual([])
  })

  it('has its wording edited and previewed in 模板 with a sample seizure', async () => {
    t = await setUpCore()
    const state = await t.ok('documents.template.get', { kind: KIND })
    expect(state.current).toMatchObject({ versionNo: 0, title: '{{措施种类}}物品清单' })
    const draft = { title: state.current.title, body: `${state.current.body}\n当事人{{当事人}}核对无误。` }
    const p = await t.ok('documents.preview', { kind: KIND, values: {}, date: '2026-11-23', draft })
    const text = docText(p.base64)
    expect(text).toContain('扣押物品清单')
    expect(text).toContain('当事人XX县东方商行有限公司核对无误。')
    expect(text).toContain('运动鞋')
    expect(text).toContain('测试县市场监督管理局')

    const bad = await t.call('documents.template.save', { kind: KIND, title: draft.title, body: '{{罚款金额}}', basedOn: 0 })
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { body: '未知的占位符：{{罚款金额}}' } } })
    expect((await t.ok('documents.template.save', { kind: KIND, ...draft, basedOn: 0 })).current.versionNo).toBe(1)
  })

  it('accepts a Word template looping over the lines, and flags unknown names inside and outside the loop', async () => {
    t = await setUpCore()
    const base64 = (await loopTemplate('{{备注}}{{机关名称}}{{坏名}}', '{{物品}}{{序号}}')).toString('base64')
    const { placeholders } = await t.ok('documents.template.inspect', { kind: KIND, base64 })
    expect(placeholders).toEqual([
      { name: '措施种类', known: true },
      { name: '登记号', known: true },
      { name: '当事人', known: true },
      { name: '物品行数', known: true },
      { name: '物品', known: false },
      { name: '序号', known: false },
      { name: '物品', known: true, opensLoop: true },
      { name: '序号', known: true, inLoop: '物品' },
      { name: '品名', known: true, inLoop: '物品' },
      { name: '品牌', known: true, inLoop: '物品' },
      { name: '数量', known: true, inLoop: '物品' },
      { name: '单位', known: true, inLoop: '物品' },
      { name: '重量', known: true, inLoop: '物品' },
      { name: '货值', known: true, inLoop: '物品' },
      { name: '备注', known: true, inLoop: '物品' },
      { name: '机关名称', known: true, inLoop: '物品' },
      { name: '坏名', known: false, inLoop: '物品' },
      { name: '机关名称', known: true },
    ])
    const refused = await t.call('documents.template.upload', { kind: KIND, base64, fileName: '清单.docx', basedOn: 0 })
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'Word 模板中有未知的占位符：{{物品}}、{{序号}}、{{坏名}}（在 {{#物品}} 中）' } })
    // A kind without lines has no loop to offer.
    const notice = await t.ok('documents.template.inspect', { kind: 'notice', base64: (await loopTemplate()).toString('base64') })
    expect(notice.placeholders).toContainEqual({ name: '物品', known: false, opensLoop: true })

    const clean = await t.ok('documents.template.upload', { kind: KIND, base64: (await loopTemplate()).toString('base64'), fileName: '清单.docx', basedOn: 0 })
    expect(clean.current).toMatchObject({ versionNo: 1, docxName: '清单.docx' })
  })
})

/** Runs `fn` as dispatch runs an operation outside the call's transaction, on a second connection. */
async function asOperation<T>(fn: (ctx: HandlerContext) => Promise<T>): Promise<T> {
  second ??= openDatabase(t.dataDir)
  const { db, sqlite, file } = second
  const admin = await db.selectFrom('users').select('id').where('login', '=', 'admin').executeTakeFirstOrThrow()
  const user = (await loadCurrentUser(db, admin.id))!
  const at = '2026-11-23T02:00:00.000Z'
  const stamp = (e: HandlerAuditEntry | readonly HandlerAuditEntry[]) => (Array.isArray(e) ? e : [e]).map((x: HandlerAuditEntry) => ({ userId: user.id, ...x, at, operation: 'seizures.inventory' }))
  const services = { db, sqlite, dbFile: file } as CoreServices
  return fn({ trx: db as unknown as Transaction<Database>, user, client: t.client, services, at, audit: (e) => db.transaction().execute((trx) => writeAudit(trx, stamp(e))), auditIn: (trx, e) => writeAudit(trx, stamp(e)), afterCommit: (f) => f() })
}

/** The 物品清单 of a seizure given as it is (not read from the database), issued as seizures.inventory issues it. */
const issueInventory = (ctx: HandlerContext, seizure: Seizure, date: string) => issueRecordDocument(ctx, KIND, async () => ({ type: 'seizure', seizure }), date)

describe('issuing the 物品清单 of a seizure', () => {
  it('builds it from the current template, archives it with the seizure id and audits it', async () => {
    t = await setUpCore()
    await t.ok('documents.template.save', { kind: KIND, title: '{{措施种类}}物品清单', body: '第1版措辞：共{{物品行数}}项。', basedOn: 0 })
    const seizure: Seizure = seizureRecord()
    const issued = await asOperation((ctx) => issueInventory(ctx, seizure, '2026-11-23'))
    expect(issued.fileName).toBe('扣押物品清单_2026-0012_测试县东方商行有限公司.docx')
    expect(docText(issued.base64)).toContain('第1版措辞：共3项。')

    const [entry, ...rest] = await t.ok('documents.archive.list', {})
    expect(rest).toEqual([])
    const bytes = Buffer.from(issued.base64, 'base64')
    expect(entry).toMatchObject({ id: issued.archiveId, kind: KIND, title: '扣押物品清单', templateVersion: 1, sha256: createHash('sha256').update(bytes).digest('hex'), createdByName: '王管理' })
    expect((await t.ok('documents.archive.get', { id: issued.archiveId })).base64).toBe(issued.base64)

    const raw = new BetterSqlite3(t.core.dbFile, { readonly: true })
    const row = raw.prepare('SELECT record_ids, inputs FROM document_archive WHERE id = ?').get(issued.archiveId)
    const audit = raw.prepare("SELECT operation, action FROM audit_log WHERE record_type = 'document' AND record_id = ?").all(issued.archiveId)
    raw.close()
    expect(row).toEqual({ record_ids: JSON.stringify([seizure.id]), inputs: '{}' })
    expect(audit).toEqual([{ operation: 'seizures.inventory', action: 'generate' }])
  })

  it('uses an uploaded Word template with its row loop, and refuses a voided seizure', async () => {
    t = await setUpCore()
    await t.ok('documents.template.upload', { kind: KIND, base64: (await loopTemplate()).toString('base64'), fileName: '清单.docx', basedOn: 0 })
    const issued = await asOperation((ctx) => issueInventory(ctx, seizureRecord(), '2026-11-23'))
    const text = docText(issued.base64)
    expect(text).toContain('运动鞋（NIKE）')
    expect(text).toContain('12.5千克')

    // A voided seizure has none: refused, nothing archived.
    const { client } = await addClerk(t)
    const made = await createSeizure(t, client)
    await t.ok('seizures.void', { id: made.id, version: made.version, reason: '重复登记' }, client)
    expect(await t.call('seizures.inventory', { id: made.id, date: '2026-11-23' }, client)).toMatchObject({ ok: false, error: { code: 'STATE', message: '这条查扣登记已作废，不能生成物品清单' } })
    expect(await t.ok('documents.archive.list', {})).toHaveLength(1)
  })

  it('is made from a seizure saved and loaded through the core', async () => {
    t = await setUpCore()
    const { client } = await addClerk(t)
    const created = await createSeizure(t, client)
    const seizure = await t.ok('seizures.get', { id: created.id }, client)
    const issued = await asOperation((ctx) => issueInventory(ctx, seizure, '2026-11-23'))
    const text = docText(issued.base64)
    expect(text).toContain(`登记号：${seizure.registerNo}`)
    expect(text).toContain('当事人：测试县东方商行有限公司')
    for (const line of seizure.items) expect(text).toContain(line.name)
    expect(text).toContain('12.5')
    expect(text).toContain('张执法（执法证号：35010012345）')
    const raw = new BetterSqlite3(t.core.dbFile, { readonly: true })
    const row = raw.prepare('SELECT record_ids FROM document_archive WHERE id = ?').get(issued.archiveId)
    raw.close()
    expect(row).toEqual({ record_ids: JSON.stringify([seizure.id]) })
  })

  it('is built off the connection, and read and built again in the archiving transaction when something was written meanwhile', async () => {
    // documents/issue.ts: the record is read in one transaction, the document built in the read worker, and
    // archived in a second transaction — which reads and builds again when anything was written in between.
    t = await setUpCore()
    const { client } = await addClerk(t)
    const created = await createSeizure(t, client)
    const reads: string[] = []
    const load = (ctx: HandlerContext, writeMeanwhile: boolean) => async (trx: Transaction<Database>) => {
      const s = await trx.selectFrom('seizures').select('party_name').where('id', '=', created.id).executeTakeFirstOrThrow()
      reads.push(s.party_name)
      // Asked for during the first read: it takes the connection right after that transaction, while the
      // document is being built, before the archiving transaction asks for it.
      if (writeMeanwhile && reads.length === 1) void ctx.services.db.updateTable('seizures').set({ party_name: '测试县西方商行有限公司' }).where('id', '=', created.id).execute()
      return { type: 'seizure' as const, seizure: { ...created, party: { ...created.party, name: s.party_name } } }
    }
    const quiet = await asOperation((ctx) => issueRecordDocument(ctx, KIND, load(ctx, false), '2026-11-23'))
    expect(reads).toEqual(['测试县东方商行有限公司'])
    expect(docText(quiet.base64)).toContain('当事人：测试县东方商行有限公司')

    reads.length = 0
    const changed = await asOperation((ctx) => issueRecordDocument(ctx, KIND, load(ctx, true), '2026-11-23'))
    expect(reads).toEqual(['测试县东方商行有限公司', '测试县西方商行有限公司'])
    // What is archived is what the record said when it was archived, not when the build began.
    expect(docText(changed.base64)).toContain('当事人：测试县西方商行有限公司')
    expect((await t.ok('documents.archive.get', { id: changed.archiveId })).base64).toBe(changed.base64)
    expect(await t.ok('documents.archive.list', {})).toHaveLength(2)
  })
})
