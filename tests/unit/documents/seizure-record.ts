import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx'
import type { ItemLine, Seizure } from '../../../shared/api/seizure-types'
import type { AgencyProfile } from '../../../shared/api/settings'

// A made-up seizure as seizures.get returns one, for building its documents without the seizure area.

export const AGENCY: AgencyProfile = {
  fullName: '测试县市场监督管理局',
  shortName: '测市监',
  address: '测试县人民路1号',
  phone: '0591-1234567',
  postcode: '350000',
  version: 1,
  updatedAt: '2026-11-01T00:00:00.000Z',
  updatedBy: null,
}

export const LONG_NAME = '儿童益智拼装积木玩具套装（含说明书、收纳盒及多色零件包，涉嫌不符合强制性国家标准）'

type LineInput = Pick<ItemLine, 'name' | 'qtyMilli' | 'unit'> & Partial<Pick<ItemLine, 'brand' | 'spec' | 'weightG' | 'valueFen' | 'note'>>

export function itemLine(lineNo: number, l: LineInput): ItemLine {
  return {
    id: `item-${lineNo}`,
    lineNo,
    brand: '',
    spec: '',
    category: 'other',
    weightG: null,
    valueFen: null,
    note: '',
    ...l,
    storageLocationId: null,
    storageLocationPath: null,
    disposedMilli: { release: 0, confiscation: 0, transfer: 0 },
    remainingMilli: l.qtyMilli,
    inBatchMilli: 0,
    destroyedMilli: 0,
  }
}

/** Three lines: a whole quantity with weight and value, a fractional 12.5 千克, and a very long name. */
export const THREE_LINES: ItemLine[] = [
  itemLine(1, { name: '运动鞋', brand: 'NIKE', spec: '42码', qtyMilli: 120_000, unit: '双', weightG: 96_000, valueFen: 3_600_000, note: '涉嫌假冒注册商标' }),
  itemLine(2, { name: '散装茶叶', brand: '西湖龙井', spec: '散装', qtyMilli: 12_500, unit: '千克', weightG: 12_500 }),
  itemLine(3, { name: LONG_NAME, brand: '乐高', spec: 'LG-60021', qtyMilli: 36_000, unit: '盒', valueFen: 720_000 }),
]

/** `n` lines for a list over several pages; quantities alternate whole and fractional. */
export const manyLines = (n: number): ItemLine[] =>
  Array.from({ length: n }, (_v, i) =>
    itemLine(i + 1, {
      name: i % 9 === 4 ? `${LONG_NAME}${i + 1}` : `涉嫌侵权商品第${i + 1}种`,
      brand: ['NIKE', 'ADIDAS', '茅台', '五粮液'][i % 4],
      spec: `规格${(i % 5) + 1}`,
      qtyMilli: i % 2 ? (i + 1) * 1000 : (i + 1) * 1000 + 500,
      unit: ['件', '箱', '瓶', '双'][i % 4]!,
      weightG: i % 3 ? null : (i + 1) * 250,
      note: i % 7 ? '' : '外包装破损',
    }),
  )

export function seizureRecord(over: Partial<Seizure> = {}): Seizure {
  const items = over.items ?? THREE_LINES
  return {
    id: '0192f000-0000-7000-8000-000000000001',
    registerNo: '2026-0012',
    kind: 'detention',
    decisionNo: '测市监强制〔2026〕12号',
    decisionDate: '2026-11-02',
    place: '测试县城关镇人民路88号东方商行',
    source: 'complaint',
    sourceNote: '',
    unit: '城关市场监督管理所',
    officers: [
      { name: '张执法', certNo: '35010012345' },
      { name: '欧阳明华', certNo: 'FJ-35010012346' },
    ],
    party: {
      type: 'enterprise',
      name: '测试县东方商行有限公司',
      idNo: '91350100M000100Y43',
      idUnverified: false,
      legalRep: '陈东方',
      address: '测试县城关镇人民路88号',
      phone: '0591-7654321',
    },
    notes: '',
    items,
    outcomes: [],
    pauses: [],
    extension: null,
    term: { baseEnd: '2026-12-02', endDate: '2026-12-02', pausedDays: 0, pausedNow: false, daysLeft: 9, overdue: false, provisional: false, extensionBlocked: null },
    status: 'holding',
    totals: {
      lines: items.length,
      valueFen: items.reduce((s, i) => s + (i.valueFen ?? 0), 0),
      weightG: items.reduce((s, i) => s + (i.weightG ?? 0), 0),
    },
    createdAt: '2026-11-02T02:00:00.000Z',
    createdByName: '赵录入',
    updatedAt: '2026-11-02T02:00:00.000Z',
    version: 1,
    voided: null,
    ...over,
  }
}

/** A Word template as an office would make one: a header row, then one row between {{#物品}} and {{/物品}}. */
export async function loopTemplate(inLoop = '{{备注}}', outside = ''): Promise<Buffer> {
  const row = (texts: string[]) => new TableRow({ children: texts.map((t) => new TableCell({ children: [new Paragraph(t)] })) })
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph('{{措施种类}}物品清单（{{登记号}}）'),
          new Paragraph(`当事人：{{当事人}}，共{{物品行数}}项${outside}`),
          new Table({
            rows: [
              row(['序号', '品名', '数量', '重量', '货值（元）', '备注']),
              row(['{{#物品}}{{序号}}', '{{品名}}（{{品牌}}）', '{{数量}}{{单位}}', '{{重量}}', '{{货值}}', `${inLoop}{{/物品}}`]),
            ],
          }),
          new Paragraph('{{机关名称}}'),
        ],
      },
    ],
  })
  return Packer.toBuffer(doc)
}
