import { afterEach, describe, expect, it } from 'vitest'
import { stationInput, stationOffice, UNITS, type CoreHarness } from '../../support/stations'
import { headedTableRows, plainText, readDocx } from '../../support/docx-read'
import { missingRenderer, renderDocuments, PT_PER_MM } from '../../support/render'
import { dbContent } from '../../support/db-snapshot'
import { writeFileSync } from 'node:fs'

// 服务站's documents through core. The 名录: the stations in the register (在册, 整改; not 筹建, 撤销 or voided) grouped by 所 in the
// office's order with a 小计 under each and the 合计, of one 所 or all; archived with the stations' ids; laid out
// by LibreOffice inside the A4 portrait type area however long the names and addresses. The 授牌公告 of the
// stations chosen; the year's 考核结果通报 with the counts, the 优秀 list and the 不合格 ones' 整改.

let t: CoreHarness
afterEach(() => t?.dispose())

async function office() {
  const o = await stationOffice()
  t = o.t
  const add = async (name: string, unit: string, over: Parameters<typeof stationInput>[0] = {}, status: 'preparing' | 'active' = 'active') =>
    t.ok('stations.create', { facts: stationInput({ name, unit, hostCreditCode: '', ...over }), initialStatus: status }, o.clerk)
  const a = await add('城关百货消费维权服务站', UNITS[0], { odr: true, plaqueOn: '2026-10-20' })
  const b = await add('南山农贸市场消费维权服务站', UNITS[1], { format: 'market', noReasonReturns: true })
  const c = await add('城关惠民超市消费维权服务站', UNITS[0], { format: 'supermarket' })
  await add('东湖筹建中服务站', UNITS[2], {}, 'preparing')
  const gone = await add('已撤销服务站', UNITS[2])
  await t.ok('stations.status', { id: gone.id, version: gone.version, to: 'revoked', date: '2026-10-20', reason: '停业' }, o.clerk)
  const wrong = await add('错录服务站', UNITS[1])
  await t.ok('stations.void', { id: wrong.id, version: wrong.version, reason: '重复登记' }, o.clerk)
  return { ...o, a, b, c }
}

