import { afterEach, describe, expect, it } from 'vitest'
import readXlsxFile from 'read-excel-file/node'
import { gbk, sheetXlsx, stationInput, stationOffice, UNITS, type CoreHarness, type SheetValue } from '../../support/stations'
import { dbContent } from '../../support/db-snapshot'

// The sheet import through core: the header found below a merged title, columns mapped by their Chinese headers,
// every check with its Chinese message at its row and column, the date forms, CSV in UTF-8 and GBK, duplicates
// in the file and against the register, strict and lenient imports, the error sheet, and a second import of the
// same file adding nothing.

let t: CoreHarness
afterEach(() => t?.dispose())

const HEADER = ['序号', '服务站名称', '依托经营者', '统一社会信用代码', '业态', '地址', '所属市场监管所', '负责人', '联系电话', '设立日期', '是否ODR企业']
const row = (n: number, over: Partial<Record<string, SheetValue>> = {}): SheetValue[] => {
  const v: Record<string, SheetValue> = {
    序号: n,
    服务站名称: `第${n}服务站`,
    依托经营者: `测试县第${n}商贸有限公司`,
    统一社会信用代码: '',
    业态: '超市',
    地址: `测试县城关镇人民路${n}号`,
    所属市场监管所: UNITS[n % 3]!,
    负责人: '张站长',
    联系电话: '0591-87654321',
    设立日期: new Date(Date.UTC(2021, 2, 5)),
    是否ODR企业: '否',
    ...over,
  }
  return HEADER.map((h) => v[h] ?? null)
}

