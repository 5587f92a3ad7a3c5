import { z } from 'zod'
import { defineOperation } from './contract'
import { enumOf, isoDate, MAX_SCALED, optionalText, positiveMilli, recordId, requiredText, version, voidReason } from './fields'
import { officer, party } from './party'
import type { DocxFile } from './documents'
import type { LongPause, Seizure, SeizurePage, SeizureSuggestions } from './seizure-types'
import { documentNumberSchema } from '../rules/document-number'
import { ITEM_CATEGORIES, OUTCOME_KINDS, PAUSE_KINDS, SEIZURE_KINDS, SEIZURE_SOURCES, SEIZURE_STATUSES, ITEM_TEXT_MAX } from '../domain/seizures'

// 查扣登记: register, correct, void, term (extension, pauses), outcomes per line, list/search, export.


const optionalScaled = (label: string) =>
  z.number({ error: `${label}应为数字` }).int(`${label}小数位数过多`).min(0, `${label}不能为负数`).max(MAX_SCALED, `${label}过大`).nullable().default(null)

export { CREDIT_CODE_UNVERIFIED } from './party'

export const itemLineInput = z
  .object({
    /** Present for a line already saved; absent for a new one. */
    id: recordId.optional(),
    name: requiredText('品名', ITEM_TEXT_MAX.name),
    brand: optionalText('品牌/涉嫌侵权商标', ITEM_TEXT_MAX.brand),
    spec: optionalText('规格型号', ITEM_TEXT_MAX.spec),
    category: enumOf(ITEM_CATEGORIES, '类别'),
    qtyMilli: positiveMilli('数量'),
    unit: requiredText('单位', 10),
    weightG: optionalScaled('重量'),
    valueFen: optionalScaled('货值'),
    storageLocationId: recordId.nullable().default(null),
    note: optionalText('备注', ITEM_TEXT_MAX.note),
  })
  .strict()
export type ItemLineInput = z.input<typeof itemLineInput>

export const seizureFields = z
  .object({
    kind: enumOf(SEIZURE_KINDS, '措施种类'),
    decisionNo: documentNumberSchema,
    decisionDate: isoDate('决定日期'),
    place: requiredText('实施地点', 200),
    source: enumOf(SEIZURE_SOURCES, '案件来源'),
    sourceNote: optionalText('来源说明', 100),
    unit: requiredText('承办单位', 50),
    officers: z
      .array(officer, { error: '请填写执法人员' })
      .min(2, '执法人员不得少于两人（行政强制法第十八条）')
      .max(10, '执法人员最多10人')
      .refine((os) => new Set(os.map((o) => o.certNo)).size === os.length, '执法证号重复'),
    party,
    notes: optionalText('备注', 1000, { multiline: true }),
    items: z.array(itemLineInput, { error: '请填写物品' }).min(1, '请至少填写一行物品').max(500, '一次登记最多500行物品'),
  })
  .strict()
export type SeizureInput = z.input<typeof seizureFields>

const sortField = z.enum(['registerNo', 'decisionDate', 'partyName', 'termEnd', 'valueFen'], { error: '排序字段无效' })
const listSort = z.object({ field: sortField, order: z.enum(['asc', 'desc']) }).strict().default({ field: 'registerNo', order: 'desc' })

export const seizureFilter = z
  .object({
    /** Party names, numbers, item names and brands; any substring, 1 character and up. */
    query: optionalText('搜索内容', 50),
    dateFrom: isoDate('开始日期').nullable().default(null),
    dateTo: isoDate('结束日期').nullable().default(null),
    kinds: z.array(enumOf(SEIZURE_KINDS, '措施种类')).default([]),
    statuses: z.array(enumOf(SEIZURE_STATUSES, '状态')).default([]),
    category: enumOf(ITEM_CATEGORIES, '类别').nullable().default(null),
    unit: optionalText('承办单位', 50),
    officer: optionalText('执法人员', 20),
    party: optionalText('当事人', 100),
    /** Seizures with a (live) 解除/没收/移送 of this kind dated within outcomeFrom…outcomeTo (统计's drill-down). */
    outcome: enumOf(OUTCOME_KINDS, '处置方式').nullable().default(null),
    outcomeFrom: isoDate('处置开始日期').nullable().default(null),
    outcomeTo: isoDate('处置结束日期').nullable().default(null),
    /** Registered by this account (工作台's 我的待办). */
    createdBy: recordId.nullable().default(null),
    includeVoided: z.boolean().default(false),
  })
  .strict()
export type SeizureFilter = z.input<typeof seizureFilter>

const withVersion = { id: recordId, version }

