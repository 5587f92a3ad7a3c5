import type { IncomingMessage } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { readSessionCookie } from '../../../electron/webhost/security'
import { dbContent } from '../../support/db-snapshot'
import { unzipSync, strFromU8 } from 'fflate'
import { addClerk, createSeizure, seizureInput } from '../../support/seizures'
import { SETUP_INPUT, setUpCore, type CoreHarness } from '../../support/temp-core'

// What the fuzz tests found, pinned down so it stays fixed whatever seed the fuzz run uses.

let t: CoreHarness
afterEach(async () => t?.dispose())

describe('found by fuzzing', () => {
  it('refuses a NUL character in text as VALIDATION (it broke the CHECK on names: INTERNAL), writing nothing', async () => {
    t = await setUpCore()
    const { client } = await addClerk(t)
    const before = dbContent(t.core.dbFile)
    expect(await t.call('storage.create', { parentId: null, name: '\u0000仓库' }, client)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { name: '名称包含无法使用的控制字符（多为复制粘贴带入），请删除后重新输入' } },
    })
    expect(await t.call('settings.update', { ...SETUP_INPUT.agency, fullName: '\u0000测试县市场监督管理局', version: 1 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { fullName: '机关全称包含无法使用的控制字符（多为复制粘贴带入），请删除后重新输入' } },
    })
    // Anywhere in the text, and in optional text too: SQLite's LIKE and full-text search stop at a NUL.
    expect(await t.call('storage.create', { parentId: null, name: '仓库\u0000' }, client)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(await t.call('settings.update', { ...SETUP_INPUT.agency, address: '人民路\u00001号', version: 1 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(dbContent(t.core.dbFile)).toBe(before)
  })

  it('reads a session cookie with a malformed escape as no session (it threw: a 500 with an empty body)', () => {
    const req = (cookie: string) => ({ headers: { cookie } }) as unknown as IncomingMessage
    expect(readSessionCookie(req('tz_session=%E0%A4%A'))).toBeNull()
    expect(readSessionCookie(req('other=1; tz_session=%'))).toBeNull()
    expect(readSessionCookie(req('tz_session=abc%2Fdef'))).toBe('abc/def')
  })

  it('refuses U+FFFE/U+FFFF, control characters and lone surrogates in text (a .docx holding one will not open), writing nothing', async () => {
    t = await setUpCore()
    const { client } = await addClerk(t)
    const before = dbContent(t.core.dbFile)
    const notice = (body: string) => ({ kind: 'notice' as const, date: '2026-11-22', values: { 事项: '停业', 主送机关: '各有关单位', 正文: body, 文号: '' } })
    for (const bad of ['\uFFFE', '\uFFFF', '\u000B', '\u0001', '\uD800', '\uDC00']) {
      expect(await t.call('documents.generate', notice(`特此公告${bad}。`), client), JSON.stringify(bad)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
      expect(await t.call('seizures.create', seizureInput({ place: `人民路${bad}88号` }), client)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', fields: { place: '实施地点包含无法使用的控制字符（多为复制粘贴带入），请删除后重新输入' } },
      })
    }
    const template = await t.ok('documents.template.get', { kind: 'notice' })
    expect(
      await t.call('documents.template.save', { kind: 'notice', title: '关于{{事项}}的公告\uFFFF', body: template.current.body, basedOn: template.current.versionNo }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { title: '标题包含无法使用的控制字符（多为复制粘贴带入），请删除后重新输入' } } })
    expect(dbContent(t.core.dbFile)).toBe(before)
    // Tab, line breaks and a real surrogate pair (𠀀, outside the BMP) stay allowed.
    expect(await t.call('documents.generate', notice('特此公告。\t\r\n𠀀'), client)).toMatchObject({ ok: true })
  })

  it('prints text stored before that refusal into a .docx Word can open', async () => {
    t = await setUpCore()
    const { client } = await addClerk(t)
    const s = await createSeizure(t, client)
    // As an older version would have stored it.
    t.core.sqlite.prepare('UPDATE seizures SET party_name = ? WHERE id = ?').run('测试县东方\uFFFE商行\u0001有限公司', s.id)
    const file = await t.ok('seizures.inventory', { id: s.id, date: '2026-11-23' }, client)
    const parts = unzipSync(Buffer.from(file.base64, 'base64'))
    const document = strFromU8(parts['word/document.xml']!)
    // eslint-disable-next-line no-control-regex -- the characters XML does not allow
    expect(document).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/)
    expect(document).toContain('测试县东方商行有限公司')
  })

  it('names at most three unknown keys, each cut to 20 characters (a long key was repeated whole in the message)', async () => {
    t = await setUpCore()
    const long = '𠀀'.repeat(5000)
    const r = await t.call('settings.get', { [long]: 1, b: 2, c: 3, d: 4 } as never)
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    if (r.ok) return
    expect(r.error.message).toBe(`输入有误：含有不认识的项：“${'𠀀'.repeat(20)}…”、“b”、“c” 等4项`)
    expect(r.error.fields).toEqual({ _: `含有不认识的项：“${'𠀀'.repeat(20)}…”、“b”、“c” 等4项` })
  })
})