describe('服务站 sheet import', () => {
  it('finds the header below a merged title, checks every row, and imports the good ones once', async () => {
    const o = await stationOffice()
    t = o.t
    await t.ok('stations.create', { facts: stationInput({ name: '已登记服务站', hostCreditCode: '91350100M000100Y43', address: '测试县城关镇1号' }) }, o.clerk)
    const rows: SheetValue[][] = [
      HEADER,
      row(1),
      row(2, { 设立日期: '2021/3/5' }),
      row(3, { 设立日期: '2021.3.5', 是否ODR企业: '是' }),
      row(4, { 设立日期: '2021年3月5日' }),
      row(5, { 设立日期: '2021-03-05' }),
      row(6, { 服务站名称: null }),
      row(7, { 统一社会信用代码: '91350100M000100Y44' }),
      row(8, { 联系电话: '87654321' }),
      row(9, { 所属市场监管所: '西山所' }),
      row(10, { 业态: '网吧' }),
      row(11, { 设立日期: '去年春天' }),
      row(12, { 服务站名称: '第1服务站', 地址: '测试县城关镇人民路1号' }),
      row(13, { 统一社会信用代码: '91350100M000100Y43' }),
      row(14, { 是否ODR企业: '大概' }),
      [null, null, null],
    ]
    const base64 = await sheetXlsx(rows, '测试县消费维权服务站名录（2026年）')
    const before = dbContent(t.core.dbFile)
    const p = await t.ok('stations.import.check', { fileName: '城关所.xlsx', base64 }, o.clerk)
    expect(dbContent(t.core.dbFile)).toBe(before)
    expect(p.headerRow).toBe(2)
    expect(p.columns.map((c) => c.field)).toEqual([null, 'name', 'hostName', 'hostCreditCode', 'format', 'address', 'unit', 'head', 'phone', 'setUpOn', 'odr'])
    const at = (n: number) => p.rows.find((r) => r.rowNo === n + 2)!
    for (const n of [1, 2, 3, 4, 5]) expect(at(n).outcome, `row ${n}`).toBe('new')
    const msg = (n: number) => at(n).issues.map((i) => `${i.column ?? ''}${i.header ? `（${i.header}）` : ''}${i.level === 'warning' ? '[提示]' : ''}${i.message}`)
    expect(msg(6)).toEqual(['B（服务站名称）请填写服务站名称'])
    expect(at(7).outcome).toBe('warning')
    expect(msg(7)[0]).toMatch(/^D（统一社会信用代码）\[提示\].*校验位.*如核对无误，可确认后导入$/)
    expect(msg(8)).toEqual(['I（联系电话）固定电话请加区号，例如 0591-87654321'])
    expect(msg(9)[0]).toMatch(/^G（所属市场监管所）未知的监管所“西山所”：应为城关市场监督管理所、南山市场监督管理所、东湖市场监督管理所之一/)
    expect(msg(10)[0]).toMatch(/^E（业态）未知的业态“网吧”：应为商场、超市/)
    expect(msg(11)[0]).toMatch(/^J（设立日期）无法识别的日期“去年春天”/)
    expect(msg(12)).toEqual(['与第3行重复（名称和地址相同）'])
    expect(at(13)).toMatchObject({ outcome: 'existing', existing: { stationNo: '2026-FW-0001', by: '统一社会信用代码相同' } })
    expect(msg(14)).toEqual(['K（是否ODR企业）“大概”应填“是”或“否”'])
    expect(p.counts).toEqual({ new: 5, warning: 1, existing: 1, invalid: 7 })

    // Strict: nothing unless every row is valid.
    const strict = await t.call('stations.import.commit', { fileName: '城关所.xlsx', base64, strict: true }, o.clerk)
    expect(strict.ok ? null : strict.error.message).toMatch(/^严格模式：有 8 行未通过检查/)
    expect(dbContent(t.core.dbFile)).toBe(before)

    // Lenient, the warning accepted for its row: six added in one go, the rest in the error sheet.
    const done = await t.ok('stations.import.commit', { fileName: '城关所.xlsx', base64, acceptWarnings: [9] }, o.clerk)
    expect(done).toMatchObject({ added: 6, existing: 1, failed: 7 })
    const list = await t.ok('stations.list', { pageSize: 50 })
    expect(list.total).toBe(7)
    const three = list.rows.find((r) => r.name === '第3服务站')!
    expect(three).toMatchObject({ status: 'active', odr: true, format: 'supermarket', unit: UNITS[0] })
    expect((await t.ok('stations.get', { id: three.id })).setUpOn).toBe('2021-03-05')
    const [errors] = await readXlsxFile(Buffer.from(done.errorSheet!.base64, 'base64'))
    expect(errors!.data[0]!.slice(-2)).toEqual(['原行号', '未导入原因'])
    expect(errors!.data.slice(1).map((r) => r.at(-2))).toEqual([8, 10, 11, 12, 13, 14, 16])
    expect(String(errors!.data[1]!.at(-1))).toBe('B列（服务站名称）：请填写服务站名称')

    // The same file again adds nothing: the six are now existing.
    const again = await t.ok('stations.import.commit', { fileName: '城关所.xlsx', base64, acceptWarnings: 'all' }, o.clerk)
    // (Row 14, which repeated row 3 in the file, now matches the station row 3 made.)
    expect(again).toMatchObject({ added: 0, existing: 8 })
    expect((await t.ok('stations.list', {})).total).toBe(7)
  })

  it('reads CSV in GBK and in UTF-8 with a BOM, with a mapping the user chose and remembers', async () => {
    const o = await stationOffice()
    t = o.t
    const csv = ['站点,单位,类别,辖区,地点', `甲服务站,甲公司,商场,${UNITS[1]},测试县南山镇1号`, `"乙服务站，二号",乙公司,景区,${UNITS[2]},"测试县东湖镇""湖心""2号"`].join('\r\n')
    const gbkFile = gbk(csv).toString('base64')
    // Headers it does not know: only 业态 (类别) is found, so no 服务站名称 column — said plainly.
    const unknown = await t.ok('stations.import.check', { fileName: 'a.csv', base64: gbkFile }, o.clerk)
    expect(unknown).toMatchObject({ headerRow: 1, rows: [], problem: expect.stringMatching(/没有找到“服务站名称”列/) })
    expect(unknown.columns.map((c) => c.header)).toEqual(['站点', '单位', '类别', '辖区', '地点'])
    const refused = await t.call('stations.import.commit', { fileName: 'a.csv', base64: gbkFile }, o.clerk)
    expect(refused.ok ? null : refused.error.message).toMatch(/没有找到“服务站名称”列/)
    const mapping = ['name', 'hostName', 'format', 'unit', 'address'] as const
    const p = await t.ok('stations.import.check', { fileName: 'a.csv', base64: gbkFile, mapping: [...mapping] }, o.clerk)
    expect(p.rows.map((r) => [r.values.name, r.values.address, r.outcome])).toEqual([
      ['甲服务站', '测试县南山镇1号', 'new'],
      ['乙服务站，二号', '测试县东湖镇"湖心"2号', 'new'],
    ])
    await t.ok('stations.import.commit', { fileName: 'a.csv', base64: gbkFile, mapping: [...mapping] }, o.clerk)
    expect((await t.ok('stations.settings.get', {})).importMapping).toMatchObject({ 站点: 'name', 单位: 'hostName', 辖区: 'unit', 地点: 'address' })
    // The same sheet in UTF-8 with a BOM: the mapping remembered, both already registered.
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv, 'utf8')]).toString('base64')
    const back = await t.ok('stations.import.check', { fileName: 'b.csv', base64: utf8 }, o.clerk)
    expect(back.columns.map((c) => c.field)).toEqual([...mapping])
    expect(back.counts).toMatchObject({ existing: 2, new: 0 })
  })

  it('refuses an old .xls, a file that is not a sheet, and the wrong roles', async () => {
    const o = await stationOffice()
    t = o.t
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]).toString('base64')
    const r1 = await t.call('stations.import.check', { fileName: '名录.xls', base64: xls }, o.clerk)
    expect(r1.ok ? null : r1.error.message).toMatch(/旧版 Excel 文件（\.xls）：请在 Excel 或 WPS 中“另存为” \.xlsx/)
    const broken = await t.call('stations.import.check', { fileName: '名录.xlsx', base64: Buffer.from('PK\u0003\u0004garbage').toString('base64') }, o.clerk)
    expect(broken.ok ? null : broken.error.message).toMatch(/无法读取这个 \.xlsx 文件/)
    const role = await t.call('stations.import.commit', { fileName: 'a.csv', base64: Buffer.from('服务站名称,地址').toString('base64') }, o.boss)
    expect(role.ok ? null : role.error.code).toBe('FORBIDDEN')
  })
})
