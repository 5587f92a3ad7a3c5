import type { Batch, BatchLine } from '../../../../shared/api/destruction-types'
import type { ItemCategory } from '../../../../shared/domain/seizures'
import { totalsOf } from '../../destruction/share'

// A made-up destruction batch for previewing the four 销毁 documents' wording in 文书 → 模板; never archived.
// Several categories, units that must not be added together, officers, supervisors and witnesses.

type Made = [registerNo: string, name: string, brand: string, spec: string, category: ItemCategory, qty: number, unit: string, weightKg: number | null, valueYuan: number | null]

const MADE: Made[] = [
  ['2026-0012', '运动鞋', 'NIKE', '42码', 'apparel', 120, '双', 96, 36_000],
  ['2026-0012', '休闲服', 'ADIDAS', 'XL', 'apparel', 3, '箱', 45, 9_000],
  ['2026-0031', '白酒', '茅台', '500ml/瓶', 'tobacco_alcohol', 24, '瓶', 24, 24_000],
  ['2026-0031', '卷烟', '中华', '硬盒', 'tobacco_alcohol', 50, '条', 10, 22_500],
  ['2026-0045', '散装茶叶', '西湖龙井', '散装', 'food', 12.5, '千克', 12.5, null],
  ['2026-0045', '洗发水', '海飞丝', '400ml/瓶', 'daily_goods', 36, '瓶', 18, 1_080],
]

const line = (m: Made, i: number, shortName: string): BatchLine => {
  const [registerNo, name, brand, spec, category, qty, unit, weightKg, valueYuan] = m
  return {
    id: `sample-line-${i + 1}`,
    position: i + 1,
    itemId: `sample-item-${i + 1}`,
    seizureId: `sample-seizure-${registerNo}`,
    registerNo,
    decisionNo: `${shortName}强制〔2026〕${12 + i}号`,
    confiscationDocNo: `${shortName}处罚〔2026〕${30 + Math.floor(i / 2)}号`,
    partyName: 'XX县东方商行有限公司',
    lineNo: (i % 2) + 1,
    name,
    brand,
    spec,
    category,
    unit,
    plannedMilli: Math.round(qty * 1000),
    plannedWeightG: weightKg === null ? null : Math.round(weightKg * 1000),
    valueFen: valueYuan === null ? null : valueYuan * 100,
    destroyedMilli: null,
    destroyedWeightG: null,
    shortReason: '',
    storageLocationPath: '罚没物品仓库/A区',
  }
}

/** The sample, approved and not yet executed; its numbers with the office's 文号代字. */
export function sampleBatch(shortName = 'X市监'): Batch {
  const lines = MADE.map((m, i) => line(m, i, shortName))
  const planned = totalsOf(lines.map((l) => ({ category: l.category, unit: l.unit, qtyMilli: l.plannedMilli, weightG: l.plannedWeightG, valueFen: l.valueFen })))
  return {
    id: 'sample-batch',
    batchNo: '2027-XH-003',
    status: 'approved',
    plannedDate: '2027-03-15',
    place: 'XX县生活垃圾焚烧发电厂',
    method: 'incineration',
    contractor: 'XX县环境能源有限公司',
    officers: [
      { name: '张三', certNo: '35010012345' },
      { name: '李四', certNo: '35010012346' },
    ],
    supervisors: [
      { name: '王监督', office: '纪检监察' },
      { name: '刘法制', office: '法制' },
    ],
    witnesses: [
      { name: '陈代表', unit: 'XX县人大常委会', capacity: 'npc_deputy' },
      { name: '林消费', unit: 'XX县消费者权益保护委员会', capacity: 'consumer_rep' },
    ],
    media: 'XX县融媒体中心',
    environmentNote: '焚烧烟气经处理达标排放，现场配备灭火器材，残渣按规定处置',
    campaign: '2027年“3·15”集中销毁活动',
    contact: '王科长，0598-1234567',
    notes: '',
    lines,
    planned,
    destroyed: null,
    request: '上述物品均已依法没收，处罚决定已生效，拟于3月15日集中销毁，请审批。',
    submittedByName: '赵录入',
    submittedAt: '2027-03-01T02:00:00.000Z',
    returnReason: '',
    approval: { opinion: '同意销毁，注意现场安全和环保。', date: '2027-03-05', byName: '周局长', at: '2027-03-05T02:00:00.000Z' },
    execution: null,
    corrections: [],
    steps: [],
    createdAt: '2027-03-01T01:00:00.000Z',
    createdByName: '赵录入',
    updatedAt: '2027-03-05T02:00:00.000Z',
    version: 3,
    voided: null,
  }
}