export const seizureOperations = {
  'seizures.list': defineOperation<SeizurePage>()({
    summary: '查扣登记列表（筛选、搜索、排序、分页）',
    mutates: false,
    input: seizureFilter
      .extend({
        sort: listSort,
        page: z.number().int().min(1, '页码无效').default(1),
        pageSize: z.number().int().min(10, '每页至少10条').max(200, '每页最多200条').default(50),
      })
      .strict(),
  }),
  'seizures.get': defineOperation<Seizure>()({
    summary: '查看一条查扣记录',
    mutates: false,
    input: z.object({ id: recordId }).strict(),
  }),
  'seizures.longPauses': defineOperation<LongPause[]>()({
    summary: '工作台：检测、检验、检疫或技术鉴定期间已超过30天仍未结束的查扣记录',
    mutates: false,
    input: z.object({}).strict(),
  }),
  'seizures.suggestions': defineOperation<SeizureSuggestions>()({
    summary: '录入提示（用过的承办单位、执法人员、地点）',
    mutates: false,
    input: z.object({}).strict(),
  }),
  'seizures.create': defineOperation<Seizure>()({
    summary: '新建查扣登记（自动编登记号）',
    mutates: true,
    input: seizureFields,
  }),
  'seizures.update': defineOperation<Seizure>()({
    summary: '更正查扣登记（每项修改都记入修改记录，可写更正原因）',
    mutates: true,
    input: seizureFields.extend({ ...withVersion, reason: optionalText('更正原因', 200) }).strict(),
  }),
  'seizures.void': defineOperation<Seizure>()({
    summary: '作废查扣登记（写明原因；不删除）',
    mutates: true,
    input: z.object({ ...withVersion, reason: voidReason }).strict(),
  }),
  'seizures.extend': defineOperation<Seizure>()({
    summary: '批准延长查封、扣押期限（一次，不超过30日）',
    mutates: true,
    input: z
      .object({
        ...withVersion,
        days: z.number({ error: '请填写延长天数' }).int('延长天数应为整数').min(1, '延长天数至少1日').max(30, '延长期限不得超过30日'),
        reason: requiredText('延长理由', 500, { multiline: true }),
        noticeDate: isoDate('书面告知日期'),
      })
      .strict(),
  }),
  'seizures.pause.add': defineOperation<Seizure>()({
    summary: '登记检测、检验、检疫或技术鉴定期间（不计入期限）',
    mutates: true,
    input: z
      .object({
        ...withVersion,
        kind: enumOf(PAUSE_KINDS, '期间种类'),
        startDate: isoDate('开始日期'),
        endDate: isoDate('结束日期').nullable().default(null),
        note: optionalText('说明', 200),
      })
      .strict(),
  }),
  'seizures.pause.end': defineOperation<Seizure>()({
    summary: '登记检测、鉴定期间的结束日期',
    mutates: true,
    input: z.object({ ...withVersion, pauseId: recordId, endDate: isoDate('结束日期') }).strict(),
  }),
  'seizures.pause.void': defineOperation<Seizure>()({
    summary: '作废一段检测、鉴定期间（写明原因）',
    mutates: true,
    input: z.object({ ...withVersion, pauseId: recordId, reason: voidReason }).strict(),
  }),
  'seizures.outcome.add': defineOperation<Seizure>()({
    summary: '登记物品处置（解除并退还、没收、移送司法机关）',
    mutates: true,
    input: z
      .object({
        ...withVersion,
        itemId: recordId,
        kind: enumOf(OUTCOME_KINDS, '处置方式'),
        qtyMilli: positiveMilli('处置数量'),
        date: isoDate('处置日期'),
        docNo: documentNumberSchema,
        receivingUnit: optionalText('接收单位', 100),
        note: optionalText('备注', 200),
      })
      .strict()
      .refine((o) => o.kind !== 'transfer' || o.receivingUnit !== '', { path: ['receivingUnit'], message: '移送司法机关须填写接收单位' }),
  }),
  'seizures.outcome.void': defineOperation<Seizure>()({
    summary: '作废一条处置记录（写明原因）',
    mutates: true,
    input: z.object({ ...withVersion, outcomeId: recordId, reason: voidReason }).strict(),
  }),
  'seizures.export': defineOperation<{ fileName: string; base64: string; rows: number }>()({
    summary: '导出筛选后的查扣登记（Excel，按列表的排序，另附物品明细表）',
    mutates: false,
    // Read in the read worker (electron/core/read-worker): seconds of work that must not hold up other calls.
    outsideTransaction: true,
    input: seizureFilter.extend({ sort: listSort }).strict(),
  }),
  'seizures.inventory': defineOperation<DocxFile & { archiveId: string }>()({
    summary: '生成查封（扣押）物品清单并存档',
    mutates: true,
    outsideTransaction: true,
    input: z.object({ id: recordId, date: isoDate('成文日期') }).strict(),
  }),
}
