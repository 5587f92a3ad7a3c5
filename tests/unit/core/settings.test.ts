import { afterEach, describe, expect, it } from 'vitest'
import BetterSqlite3 from 'better-sqlite3'
import { SETUP_INPUT, setUpCore, type CoreHarness } from '../../support/temp-core'
import { addAccount } from '../../support/users'

let t: CoreHarness
afterEach(async () => t?.dispose())

const edited = { ...SETUP_INPUT.agency, fullName: '测试县市场监督管理局（新）', phone: '0591-7654321' }

describe('agency profile', () => {
  it('is edited by an admin, survives a reopen, and the change is audited with old and new values', async () => {
    t = await setUpCore()
    const before = await t.ok('settings.get', {})
    expect(before).toMatchObject({ ...SETUP_INPUT.agency, version: 1 })
    const after = await t.ok('settings.update', { ...edited, version: before.version })
    expect(after).toMatchObject({ ...edited, version: 2 })

    await t.reopen()
    await t.ok('auth.login', { login: 'admin', password: SETUP_INPUT.admin.password })
    expect(await t.ok('settings.get', {})).toMatchObject({ ...edited, version: 2 })

    const raw = new BetterSqlite3(t.core.dbFile, { readonly: true })
    const audit = raw
      .prepare("SELECT operation, changes FROM audit_log WHERE operation = 'settings.update'")
      .all() as { operation: string; changes: string }[]
    raw.close()
    expect(audit).toHaveLength(1)
    expect(JSON.parse(audit[0]!.changes)).toEqual({
      fullName: [SETUP_INPUT.agency.fullName, edited.fullName],
      phone: [SETUP_INPUT.agency.phone, edited.phone],
    })
  })

  it('saved without a change writes nothing: no new version, no audit entry (agency, security, fonts)', async () => {
    t = await setUpCore()
    const { dbContent } = await import('../../support/db-snapshot')
    const profile = await t.ok('settings.get', {})
    const security = await t.ok('settings.security.get', {})
    const fonts = await t.ok('documents.fonts.get', {})
    const before = dbContent(t.core.dbFile)
    const { version: pv, updatedAt: _pu, updatedBy: _pb, ...profileFields } = profile
    expect(await t.ok('settings.update', { ...profileFields, version: pv })).toEqual(profile)
    const { version: sv, updatedAt: _su, ...securityFields } = security
    expect(await t.ok('settings.security.update', { ...securityFields, version: sv })).toEqual(security)
    const { version: fv, ...fontFields } = fonts
    expect(await t.ok('documents.fonts.update', { ...fontFields, version: fv })).toEqual(fonts)
    expect(dbContent(t.core.dbFile)).toEqual(before)
  })

  it('refuses a stale version with CONFLICT and keeps the newer values', async () => {
    t = await setUpCore()
    await t.ok('settings.update', { ...edited, version: 1 })
    const stale = await t.call('settings.update', { ...SETUP_INPUT.agency, address: '别处', version: 1 })
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await t.ok('settings.get', {})).toMatchObject({ ...edited, version: 2 })
  })

  it('refuses malformed input with VALIDATION and changes nothing', async () => {
    t = await setUpCore()
    const cases: [Record<string, unknown>, string][] = [
      [{ ...edited, version: 1, shortName: 'X 市监' }, 'shortName'],
      [{ ...edited, version: 1, postcode: '3500' }, 'postcode'],
      [{ ...edited, version: 1, phone: 'call me' }, 'phone'],
      [{ ...edited, version: 1, fullName: '' }, 'fullName'],
      [{ ...edited, version: 1, fullName: '局'.repeat(61) }, 'fullName'],
      [{ ...edited }, 'version'],
      [{ ...edited, version: 1, sneaky: true }, '_'],
    ]
    for (const [input, field] of cases) {
      const r = await t.core.invokeRaw('settings.update', input, t.client)
      expect(r.ok, JSON.stringify(input)).toBe(false)
      if (r.ok) continue
      expect(r.error.code).toBe('VALIDATION')
      expect(Object.keys(r.error.fields ?? {})).toContain(field)
      expect(r.error.message).toMatch(/^输入有误：/)
    }
    expect(await t.ok('settings.get', {})).toMatchObject({ ...SETUP_INPUT.agency, version: 1 })
  })

  it('is readable by any signed-in user but only an admin may change it', async () => {
    t = await setUpCore()
    const { client: clerk } = await addAccount(t, 'clerk', '李录入', ['clerk'])
    expect((await t.call('settings.get', {}, clerk)).ok).toBe(true)
    const r = await t.call('settings.update', { ...edited, version: 1 }, clerk)
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '您没有执行此操作的权限' } })
    expect(await t.ok('settings.get', {})).toMatchObject({ version: 1 })
  })
})
