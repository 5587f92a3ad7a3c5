import { afterEach, describe, expect, it } from 'vitest'
import { dbContent } from '../../support/db-snapshot'
import { setUpCore, type CoreHarness } from '../../support/temp-core'
import { addAccount } from '../../support/users'

let t: CoreHarness
afterEach(async () => t?.dispose())

/** 一号仓库 / A架 / 03, created by the harness's admin. */
async function threeLevels() {
  const warehouse = await t.ok('storage.create', { parentId: null, name: '一号仓库' })
  const shelf = await t.ok('storage.create', { parentId: warehouse.id, name: 'A架' })
  const bin = await t.ok('storage.create', { parentId: shelf.id, name: '03' })
  return { warehouse, shelf, bin }
}

describe('storage locations', () => {
  it('creates warehouse, shelf and bin with their levels and path, listed parents first', async () => {
    t = await setUpCore()
    const { warehouse, shelf, bin } = await threeLevels()
    expect(warehouse).toMatchObject({ parentId: null, level: 0, name: '一号仓库', path: '一号仓库', version: 1, voided: null })
    expect(shelf).toMatchObject({ parentId: warehouse.id, level: 1, path: '一号仓库 / A架' })
    expect(bin).toMatchObject({ parentId: shelf.id, level: 2, path: '一号仓库 / A架 / 03' })

    await t.ok('storage.create', { parentId: null, name: '10号仓库' })
    await t.ok('storage.create', { parentId: null, name: '2号仓库' })
    await t.ok('storage.create', { parentId: warehouse.id, name: 'B架' })
    const paths = (await t.ok('storage.list', { includeVoided: false })).map((l) => l.path)
    // Depth-first, siblings by name with numbers in numeric order.
    expect(paths).toEqual(['2号仓库', '10号仓库', '一号仓库', '一号仓库 / A架', '一号仓库 / A架 / 03', '一号仓库 / B架'])

    const [entry] = await t.ok('audit.history', { recordType: 'storage_location', recordId: bin.id })
    expect(entry).toMatchObject({ action: 'create', changes: [{ field: 'name', to: '03' }, { field: 'path', label: '位置', to: '一号仓库 / A架 / 03' }] })
  })

  it('refuses a duplicate name among active siblings, a child of a bin and an unknown parent — writing nothing', async () => {
    t = await setUpCore()
    const { warehouse, bin } = await threeLevels()
    const before = dbContent(t.core.dbFile)
    expect(await t.call('storage.create', { parentId: warehouse.id, name: 'A架' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { name: '该仓库下已有名为“A架”的货架' } },
    })
    expect(await t.call('storage.create', { parentId: null, name: '一号仓库' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { name: '已有名为“一号仓库”的仓库' } } })
    expect(await t.call('storage.create', { parentId: bin.id, name: '里层' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '货位是最末一级，不能在其下再新增位置' } })
    expect(await t.call('storage.create', { parentId: 'no-such-id', name: 'X' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await t.core.invokeRaw('storage.create', { parentId: warehouse.id, name: '  ' }, t.client)).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { name: '请填写名称' } } })
    expect(dbContent(t.core.dbFile)).toBe(before)

    // The same name is fine under another parent.
    const other = await t.ok('storage.create', { parentId: null, name: '二号仓库' })
    expect(await t.ok('storage.create', { parentId: other.id, name: 'A架' })).toMatchObject({ path: '二号仓库 / A架' })
  })

  it('renames with the version read, records old and new name, and refuses a stale version or a taken name', async () => {
    t = await setUpCore()
    const { warehouse, shelf, bin } = await threeLevels()
    await t.ok('storage.create', { parentId: warehouse.id, name: 'B架' })
    const renamed = await t.ok('storage.rename', { id: shelf.id, version: shelf.version, name: 'C架' })
    expect(renamed).toMatchObject({ name: 'C架', path: '一号仓库 / C架', version: 2 })
    // Children show the parent's new name.
    expect((await t.ok('storage.list', { includeVoided: false })).find((l) => l.id === bin.id)?.path).toBe('一号仓库 / C架 / 03')

    const before = dbContent(t.core.dbFile)
    expect(await t.call('storage.rename', { id: shelf.id, version: shelf.version, name: 'D架' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await t.call('storage.rename', { id: shelf.id, version: renamed.version, name: 'B架' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { name: '该仓库下已有名为“B架”的货架' } },
    })
    expect(dbContent(t.core.dbFile)).toBe(before)

    const [latest] = await t.ok('audit.history', { recordType: 'storage_location', recordId: shelf.id })
    expect(latest).toMatchObject({ action: 'update', user: { login: 'admin' }, changes: [{ field: 'name', label: '名称', from: 'A架', to: 'C架' }] })
  })

  it('voids with a reason only once nothing active is below, keeps the row and its path, and hides it unless asked', async () => {
    t = await setUpCore()
    const { warehouse, shelf, bin } = await threeLevels()
    const before = dbContent(t.core.dbFile)
    expect(await t.call('storage.void', { id: warehouse.id, version: 1, reason: '仓库拆除' })).toMatchObject({
      ok: false,
      error: { code: 'STATE', message: '该仓库下还有未停用的货架，请先停用其下的货架' },
    })
    expect(await t.call('storage.void', { id: shelf.id, version: 1, reason: '货架拆除' })).toMatchObject({ ok: false, error: { code: 'STATE', message: expect.stringContaining('请先停用其下的货位') } })
    expect(await t.core.invokeRaw('storage.void', { id: bin.id, version: 1 }, t.client)).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { reason: expect.any(String) } } })
    expect(dbContent(t.core.dbFile)).toBe(before)

    const voided = await t.ok('storage.void', { id: bin.id, version: 1, reason: '货位撤销' })
    expect(voided).toMatchObject({ path: '一号仓库 / A架 / 03', version: 2, voided: { byName: '王管理', reason: '货位撤销' } })
    expect((await t.ok('storage.list', { includeVoided: false })).map((l) => l.path)).toEqual(['一号仓库', '一号仓库 / A架'])
    const all = await t.ok('storage.list', { includeVoided: true })
    expect(all.find((l) => l.id === bin.id)).toMatchObject({ path: '一号仓库 / A架 / 03', voided: { reason: '货位撤销' } })

    // Voided: no second void, no rename, no children; its name is free again among the siblings.
    expect(await t.call('storage.void', { id: bin.id, version: 2, reason: '再次' })).toMatchObject({ ok: false, error: { code: 'STATE' } })
    expect(await t.call('storage.rename', { id: bin.id, version: 2, name: '04' })).toMatchObject({ ok: false, error: { code: 'STATE' } })
    expect(await t.ok('storage.create', { parentId: shelf.id, name: '03' })).toMatchObject({ path: '一号仓库 / A架 / 03', voided: null })

    const [entry] = await t.ok('audit.history', { recordType: 'storage_location', recordId: bin.id })
    expect(entry).toMatchObject({ action: 'void', note: '货位撤销' })
  })

  it('refuses a child under a voided location', async () => {
    t = await setUpCore()
    const w = await t.ok('storage.create', { parentId: null, name: '旧仓库' })
    await t.ok('storage.void', { id: w.id, version: w.version, reason: '不再使用' })
    expect(await t.call('storage.create', { parentId: w.id, name: 'A架' })).toMatchObject({ ok: false, error: { code: 'STATE', message: '“旧仓库”已停用，不能在其下新增货架' } })
  })

  it('lets clerks and admins manage locations, everyone signed in read them, and refuses legal staff and approvers', async () => {
    t = await setUpCore()
    const clerk = await addAccount(t, 'clerk', '李录入', ['clerk'])
    const legal = await addAccount(t, 'legal', '张法制', ['legal'])
    const approver = await addAccount(t, 'boss', '赵领导', ['approver'])
    const w = await t.ok('storage.create', { parentId: null, name: '一号仓库' }, clerk.client)
    expect(w.path).toBe('一号仓库')
    await t.ok('storage.rename', { id: w.id, version: w.version, name: '主仓库' })

    const before = dbContent(t.core.dbFile)
    for (const c of [legal.client, approver.client]) {
      expect(await t.call('storage.create', { parentId: null, name: '二号仓库' }, c)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
      expect(await t.call('storage.void', { id: w.id, version: 2, reason: '不用了' }, c)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
      expect((await t.ok('storage.list', { includeVoided: false }, c)).map((l) => l.name)).toEqual(['主仓库'])
    }
    expect(dbContent(t.core.dbFile)).toBe(before)
  })
})

