import type { ClientContext } from '../../electron/core'
import type { BatchFactsInput } from '../../shared/api/destruction'
import type { SeizureInput } from '../../shared/api/seizures'
import type { Seizure } from '../../shared/api/seizure-types'
import { createSeizure } from './seizures'
import type { CoreHarness } from './temp-core'

/** Valid batch facts: two executing officers, a supervisor, two witnesses. */
export function batchFactsInput(over: Partial<BatchFactsInput> = {}): BatchFactsInput {
  return {
    plannedDate: '2026-12-15',
    place: '测试县生活垃圾焚烧发电厂',
    method: 'incineration',
    contractor: '',
    officers: [
      { name: '张执法', certNo: '35010012345' },
      { name: '李执法', certNo: '35010012346' },
    ],
    supervisors: [{ name: '周纪检', office: '纪检监察' }],
    witnesses: [
      { name: '吴代表', unit: '测试县人大常委会', capacity: 'npc_deputy' },
      { name: '郑记者', unit: '测试县融媒体中心', capacity: 'media' },
    ],
    media: '测试县融媒体中心',
    environmentNote: '在焚烧厂密闭焚烧，烟气经处理达标排放；现场配备灭火器材。',
    campaign: '2026年"3·15"集中销毁活动',
    contact: '王科长 0591-1234567',
    notes: '',
    ...over,
  }
}

/** Registers a seizure and confiscates every line whole (没收, 文号 given). */
export async function confiscatedSeizure(t: CoreHarness, client: ClientContext, over: Partial<SeizureInput> = {}, docNo = '测市监罚〔2026〕5号'): Promise<Seizure> {
  let s = await createSeizure(t, client, over)
  for (const line of s.items) {
    s = await t.ok('seizures.outcome.add', { id: s.id, version: s.version, itemId: line.id, kind: 'confiscation', qtyMilli: line.qtyMilli, date: '2026-11-20', docNo }, client)
  }
  return s
}