describe('服务站名录', () => {
  it('lists the registered stations by 所 with subtotals and a total, and is archived with their ids', async () => {
    const o = await office()
    const doc = await t.ok('stations.document.issue', { kind: 'station_directory', date: '2026-10-20' }, o.clerk)
    const xml = readDocx(Buffer.from(doc.base64, 'base64'))['word/document.xml']!
    const rows = headedTableRows(xml)
    expect(rows[0]).toEqual(['序号', '服务站名称', '依托经营者', '地址', '负责人', '电话', '业态', 'ODR企业', '无理由退货'])
    expect(rows.slice(1).map((r) => [r[0], r[1], r[6], r[7], r[8]])).toEqual([
      ['1', '城关百货消费维权服务站', '商场', '是', ''],
      ['2', '城关惠民超市消费维权服务站', '超市', '', ''],
      ['', '城关市场监督管理所小计（2个）', '', '1', '0'],
      ['3', '南山农贸市场消费维权服务站', '农贸市场', '', '是'],
      ['', '南山市场监督管理所小计（1个）', '', '0', '1'],
      ['', '合计（3个）', '', '1', '1'],
    ])
    const text = plainText(xml)
    expect(text).toContain('测试县市场监督管理局消费维权服务站名录')
    expect(text).toContain('全部监管所共有在册消费维权服务站3个，其中ODR企业1个、线下无理由退货承诺单位1个')
    for (const s of ['东湖筹建中服务站', '已撤销服务站', '错录服务站']) expect(text).not.toContain(s)
    const archived = await t.ok('documents.archive.list', { kind: 'station_directory' }, o.clerk)
    expect(archived.map((x) => x.id)).toEqual([doc.archiveId])

    // One 所 only; a 所 without registered stations is refused, writing nothing.
    const one = await t.ok('stations.document.preview', { kind: 'station_directory', date: '2026-10-20', unit: UNITS[1] }, o.clerk)
    const oneRows = headedTableRows(readDocx(Buffer.from(one.base64, 'base64'))['word/document.xml']!)
    expect(oneRows.slice(1).map((r) => r[1])).toEqual(['南山农贸市场消费维权服务站', '南山市场监督管理所小计（1个）', '合计（1个）'])
    const before = dbContent(t.core.dbFile)
    const none = await t.call('stations.document.issue', { kind: 'station_directory', date: '2026-10-20', unit: UNITS[2] }, o.clerk)
    expect(none.ok ? null : none.error.message).toBe(`${UNITS[2]}没有在册的服务站，不能生成名录`)
    expect(dbContent(t.core.dbFile)).toBe(before)
  })

  it.skipIf(missingRenderer() !== undefined)('fits the nine columns in the A4 portrait type area, wrapping long text', async () => {
    const o = await office()
    const long = '测试县城关镇人民路与解放路交叉口东北角城关国际商业广场三号楼一层东侧一百零八号商铺'
    await t.ok('stations.create', { facts: stationInput({ name: '城关国际商业广场消费者权益保护维权服务站（一号站）', hostName: '测试县城关国际商业广场运营管理有限责任公司', address: long, hostCreditCode: '', phone: '0591-87654321-8888' }), initialStatus: 'active' }, o.clerk)
    const doc = await t.ok('stations.document.preview', { kind: 'station_directory', date: '2026-10-20' }, o.clerk)
    // For a person to look at: STATION_DIRECTORY_DOCX=/tmp/x.docx, then tests/render/docx-to-png.sh.
    if (process.env.STATION_DIRECTORY_DOCX) writeFileSync(process.env.STATION_DIRECTORY_DOCX, Buffer.from(doc.base64, 'base64'))
    const [page] = renderDocuments({ dir: Buffer.from(doc.base64, 'base64') }).dir!
    // GB/T 9704: left margin 28 mm, type area 156 mm wide; a little for the table's outer rules.
    const left = 28 * PT_PER_MM - 2
    const right = (28 + 156) * PT_PER_MM + 2
    for (const line of page!.lines) {
      expect(line.xMin, line.text).toBeGreaterThanOrEqual(left)
      expect(line.xMax, line.text).toBeLessThanOrEqual(right)
    }
    // The long address wrapped over several lines of its cell, its end not clipped.
    for (const piece of ['测试县城关镇', '号商铺']) expect(page!.text).toContain(piece)
  })

  it('announces the plaques of the stations chosen, and reports a year’s reviews with the 不合格 ones’ 整改', async () => {
    const o = await office()
    const plaque = await t.ok('stations.document.issue', { kind: 'station_plaque', date: '2026-10-20', stationIds: [o.b.id, o.a.id] }, o.clerk)
    const ptext = plainText(readDocx(Buffer.from(plaque.base64, 'base64'))['word/document.xml']!).replace(/\n/g, '')
    expect(ptext).toContain('测试县市场监督管理局关于授予城关百货消费维权服务站等2家单位“消费维权服务站”称号的公告')
    expect(ptext).toContain('1. 城关百货消费维权服务站（依托测试县城关百货有限公司，测试县城关镇人民路88号），授牌日期2026年10月20日；')
    expect(ptext).toContain('2. 南山农贸市场消费维权服务站')
    expect(ptext).toContain('特此公告。')
    const refused = await t.call('stations.document.preview', { kind: 'station_plaque', date: '2026-10-20' }, o.clerk)
    expect(refused.ok ? null : refused.error.fields).toEqual({ stationIds: '请选择要授牌的服务站' })

    const none = await t.call('stations.document.preview', { kind: 'station_review_report', date: '2026-10-20', year: 2026 }, o.clerk)
    expect(none.ok ? null : none.error.message).toBe('2026年度还没有登记考核结果，不能生成通报')
    const review = (id: string, result: 'excellent' | 'pass' | 'fail') => t.ok('stations.review.save', { stationId: id, year: 2026, received: 10, handled: 9, mediated: 8, recoveredFen: 0, result, reviewer: '李局长' }, o.boss)
    await review(o.a.id, 'excellent')
    await review(o.b.id, 'pass')
    await review(o.c.id, 'fail')
    const c = await t.ok('stations.get', { id: o.c.id })
    await t.ok('stations.status', { id: c.id, version: c.version, to: 'rectifying', date: '2026-10-20', reason: '投诉登记簿缺失，补建并如实登记。', dueDate: '2026-12-31' }, o.boss)
    const report = await t.ok('stations.document.issue', { kind: 'station_review_report', date: '2026-10-20', year: 2026 }, o.clerk)
    const rtext = plainText(readDocx(Buffer.from(report.base64, 'base64'))['word/document.xml']!).replace(/\n/g, '')
    expect(rtext).toContain('测试县市场监督管理局关于2026年度消费维权服务站考核结果的通报')
    expect(rtext).toContain('本次考核优秀1个、合格1个、不合格1个。')
    expect(rtext).toContain('二、考核优秀的服务站1. 城关百货消费维权服务站')
    expect(rtext).toContain('城关惠民超市消费维权服务站（依托测试县城关百货有限公司，测试县城关镇人民路88号），整改要求：投诉登记簿缺失，补建并如实登记，整改期限2026年12月31日。')
    if (process.env.STATION_NOTICE_DOCX) {
      writeFileSync(`${process.env.STATION_NOTICE_DOCX}-plaque.docx`, Buffer.from(plaque.base64, 'base64'))
      writeFileSync(`${process.env.STATION_NOTICE_DOCX}-report.docx`, Buffer.from(report.base64, 'base64'))
    }
  })
})
