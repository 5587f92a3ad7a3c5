import { afterEach, describe, expect, it } from 'vitest'
import BetterSqlite3 from 'better-sqlite3'
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx'
import type { Batch } from '../../../shared/api/destruction-types'
import type { Seizure } from '../../../shared/api/seizure-types'
import { DESTRUCTION_DOCUMENT_KINDS } from '../../../shared/domain/documents'
import { cellsOf, headedTableRows, plainText, readDocx, rowsOf, tables } from '../../support/docx-read'
import { addClerk, createSeizure } from '../../support/seizures'
import { FakeClock, setUpCore, type CoreHarness } from '../../support/temp-core'
import { addAccount } from '../../support/users'
import { tinyPng } from '../../support/images'

// The four documents of a destruction batch, from batches built through the core and read back from the .docx.

let t: CoreHarness
afterEach(async () => {
  await t?.dispose()
})

type Client = Awaited<ReturnType<typeof addClerk>>['client']
const xmlOf = (base64: string) => readDocx(Buffer.from(base64, 'base64'))['word/document.xml']!
const textOf = (base64: string) => plainText(xmlOf(base64))
const itemRows = headedTableRows

async function confiscate(client: Client, seizure: Seizure, docNo: string): Promise<Seizure> {
  let s = seizure
  for (const item of seizure.items) {
    s = await t.ok('seizures.outcome.add', { id: s.id, version: s.version, itemId: item.id, kind: 'confiscation', qtyMilli: item.qtyMilli, date: '2026-11-10', docNo, receivingUnit: '', note: '' }, client)
  }
  return s
}

const FACTS = {
  plannedDate: '2026-11-23',
  place: '测试县生活垃圾焚烧发电厂',
  method: 'incineration' as const,
  contractor: '测试县环境能源有限公司',
  officers: [
    { name: '张执法', certNo: '35010012345' },
    { name: '李执法', certNo: '35010012346' },
  ],
  supervisors: [
    { name: '王纪检', office: '纪检监察' },
    { name: '刘法制', office: '法制' },
  ],
  witnesses: [
    { name: '陈代表', unit: '测试县人大常委会', capacity: 'npc_deputy' as const },
    { name: '林消费', unit: '测试县消费者权益保护委员会', capacity: 'consumer_rep' as const },
  ],
  media: '测试县融媒体中心',
  environmentNote: '烟气经处理达标排放，现场配备灭火器材',
  campaign: '2026年集中销毁活动',
  contact: '王科长，0591-1234567',
  notes: '',
}

/** Two seizures confiscated in full, a batch of six lines from both (one in part), three categories. */
async function draftBatch() {
  t = await setUpCore(undefined, new FakeClock(Date.parse('2026-11-23T02:00:00Z')))
  const clerk = await addClerk(t)
  const boss = await addAccount(t, 'boss1', '周局长', ['approver'])
  const s1 = await confiscate(clerk.client, await createSeizure(t, clerk.client), '测市监处罚〔2026〕30号')
  const s2 = await confiscate(
    clerk.client,
    await createSeizure(t, clerk.client, {
      decisionNo: '测市监强制〔2026〕13号',
      items: [
        { name: '白酒', brand: '五粮液', spec: '500ml/瓶', category: 'tobacco_alcohol', qtyMilli: 6_000, unit: '瓶', weightG: 6_000, valueFen: 600_000 },
        { name: '洋酒', brand: '人头马', spec: '700ml×6', category: 'tobacco_alcohol', qtyMilli: 2_000, unit: '箱', weightG: 10_000, valueFen: 1_200_000 },
        { name: 'T恤', brand: 'LV', spec: 'L', category: 'apparel', qtyMilli: 30_000, unit: '件', weightG: 9_000, valueFen: 300_000 },
      ],
    }),
    '测市监处罚〔2026〕31号',
  )
  let b: Batch = await t.ok('destruction.batch.create', FACTS, clerk.client)
  b = await t.ok('destruction.lines.add', { id: b.id, version: b.version, lines: [{ itemId: s1.items[0]!.id, qtyMilli: 100_000 }, ...s1.items.slice(1).map((i) => ({ itemId: i.id, qtyMilli: null })), ...s2.items.map((i) => ({ itemId: i.id, qtyMilli: null }))] }, clerk.client)
  return { clerk, boss, s1, s2, b }
}