describe('locations holding seized goods', () => {
  it('cannot be stopped while goods registered there are held; a line keeps a location stopped later', async () => {
    const { setUpCore: setUp } = await import('../../support/temp-core')
    const { addClerk, createSeizure, seizureInput } = await import('../../support/seizures')
    const h = await setUp()
    try {
      const { client } = await addClerk(h)
      const wh = await h.ok('storage.create', { name: '罚没物品仓库' }, client)
      let s = await createSeizure(h, client, { items: [{ name: '运动鞋', category: 'apparel', qtyMilli: 2000, unit: '双', storageLocationId: wh.id }] })
      expect(s.items[0]!.storageLocationPath).toBe('罚没物品仓库')
      const refused = await h.call('storage.void', { id: wh.id, version: wh.version, reason: '仓库拆除' }, client)
      expect(refused).toMatchObject({ ok: false, error: { code: 'STATE', message: `仍有在扣物品存放于此（登记号 ${s.registerNo}），请先调整其存放位置` } })
      s = await h.ok('seizures.outcome.add', { id: s.id, version: s.version, itemId: s.items[0]!.id, kind: 'release', qtyMilli: 2000, date: s.decisionDate, docNo: '测市监解〔2026〕1号' }, client)
      await h.ok('storage.void', { id: wh.id, version: wh.version, reason: '仓库拆除' }, client)
      const input = seizureInput()
      const kept = await h.ok('seizures.update', { ...input, id: s.id, version: s.version, notes: '补充', items: [{ id: s.items[0]!.id, name: '运动鞋', category: 'apparel', qtyMilli: 2000, unit: '双', storageLocationId: wh.id }] }, client)
      expect(kept.items[0]!.storageLocationPath).toBe('罚没物品仓库')
      const fresh = await h.call('seizures.create', seizureInput({ decisionNo: '测市监强制〔2026〕99号', items: [{ name: '鞋', category: 'apparel', qtyMilli: 1000, unit: '双', storageLocationId: wh.id }] }), client)
      expect(fresh).toMatchObject({ ok: false, error: { fields: { 'items.0.storageLocationId': '存放位置不存在或已停用' } } })
    } finally {
      await h.dispose()
    }
  })
})
