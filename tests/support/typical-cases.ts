import { FakeClock, setUpCore } from './temp-core'
import { addAccount } from './users'
import { addClerk } from './seizures'
import { caseInput } from './cases'

// 典型案例 tests' office (typical-flow, documents): two decided cases to nominate, one only filed.

export const PERSON = { type: 'natural_person' as const, name: '王小明', idNo: '350102199003071234', legalRep: '', address: '测试县城关镇人民路88号3栋502室', phone: '13812345678' }

/** An office with a legal user, an approver and a clerk; a decided case of a firm and one of a person, and a filed one. */
export async function typicalOffice() {
  const t = await setUpCore(undefined, new FakeClock(Date.parse('2026-10-20T02:00:00Z')))
  const legal = (await addAccount(t, 'fazhi', '孙法制', ['legal'])).client
  const boss = (await addAccount(t, 'boss', '李局长', ['approver'])).client
  const clerk = (await addClerk(t)).client
  const decided = async (over: Parameters<typeof caseInput>[0], no: number) => {
    const c = await t.ok('cases.create', caseInput(over), legal)
    return t.ok('cases.decide', { id: c.id, version: c.version, decisionNo: `测市监处罚〔2026〕${no}号`, decisionDate: '2026-09-25' }, legal)
  }
  const firm = await decided({}, 1)
  const person = await decided(
    { party: PERSON, procedure: 'ordinary', penaltyKinds: ['fine'], fineFen: 500_000, propertyDescription: '', propertyValueFen: 0, facts: '王小明（身份证号350102199003071234，电话13812345678）在测试县城关镇人民路88号3栋502室销售假冒白酒。' },
    2,
  )
  const filed = await t.ok('cases.create', caseInput(), legal)
  return { t, legal, boss, clerk, firm, person, filed }
}

