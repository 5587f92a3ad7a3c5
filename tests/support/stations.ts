import writeXlsxFile from 'write-excel-file/node'
import type { StationFactsInput } from '../../shared/api/stations'
import { FakeClock, SETUP_INPUT, setUpCore, type CoreHarness } from './temp-core'
import { addAccount, OWN_PASSWORD } from './users'
import { addClerk } from './seizures'

// 服务站 tests' office: three 所 listed, a clerk who registers, an approver who reviews; a station's facts; sheets
// as an office sends them (an .xlsx with a merged title row, a CSV in GBK).

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

export type SheetValue = string | number | Date | null

/** An .xlsx as Excel saves one: optionally a title merged across the columns above the header. */
export async function sheetXlsx(rows: SheetValue[][], title?: string): Promise<string> {
  const width = Math.max(...rows.map((r) => r.length))
  const cell = (v: SheetValue) => (v === null ? null : v instanceof Date ? { value: v, type: Date, format: 'yyyy-mm-dd' } : typeof v === 'number' ? { value: v, type: Number } : { value: v })
  const data = [...(title ? [[{ value: title, columnSpan: width }, ...Array(width - 1).fill(null)]] : []), ...rows.map((r) => r.map(cell))]
  return (await writeXlsxFile(data as never).toBuffer()).toString('base64')
}

let gbkTable: Map<string, number[]> | null = null
/** Text in GBK, as Chinese Excel writes a CSV: built from the platform decoder itself, two-byte codes only. */
export function gbk(text: string): Buffer {
  if (!gbkTable) {
    gbkTable = new Map()
    const d = new TextDecoder('gbk')
    for (let a = 0x81; a <= 0xfe; a++)
      for (let b = 0x40; b <= 0xfe; b++) {
        if (b === 0x7f) continue
        const ch = d.decode(Uint8Array.of(a, b))
        if (ch.length === 1 && ch !== '\ufffd' && !gbkTable.has(ch)) gbkTable.set(ch, [a, b])
      }
  }
  const out: number[] = []
  for (const ch of text) {
    const code = ch.codePointAt(0)!
    if (code < 0x80) out.push(code)
    else {
      const bytes = gbkTable.get(ch)
      if (!bytes) throw new Error(`no GBK code for ${ch}`)
      out.push(...bytes)
    }
  }
  return Buffer.from(out)
}

export type { CoreHarness }
