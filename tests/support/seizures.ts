import type { ClientContext } from '../../electron/core'
import type { SeizureInput } from '../../shared/api/seizures'
import type { Seizure } from '../../shared/api/seizure-types'
import { addAccount } from './users'
import type { CoreHarness } from './temp-core'

/** A complete, valid seizure input: three lines, one with a fractional quantity. */
export function seizureInput(over: Partial<SeizureInput> = {}): SeizureInput {
  return {
    kind: 'detention',
    decisionNo: '测市监强制〔2026〕12号',
    decisionDate: '2026-11-02',
    place: '测试县城关镇人民路88号东方商行',
    source: 'complaint',
    sourceNote: '',
    unit: '城关市场监督管理所',
    officers: [
      { name: '张执法', certNo: '35010012345' },
      { name: '李执法', certNo: '35010012346' },
    ],
    party: {
      type: 'enterprise',
      name: '测试县东方商行有限公司',
      idNo: '91350100M000100Y43',
      legalRep: '陈东方',
      address: '测试县城关镇人民路88号',
      phone: '0591-7654321',
    },
    notes: '',
    items: [
      { name: '运动鞋', brand: 'NIKE', spec: '42码', category: 'apparel', qtyMilli: 120_000, unit: '双', weightG: 96_000, valueFen: 3_600_000 },
      { name: '白酒', brand: '茅台', spec: '500ml/瓶', category: 'tobacco_alcohol', qtyMilli: 24_000, unit: '瓶', valueFen: 2_400_000 },
      { name: '散装茶叶', brand: '西湖龙井', spec: '散装', category: 'food', qtyMilli: 12_500, unit: '千克', weightG: 12_500 },
    ],
    ...over,
  }
}

/** A clerk account signed in on its own client. */
export const addClerk = (t: CoreHarness, login = 'clerk1', name = '赵录入') => addAccount(t, login, name, ['clerk'])

/** Registers a seizure as the given client (a clerk made with addClerk). */
export const createSeizure = (t: CoreHarness, client: ClientContext, over: Partial<SeizureInput> = {}): Promise<Seizure> =>
  t.ok('seizures.create', seizureInput(over), client)
