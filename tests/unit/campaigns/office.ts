import { FakeClock, setUpCore } from '../../support/temp-core'
import { addAccount } from '../../support/users'
import { addClerk } from '../../support/seizures'
import type { CoreHarness } from '../../support/temp-core'
import { expect } from 'vitest'
import { dbContent } from '../../support/db-snapshot'
import type { ClientContext } from '../../../electron/core'
import type { OpInput, OpName } from '../../../shared/api'
import type { AppErrorData } from '../../../shared/api/errors'
import type { CampaignFactsInput } from '../../../shared/api/campaigns'
import type { Campaign, ReportFigure, UnitReport } from '../../../shared/api/campaign-types'

// The office the campaign tests work in: the lead office's legal user, an approver, a clerk (the harness's own
// client is the admin), and two participating units. Built from tests/support; only the campaign bits are here.

export const A = '城关市场监督管理所'
export const B = '城东市场监督管理所'
export const LEAD = '消费者权益保护科'

/** A 3·15 campaign of the two units, 2026-11-01 to 2026-12-31, units reporting by 2026-12-25. */
export const campaignFacts = (over: Partial<CampaignFactsInput> = {}): CampaignFactsInput => ({
  name: '2026年“3·15”国际消费者权益日活动',
  kind: 'consumer_day',
  theme: '共促消费公平',
  startDate: '2026-11-01',
  endDate: '2026-12-31',
  leadUnit: LEAD,
  units: [A, B],
  reportDeadline: '2026-12-25',
  ...over,
})

/** Today is 2026-12-20 (10:00 in the office) unless told otherwise. */
export async function campaignOffice(at = '2026-12-20T02:00:00Z') {
  const clock = new FakeClock(Date.parse(at))
  const t = await setUpCore(undefined, clock)
  const legal = await addAccount(t, 'legal1', '钱法制', ['legal'])
  const boss = await addAccount(t, 'boss', '孙领导', ['approver'])
  const clerk = await addClerk(t)
  return { t, clock, lead: legal.client, boss: boss.client, clerk: clerk.client }
}

export const itemOf = (c: Campaign, key: string) => {
  const item = c.items.find((i) => i.key === key)
  if (!item) throw new Error(`no item ${key}`)
  return item
}
export const itemId = (c: Campaign, key: string) => itemOf(c, key).id

/** The figure of an item (by key) in a unit's report, or in the campaign's totals. */
export function figure(of: UnitReport | Campaign, c: Campaign, key: string): ReportFigure {
  const list = 'totals' in of ? of.totals : of.figures
  const f = list.find((x) => x.itemId === itemId(c, key))
  if (!f) throw new Error(`no figure for ${key}`)
  return f
}

/** The error of a call that must be refused. */
export async function refusal<N extends OpName>(t: CoreHarness, op: N, input: OpInput<N>, by?: ClientContext): Promise<AppErrorData> {
  const r = await t.call(op, input, by)
  if (r.ok) throw new Error(`${op} was not refused`)
  return r.error
}

/**
 * The error of a call that must be refused having written nothing: every row of the database, and the
 * campaign as getCampaign reads it, are as they were before.
 */
export async function refusedUnchanged<N extends OpName>(t: CoreHarness, campaignId: string, op: N, input: OpInput<N>, by?: ClientContext): Promise<AppErrorData> {
  const rows = dbContent(t.core.dbFile)
  const campaign = await t.ok('campaigns.get', { id: campaignId })
  const error = await refusal(t, op, input, by)
  expect(dbContent(t.core.dbFile), `${op} wrote nothing`).toBe(rows)
  expect(await t.ok('campaigns.get', { id: campaignId }), `${op} left the campaign as it was`).toEqual(campaign)
  return error
}
