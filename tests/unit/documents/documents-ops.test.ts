import { afterEach, describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import BetterSqlite3 from 'better-sqlite3'
import { plainText, readDocx } from '../../support/docx-read'
import { setUpCore, type CoreHarness } from '../../support/temp-core'
import { addAccount } from '../../support/users'

let t: CoreHarness
afterEach(async () => t?.dispose())

const INPUTS = { 事项: '集中销毁侵权假冒伪劣商品', 主送机关: '各市场监督管理所', 正文: '本局定于2026年11月30日集中销毁。\n欢迎社会各界监督。' }
const docText = (base64: string) => plainText(readDocx(Buffer.from(base64, 'base64'))['word/document.xml']!)

async function ready() {
  t = await setUpCore()
}

describe('document templates', () => {
  it('starts from the built-in default, saves versions, and restores any of them as a new version', async () => {
    await ready()
    const initial = await t.ok('documents.template.get', { kind: 'notice' })
    expect(initial.current).toMatchObject({ versionNo: 0, body: '{{正文}}\n特此公告。' })

    const edited = '{{正文}}\n本公告自发布之日起施行。\n特此公告。'
    const v1 = await t.ok('documents.template.save', { kind: 'notice', title: initial.current.title, body: edited, basedOn: 0 })
    expect(v1.current).toMatchObject({ versionNo: 1, body: edited, createdBy: '王管理' })
    expect(v1.versions.map((v) => v.versionNo)).toEqual([1, 0])

    const v2 = await t.ok('documents.template.restore', { kind: 'notice', versionNo: 0, basedOn: 1 })
    expect(v2.current).toMatchObject({ versionNo: 2, body: '{{正文}}\n特此公告。' })
    expect(v2.versions.map((v) => v.versionNo)).toEqual([2, 1, 0])
    const v3 = await t.ok('documents.template.restore', { kind: 'notice', versionNo: 1, basedOn: 2 })
    expect(v3.current).toMatchObject({ versionNo: 3, body: edited })

    const raw = new BetterSqlite3(t.core.dbFile, { readonly: true })
    const audit = raw.prepare("SELECT operation FROM audit_log WHERE record_type = 'document_template'").all()
    raw.close()
    expect(audit).toHaveLength(3)
  })

  it('refuses an unknown placeholder before saving, under the field, and saves nothing', async () => {
    await ready()
    const r = await t.call('documents.template.save', { kind: 'notice', title: '{{机关名称}}公告', body: '{{正文}}{{不存在的占位符}}', basedOn: 0 })
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { body: '未知的占位符：{{不存在的占位符}}' } } })
    const broken = await t.call('documents.template.save', { kind: 'notice', title: '{{机关名称', body: '{{正文}}', basedOn: 0 })
    expect(broken).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { title: expect.stringContaining('未配对') } } })
    expect((await t.ok('documents.template.get', { kind: 'notice' })).current.versionNo).toBe(0)
  })

  it('refuses a save based on a stale version with CONFLICT', async () => {
    await ready()
    await t.ok('documents.template.save', { kind: 'notice', title: '{{事项}}', body: '{{正文}}', basedOn: 0 })
    const stale = await t.call('documents.template.save', { kind: 'notice', title: '{{事项}}', body: '另一种写法{{正文}}', basedOn: 0 })
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect((await t.ok('documents.template.get', { kind: 'notice' })).versions).toHaveLength(2)
  })

  it('lets only admin and legal staff change templates', async () => {
    await ready()
    const { client: clerk } = await addAccount(t, 'clerk', '李录入', ['clerk'])
    const { client: legal } = await addAccount(t, 'legal', '赵法制', ['legal'])
    const input = { kind: 'notice', title: '{{事项}}', body: '{{正文}}', basedOn: 0 } as const
    expect(await t.call('documents.template.save', input, clerk)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect((await t.call('documents.template.save', input, legal)).ok).toBe(true)
    // Everyone signed in may read templates and generate.
    expect((await t.call('documents.template.get', { kind: 'notice' }, clerk)).ok).toBe(true)
  })
})

