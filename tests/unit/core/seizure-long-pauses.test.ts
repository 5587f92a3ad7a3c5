import { afterEach, describe, expect, it } from 'vitest'
import { FakeClock, setUpCore, type CoreHarness } from '../../support/temp-core'
import { addClerk, createSeizure } from '../../support/seizures'

// 工作台 · 查扣: a seizure whose term has stood still for testing more than 30 days is listed (oldest first); one at
// exactly 30 days, one whose pause ended, a voided pause and a voided seizure are not.

let t: CoreHarness
afterEach(async () => t?.dispose())

describe('seizures paused over 30 days', () => {
  it('are listed for the 工作台 with the days counted from the start day', async () => {
    t = await setUpCore(undefined, new FakeClock(Date.parse('2026-12-15T02:00:00Z')))
    const { client } = await addClerk(t)
    const paused = async (no: number, startDate: string, endDate: string | null = null) => {
      const s = await createSeizure(t, client, { decisionNo: `测市监强制〔2026〕${no}号` })
      return t.ok('seizures.pause.add', { id: s.id, version: s.version, kind: no % 2 ? 'testing' : 'appraisal', startDate, endDate }, client)
    }
    const old = await paused(21, '2026-11-13')
    const older = await paused(22, '2026-11-05')
    await paused(23, '2026-11-15') // 31 days counting its first: listed
    await paused(25, '2026-11-16') // exactly 30 days: not yet
    await paused(27, '2026-11-05', '2026-11-20')
    const voidedPause = await paused(29, '2026-11-05')
    await t.ok('seizures.pause.void', { id: voidedPause.id, version: voidedPause.version, pauseId: voidedPause.pauses[0]!.id, reason: '录入错误' }, client)
    const voided = await paused(31, '2026-11-05')
    await t.ok('seizures.void', { id: voided.id, version: voided.version, reason: '重复登记' }, client)

    const list = await t.ok('seizures.longPauses', {}, client)
    expect(list.map((p) => [p.registerNo, p.kind, p.startDate, p.days])).toEqual([
      [older.registerNo, 'appraisal', '2026-11-05', 41],
      [old.registerNo, 'testing', '2026-11-13', 33],
      [expect.any(String), 'testing', '2026-11-15', 31],
    ])
  })
})