async function approve(ctx: Awaited<ReturnType<typeof draftBatch>>): Promise<Batch> {
  let b = await t.ok('destruction.batch.submit', { id: ctx.b.id, version: ctx.b.version, request: '上述物品处罚决定已生效，申请集中销毁。' }, ctx.clerk.client)
  b = await t.ok('destruction.batch.approve', { id: b.id, version: b.version, opinion: '同意销毁，注意现场安全。', date: '2026-11-23' }, ctx.boss.client)
  return b
}

/** Executed with the 洋酒 one box short. */
async function execute(ctx: Awaited<ReturnType<typeof draftBatch>>, b: Batch): Promise<Batch> {
  const short = b.lines.find((l) => l.name === '洋酒')!
  return t.ok('destruction.batch.execute', { id: b.id, version: b.version, actualDate: '2026-11-23', note: '', lines: [{ lineId: short.id, destroyedMilli: 1_000, destroyedWeightG: null, reason: '一箱留作证据' }] }, ctx.clerk.client)
}

const issue = (id: string, kind: (typeof DESTRUCTION_DOCUMENT_KINDS)[number], c: Client) => t.ok('destruction.document.issue', { id, kind, date: '2026-11-23' }, c)

describe('销毁文书 kinds', () => {
  it('are listed as made from a destruction batch, with the 物品 loop and no inputs', async () => {
    t = await setUpCore()
    const kinds = await t.ok('documents.kinds', {})
    for (const kind of DESTRUCTION_DOCUMENT_KINDS) {
      const info = kinds.find((k) => k.kind === kind)!
      expect(info).toMatchObject({ fromRecord: 'destruction_batch', area: '销毁管理' })
      expect(info.placeholders.filter((p) => p.input)).toEqual([])
      expect(info.loops.map((l) => l.name)).toEqual(['物品'])
      // The wording is previewed in 模板 with the sample batch.
      const state = await t.ok('documents.template.get', { kind })
      const p = await t.ok('documents.preview', { kind, values: {}, date: '2026-11-23', draft: { title: state.current.title, body: state.current.body } })
      expect(textOf(p.base64)).toContain('XX县生活垃圾焚烧发电厂')
    }
    expect(await t.call('documents.generate', { kind: 'destruction_list', values: {}, date: '2026-11-23' })).toMatchObject({ ok: false, error: { message: '此文书须从销毁管理中生成' } })
  })
})

