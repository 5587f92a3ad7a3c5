import type { ItemLine, Seizure } from '../../../../shared/api/seizure-types'

// A made-up seizure for previewing the 物品清单 wording in 文书 → 模板; never archived.

const line = (lineNo: number, l: Pick<ItemLine, 'name' | 'brand' | 'spec' | 'category' | 'qtyMilli' | 'unit' | 'weightG' | 'valueFen' | 'note'>): ItemLine => ({
  id: `sample-item-${lineNo}`,
  lineNo,
  ...l,
  storageLocationId: null,
  storageLocationPath: null,
  disposedMilli: { release: 0, confiscation: 0, transfer: 0 },
  remainingMilli: l.qtyMilli,
  inBatchMilli: 0,
  destroyedMilli: 0,
})

/** The sample, its decision numbered with the office's 文号代字. */
export function sampleSeizure(shortName = 'X市监'): Seizure {
  const items = [
    line(1, { name: '运动鞋', brand: 'NIKE', spec: '42码', category: 'apparel', qtyMilli: 120_000, unit: '双', weightG: 96_000, valueFen: 3_600_000, note: '涉嫌假冒注册商标' }),
    line(2, { name: '白酒', brand: '茅台', spec: '500ml/瓶', category: 'tobacco_alcohol', qtyMilli: 24_000, unit: '瓶', weightG: null, valueFen: 2_400_000, note: '' }),
    line(3, { name: '散装茶叶', brand: '西湖龙井', spec: '散装', category: 'food', qtyMilli: 12_500, unit: '千克', weightG: 12_500, valueFen: null, note: '' }),
  ]
  return {
    id: 'sample-seizure',
    registerNo: '2026-0001',
    kind: 'detention',
    decisionNo: `${shortName}强制〔2026〕1号`,
    decisionDate: '2026-11-02',
    place: 'XX县城关镇人民路88号东方商行',
    source: 'inspection',
    sourceNote: '',
    unit: '城关市场监督管理所',
    officers: [
      { name: '张三', certNo: '35010012345' },
      { name: '李四', certNo: '35010012346' },
    ],
    party: {
      type: 'enterprise',
      name: 'XX县东方商行有限公司',
      idNo: '91350100M000100Y43',
      idUnverified: false,
      legalRep: '陈东方',
      address: 'XX县城关镇人民路88号',
      phone: '0598-7654321',
    },
    notes: '',
    items,
    outcomes: [],
    pauses: [],
    extension: null,
    term: { baseEnd: '2026-12-02', endDate: '2026-12-02', pausedDays: 0, pausedNow: false, daysLeft: 30, overdue: false, provisional: false, extensionBlocked: null },
    status: 'holding',
    totals: { lines: items.length, valueFen: 6_000_000, weightG: 108_500 },
    createdAt: '2026-11-02T02:00:00.000Z',
    createdByName: '示例',
    updatedAt: '2026-11-02T02:00:00.000Z',
    version: 1,
    voided: null,
  }
}
