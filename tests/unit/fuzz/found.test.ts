import type { IncomingMessage } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { readSessionCookie } from '../../../electron/webhost/security'
import { dbContent } from '../../support/db-snapshot'
import { addClerk } from '../../support/seizures'
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
      error: { code: 'VALIDATION', fields: { name: '名称包含无效字符' } },
    })
    expect(await t.call('settings.update', { ...SETUP_INPUT.agency, fullName: '\u0000测试县市场监督管理局', version: 1 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { fullName: '机关全称包含无效字符' } },
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
})
