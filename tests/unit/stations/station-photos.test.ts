import { afterEach, describe, expect, it } from 'vitest'
import { stationInput, stationOffice, type CoreHarness } from '../../support/stations'
import { tinyPng } from '../../support/images'
import { verifyDatabaseFile } from '../../../electron/core/backup/verify'

// A station's photos through core (attachments/record-files.ts, which destruction batches use too): added and
// audited on the station, opened byte for byte, removed with a reason and the file kept, refused on a voided
// station and for the wrong role; and every stored file — a seizure's, a batch's, a station's — is one a backup
// carries.

let t: CoreHarness
afterEach(() => t?.dispose())

describe('服务站 photos', () => {
  it('are kept with the station, opened, removed with a reason, and carried by backups', async () => {
    const o = await stationOffice()
    t = o.t
    const s = await t.ok('stations.create', { facts: stationInput() }, o.clerk)
    const png = tinyPng()
    const added = await t.ok('stations.attachments.add', { stationId: s.id, fileName: 'C:\\照片\\牌匾.png', base64: png.toString('base64') }, o.clerk)
    expect(added).toMatchObject({ fileName: '牌匾.png', mime: 'image/png', sizeBytes: png.length, createdByName: '赵录入' })
    expect((await t.ok('stations.attachments.list', { stationId: s.id }, o.boss)).map((a) => a.id)).toEqual([added.id])
    const original = await t.ok('stations.attachments.get', { id: added.id }, o.boss)
    expect(Buffer.from(original.base64, 'base64').equals(png)).toBe(true)
    expect(verifyDatabaseFile(t.core.dbFile, '数据库').attachmentHashes).toContain(added.sha256)
    const history = await t.ok('audit.history', { recordType: 'station', recordId: s.id })
    expect(history.map((h) => h.action)).toContain('attach')

    const denied = await t.call('stations.attachments.add', { stationId: s.id, fileName: 'x.png', base64: png.toString('base64') }, o.boss)
    expect(denied.ok ? null : denied.error.code).toBe('FORBIDDEN')
    const notImage = await t.call('stations.attachments.add', { stationId: s.id, fileName: 'x.png', base64: Buffer.from('not an image').toString('base64') }, o.clerk)
    expect(notImage.ok ? null : notImage.error.code).toBe('VALIDATION')

    await t.ok('stations.attachments.void', { id: added.id, reason: '照片重复' }, o.clerk)
    expect(await t.ok('stations.attachments.list', { stationId: s.id }, o.clerk)).toEqual([])
    // Removed from the station, the file itself stays (the trail names it).
    expect((await t.ok('stations.attachments.get', { id: added.id }, o.clerk)).base64).toBe(png.toString('base64'))

    const current = await t.ok('stations.get', { id: s.id })
    await t.ok('stations.void', { id: s.id, version: current.version, reason: '重复登记' }, o.clerk)
    const late = await t.call('stations.attachments.add', { stationId: s.id, fileName: 'y.png', base64: png.toString('base64') }, o.clerk)
    expect(late.ok ? null : late.error.message).toMatch(/已作废，不能再修改照片/)
  })
})