describe('generating documents', () => {
  it('previews with the draft wording, without archiving', async () => {
    await ready()
    const draft = { title: '{{机关名称}}\n关于{{事项}}的公告', body: '{{正文}}\n草稿里的新句子。' }
    const p = await t.ok('documents.preview', { kind: 'notice', values: INPUTS, date: '2026-11-23', draft })
    const text = docText(p.base64)
    expect(text).toContain('关于集中销毁侵权假冒伪劣商品的公告')
    expect(text).toContain('草稿里的新句子。')
    expect(text).toContain('各市场监督管理所：')
    expect(text).toContain('欢迎社会各界监督。')
    expect(text).toContain('2026年11月23日')
    expect(p.fileName).toBe('测试县市场监督管理局关于集中销毁侵权假冒伪劣商品的公告_2026-11-23.docx')
    expect(await t.ok('documents.archive.list', {})).toEqual([])
  })

  it('names the missing value instead of printing a blank, and refuses inputs the kind does not have', async () => {
    await ready()
    const missing = await t.call('documents.preview', { kind: 'notice', values: { 正文: '内容' }, date: '2026-11-23' })
    expect(missing).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'values.事项': '请填写“事项”' } } })
    const extra = await t.call('documents.generate', { kind: 'notice', values: { ...INPUTS, 罚款: '1' }, date: '2026-11-23' })
    expect(extra).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'values.罚款': '没有这个填写项' } } })
    const badNumber = await t.call('documents.generate', { kind: 'notice', values: { ...INPUTS, 文号: '测市监[2026]03号' }, date: '2026-11-23' })
    expect(badNumber).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'values.文号': expect.stringContaining('六角括号') } } })
    const goodNumber = await t.ok('documents.preview', { kind: 'notice', values: { ...INPUTS, 文号: '测市监〔2026〕3号' }, date: '2026-11-23' })
    expect(docText(goodNumber.base64)).toContain('测市监〔2026〕3号')
    const badDate = await t.call('documents.generate', { kind: 'notice', values: INPUTS, date: '2026-02-30' })
    expect(badDate).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { date: expect.stringContaining('成文日期') } } })
    expect(await t.ok('documents.archive.list', {})).toEqual([])
  })

  it('archives what was issued: the same bytes come back even after the template changes', async () => {
    await ready()
    const g = await t.ok('documents.generate', { kind: 'notice', values: INPUTS, date: '2026-11-23' })
    const [entry, ...rest] = await t.ok('documents.archive.list', {})
    expect(rest).toEqual([])
    const bytes = Buffer.from(g.base64, 'base64')
    expect(entry).toMatchObject({
      id: g.archiveId,
      kind: 'notice',
      title: '测试县市场监督管理局关于集中销毁侵权假冒伪劣商品的公告',
      templateVersion: 0,
      sizeBytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      createdByName: '王管理',
    })
    await t.ok('documents.template.save', { kind: 'notice', title: '新标题{{事项}}', body: '{{正文}}', basedOn: 0 })
    const again = await t.ok('documents.archive.get', { id: g.archiveId })
    expect(again.base64).toBe(g.base64)
    expect(await t.call('documents.archive.get', { id: 'nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})

describe('document fonts', () => {
  const FONTS = { title: '华文中宋', body: '仿宋', heading1: '黑体', heading2: '楷体', pageNumber: '宋体', latin: 'Times New Roman' }

  it('start as the GB/T 9704 defaults; an admin changes them and generated documents use them', async () => {
    await ready()
    expect(await t.ok('documents.fonts.get', {})).toMatchObject({ body: '仿宋_GB2312', title: '方正小标宋简体', version: 0 })
    expect(await t.ok('documents.fonts.update', { ...FONTS, version: 0 })).toEqual({ ...FONTS, version: 1 })
    const g = await t.ok('documents.generate', { kind: 'notice', values: INPUTS, date: '2026-11-23' })
    const xml = readDocx(Buffer.from(g.base64, 'base64'))['word/document.xml']!
    const eastAsia = new Set([...xml.matchAll(/w:eastAsia="([^"]+)"/g)].map((m) => m[1]))
    expect(eastAsia).toContain('仿宋')
    expect(eastAsia).toContain('华文中宋')
    expect(eastAsia).not.toContain('仿宋_GB2312')
    expect(await t.ok('documents.fonts.update', { ...FONTS, body: '仿宋_GB2312', version: 1 })).toMatchObject({ version: 2 })
    expect(await t.call('documents.fonts.update', { ...FONTS, version: 1 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })

  it('refuses a blank or unsafe font name, and anyone but an admin', async () => {
    await ready()
    const bad = await t.call('documents.fonts.update', { ...FONTS, body: ' ', latin: 'Times"><x', version: 0 })
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { body: '请填写正文字体', latin: '数字和西文字体不能包含 < > " &' } } })
    const { client: legal } = await addAccount(t, 'legal', '赵法制', ['legal'])
    expect(await t.call('documents.fonts.update', { ...FONTS, version: 0 }, legal)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await t.ok('documents.fonts.get', {}, legal)).toMatchObject({ version: 0 })
  })
})
