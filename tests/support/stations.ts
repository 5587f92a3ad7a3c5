import type { StationFactsInput } from '../../shared/api/stations'
import { FakeClock, SETUP_INPUT, setUpCore, type CoreHarness } from './temp-core'
import { addAccount, OWN_PASSWORD } from './users'
import { addClerk } from './seizures'

// 服务站 tests' office: three 所 listed, a clerk who registers, an approver who reviews; a station's facts; sheets
// as an office sends them (sheets.ts).

export const UNITS: [string, string, string] = ['城关市场监督管理所', '南山市场监督管理所', '东湖市场监督管理所']

export async function stationOffice() {
  const clock = new FakeClock(Date.parse('2026-10-20T02:00:00Z'))
  const t = await setUpCore(undefined, clock)
  const clerk = (await addClerk(t)).client
  const boss = (await addAccount(t, 'boss', '李局长', ['approver'])).client
  const settings = await t.ok('stations.settings.get', {})
  await t.ok('stations.settings.update', { units: UNITS, version: settings.version })
  /** Days later: the clock moved on and everyone signed in again (the idle logout ended their sessions). */
  const laterDays = async (days: number) => {
    clock.advanceMinutes(days * 24 * 60)
    await t.ok('auth.login', { login: SETUP_INPUT.admin.login, password: SETUP_INPUT.admin.password })
    for (const [login, c] of [['clerk1', clerk], ['boss', boss]] as const) await t.ok('auth.login', { login, password: OWN_PASSWORD }, c)
  }
  return { t, clerk, boss, clock, laterDays }
}

export function stationInput(over: Partial<StationFactsInput> = {}): StationFactsInput {
  return {
    name: '城关百货消费维权服务站',
    hostName: '测试县城关百货有限公司',
    hostCreditCode: '91350100M000100Y43',
    format: 'mall',
    address: '测试县城关镇人民路88号',
    unit: UNITS[0],
    head: '王站长',
    phone: '0591-87654321',
    staffFull: 1,
    staffPart: 2,
    conditions: ['fixed_place', 'staff', 'phone'],
    ...over,
  }
}

export { gbk, sheetXlsx, type SheetValue } from './sheets'

export type { CoreHarness }