describe('销毁物品清单', () => {
  it('lists every line grouped by category with subtotals and a grand total, planned before execution', async () => {
    const ctx = await draftBatch()
    const xml = xmlOf((await issue(ctx.b.id, 'destruction_list', ctx.clerk.client)).base64)
    const [head, ...rows] = itemRows(xml)
    expect(head).toEqual(['序号', '登记号决定书文号', '品名', '品牌', '规格', '数量', '重量（千克）', '货值（元）'])
    const [r1, r2] = [ctx.s1.registerNo, ctx.s2.registerNo]
    expect(rows).toEqual([
      ['1', `${r1}测市监处罚〔2026〕30号`, '运动鞋', 'NIKE', '42码', '100双', '80', '30,000.00'],
      ['2', `${r2}测市监处罚〔2026〕31号`, 'T恤', 'LV', 'L', '30件', '9', '3,000.00'],
      ['', '服装鞋帽小计（2项）', '', '', '', '100双、30件', '89', '33,000.00'],
      ['3', `${r1}测市监处罚〔2026〕30号`, '白酒', '茅台', '500ml/瓶', '24瓶', '', '24,000.00'],
      ['4', `${r2}测市监处罚〔2026〕31号`, '白酒', '五粮液', '500ml/瓶', '6瓶', '6', '6,000.00'],
      ['5', `${r2}测市监处罚〔2026〕31号`, '洋酒', '人头马', '700ml×6', '2箱', '10', '12,000.00'],
      ['', '烟酒小计（3项）', '', '', '', '30瓶、2箱', '16', '42,000.00'],
      ['6', `${r1}测市监处罚〔2026〕30号`, '散装茶叶', '西湖龙井', '散装', '12.5千克', '12.5', ''],
      ['', '食品小计（1项）', '', '', '', '12.5千克', '12.5', '0.00'],
      ['', '合计（6项）', '', '', '', '100双、30件、30瓶、2箱、12.5千克', '117.5', '75,000.00'],
    ])
    const text = plainText(xml)
    expect(text).toContain(`批次号：${ctx.b.batchNo}`)
    expect(text).toContain('计划销毁日期：2026年11月23日')
    expect(text).toContain('以上物品共6项，100双、30件、30瓶、2箱、12.5千克，重量117.5千克，货值75,000.00元')
    for (const s of ['制表人（签名）：', '执行人员（签名）：', '张执法（执法证号：35010012345）', '李执法（执法证号：35010012346）', '监督人员（签名）：', '王纪检（纪检监察）', '刘法制（法制）']) expect(text).toContain(s)
  })

  it('prints what was destroyed once executed, the short line with its actual quantity', async () => {
    const ctx = await draftBatch()
    const b = await execute(ctx, await approve(ctx))
    const xml = xmlOf((await issue(b.id, 'destruction_list', ctx.clerk.client)).base64)
    const rows = itemRows(xml).slice(1)
    expect(rows.find((r) => r[2] === '洋酒')!.slice(5)).toEqual(['1箱', '5', '6,000.00'])
    expect(rows.find((r) => r[1] === '烟酒小计（3项）')!.slice(5)).toEqual(['30瓶、1箱', '11', '36,000.00'])
    expect(rows.at(-1)).toEqual(['', '合计（6项）', '', '', '', '100双、30件、30瓶、1箱、12.5千克', '112.5', '69,000.00'])
    expect(plainText(xml)).toContain('销毁日期：2026年11月23日')
  })

  it('fills an uploaded Word template looping over 物品', async () => {
    const ctx = await draftBatch()
    const row = (texts: string[]) => new TableRow({ children: texts.map((x) => new TableCell({ children: [new Paragraph(x)] })) })
    const docx = await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [
              new Paragraph('销毁物品清单（{{批次号}}），{{合计}}'),
              new Table({ rows: [row(['序号', '品名', '数量', '文号']), row(['{{#物品}}{{序号}}', '{{品名}}（{{类别}}）', '{{数量}}{{单位}}', '{{决定书文号}}{{/物品}}'])] }),
            ],
          },
        ],
      }),
    )
    await t.ok('documents.template.upload', { kind: 'destruction_list', base64: docx.toString('base64'), fileName: '清单.docx', basedOn: 0 })
    const text = textOf((await issue(ctx.b.id, 'destruction_list', ctx.clerk.client)).base64)
    expect(text).toContain(`销毁物品清单（${ctx.b.batchNo}），共6项`)
    expect(text).toContain('运动鞋（服装鞋帽）')
    expect(text).toContain('12.5千克')
    expect(text).toContain('洋酒（烟酒）')
    expect(text.match(/测市监处罚〔2026〕3[01]号/g)).toHaveLength(6)
  })
})

describe('销毁记录', () => {
  it('has blanks for the actual facts before execution, and a signature line for every officer, supervisor and witness', async () => {
    const ctx = await draftBatch()
    const text = textOf((await issue(ctx.b.id, 'destruction_record', ctx.clerk.client)).base64)
    expect(text).toContain('＿＿＿＿年＿＿月＿＿日，本局执行人员在测试县生活垃圾焚烧发电厂')
    expect(text).toContain('现场照片＿＿张（见附件）')
    expect(text).toContain('实际销毁数量及重量')
    for (const s of ['执行人员（签名）：', '张执法（执法证号：35010012345）', '监督人员（签名）：', '王纪检（纪检监察）', '刘法制（法制）', '见证人（签名）：', '陈代表（测试县人大常委会）', '林消费（测试县消费者权益保护委员会）', '记录人（签名）：']) {
      expect(text).toContain(s)
    }
  })

  it('prints the facts once executed, with the photos counted', async () => {
    const ctx = await draftBatch()
    const b = await execute(ctx, await approve(ctx))
    const photo = await t.ok('destruction.attachments.add', { batchId: b.id, fileName: '现场1.png', base64: tinyPng().toString('base64'), thumbnailBase64: null }, ctx.clerk.client)
    await t.ok('destruction.attachments.add', { batchId: b.id, fileName: '现场2.png', base64: Buffer.concat([tinyPng(), Buffer.from([0])]).toString('base64'), thumbnailBase64: null }, ctx.clerk.client)
    await t.ok('destruction.attachments.void', { id: photo.id, reason: '拍错了' }, ctx.clerk.client)
    const xml = xmlOf((await issue(b.id, 'destruction_record', ctx.clerk.client)).base64)
    const text = plainText(xml)
    expect(text).toContain('2026年11月23日，本局执行人员在测试县生活垃圾焚烧发电厂对依法没收的侵权假冒伪劣商品进行了销毁，销毁方式为焚烧，销毁物品共6项，100双、30件、30瓶、1箱、12.5千克，重量112.5千克，货值69,000.00元')
    expect(text).toContain('环保、消防、卫生措施：烟气经处理达标排放，现场配备灭火器材。')
    expect(text).toContain('现场照片1张（见附件）')
    const totals = rowsOf(tables(xml).find((x) => x.includes('<w:tblHeader/>'))!).map((r) => cellsOf(r).map((c) => plainText(c)))
    expect(totals).toEqual([
      ['类别', '项数', '销毁数量', '重量（千克）', '货值（元）'],
      ['服装鞋帽', '2', '100双、30件', '89', '33,000.00'],
      ['烟酒', '3', '30瓶、1箱', '11', '36,000.00'],
      ['食品', '1', '12.5千克', '12.5', '0.00'],
      ['合计', '6', '100双、30件、30瓶、1箱、12.5千克', '112.5', '69,000.00'],
    ])
  })
})

describe('罚没物品销毁审批表', () => {
  it('has a blank opinion box before approval and the approver\'s opinion, name and date after', async () => {
    const ctx = await draftBatch()
    const before = textOf((await issue(ctx.b.id, 'destruction_approval', ctx.clerk.client)).base64)
    expect(before).toContain('审批人（签名）：＿＿＿＿＿＿')
    expect(before).not.toContain('同意销毁')
    expect(before).toContain('1.服装鞋帽：共2项，100双、30件，重量89千克，货值33,000.00元。')
    expect(before).toContain('合计：共6项，100双、30件、30瓶、2箱、12.5千克，重量117.5千克，货值75,000.00元。')

    const b = await approve(ctx)
    const after = textOf((await issue(b.id, 'destruction_approval', ctx.clerk.client)).base64)
    expect(after).toContain('上述物品处罚决定已生效，申请集中销毁。')
    expect(after).toContain('申请人：赵录入')
    expect(after).toContain('同意销毁，注意现场安全。\n审批人：周局长\n2026年11月23日')
    expect(after).not.toContain('审批人（签名）')
  })
})

describe('issuing and previewing', () => {
  it('archives each document with the batch id and audits it on the batch; a preview does neither', async () => {
    const ctx = await draftBatch()
    const preview = await t.ok('destruction.document.preview', { id: ctx.b.id, kind: 'destruction_notice', date: '2026-11-23' }, ctx.clerk.client)
    expect(preview.fileName).toBe(`测试县市场监督管理局关于集中销毁侵权假冒伪劣商品的公告_${ctx.b.batchNo}.docx`)
    const notice = textOf(preview.base64)
    expect(notice).toContain('本局定于2026年11月23日在测试县生活垃圾焚烧发电厂')
    expect(notice).toContain('2.烟酒：共3项，30瓶、2箱，重量16千克，货值42,000.00元。')
    expect(notice).toContain('联系方式：王科长，0591-1234567。')
    expect(await t.ok('documents.archive.list', {})).toEqual([])

    const issued = []
    for (const kind of DESTRUCTION_DOCUMENT_KINDS) issued.push(await issue(ctx.b.id, kind, ctx.clerk.client))
    const archive = await t.ok('documents.archive.list', {})
    expect(archive.map((a) => a.kind).sort()).toEqual([...DESTRUCTION_DOCUMENT_KINDS].sort())
    const raw = new BetterSqlite3(t.core.dbFile, { readonly: true })
    const ids = raw.prepare('SELECT DISTINCT record_ids FROM document_archive').all()
    const audit = raw.prepare("SELECT operation, action, changes, note FROM audit_log WHERE record_type = 'destruction_batch' AND record_id = ? AND action = 'generate' ORDER BY seq").all(ctx.b.id) as { operation: string; changes: string; note: string }[]
    raw.close()
    expect(ids).toEqual([{ record_ids: JSON.stringify([ctx.b.id]) }])
    expect(audit.map((a) => [a.operation, JSON.parse(a.changes), a.note])).toEqual(issued.map((d) => ['destruction.document.issue', { document: [null, d.fileName] }, `存档编号 ${d.archiveId}`]))
  })

  it('refuses a voided batch', async () => {
    const ctx = await draftBatch()
    await t.ok('destruction.batch.void', { id: ctx.b.id, version: ctx.b.version, reason: '重复建立' }, ctx.clerk.client)
    expect(await t.call('destruction.document.preview', { id: ctx.b.id, kind: 'destruction_list', date: '2026-11-23' }, ctx.clerk.client)).toMatchObject({ ok: false, error: { code: 'STATE' } })
  })
})
