import { z } from 'zod'
import { defineOperation } from './contract'
import { enumOf, isoDate, MAX_SCALED, optionalText, positiveMilli, recordId, requiredText, version, voidReason } from './fields'
import { ATTACHMENT_BODY_LIMIT, attachmentBase64, base64Field } from './attachments'
import type { DocxFile } from './documents'
import type { Batch, BatchAttachment, BatchPage, DestructionWorkbench, SeizureBatchRef, StockPage } from './destruction-types'
import { BATCH_STATUSES, DESTRUCTION_METHODS, WITNESS_CAPACITIES } from '../domain/destruction'
import { ITEM_CATEGORIES } from '../domain/seizures'
import { DESTRUCTION_DOCUMENT_KINDS } from '../domain/documents'

// 销毁管理: the confiscated stock, batches from 草稿 to a locked record, their photos and their documents.

const scaledOrZero = (label: string) => z.number({ error: `请填写${label}` }).int(`${label}最多3位小数`).min(0, `${label}不能为负数`).max(MAX_SCALED, `${label}过大`)

const officer = z.object({ name: requiredText('执法人员姓名', 20), certNo: requiredText('执法证号', 30) }).strict()
const supervisor = z.object({ name: requiredText('监督人员姓名', 20), office: requiredText('监督人员单位', 30) }).strict()
const witness = z
  .object({ name: requiredText('见证人姓名', 20), unit: requiredText('见证人单位', 50), capacity: enumOf(WITNESS_CAPACITIES, '见证人身份') })
  .strict()

export const batchFacts = z
  .object({
    plannedDate: isoDate('计划销毁日期'),
    place: requiredText('销毁地点', 200),
    method: enumOf(DESTRUCTION_METHODS, '销毁方式'),
    contractor: optionalText('处置单位', 100),
    officers: z
      .array(officer, { error: '请填写执行人员' })
      .min(2, '执行人员不得少于两人')
      .max(10, '执行人员最多10人')
      .refine((os) => new Set(os.map((o) => o.certNo)).size === os.length, '执法证号重复'),
    supervisors: z.array(supervisor).max(10, '监督人员最多10人').default([]),
    witnesses: z.array(witness).max(20, '见证人最多20人').default([]),
    media: optionalText('到场媒体', 200),
    environmentNote: optionalText('环保、消防、卫生措施', 1000, { multiline: true }),
    campaign: optionalText('活动名称', 100),
    contact: optionalText('联系人及电话', 100),
    notes: optionalText('备注', 1000, { multiline: true }),
  })
  .strict()
  .superRefine((b, ctx) => {
    // A witness stands apart from those who carry it out (the rule is the office's, DOMAIN.md part 2 §4).
    const officers = new Set(b.officers.map((o) => o.name))
    b.witnesses.forEach((w, i) => {
      if (officers.has(w.name)) ctx.addIssue({ code: 'custom', path: ['witnesses', i, 'name'], message: `见证人“${w.name}”同时是执行人员，见证人不能由执行人员担任` })
    })
    if (b.method === 'contractor' && b.contractor === '') ctx.addIssue({ code: 'custom', path: ['contractor'], message: '交有资质单位处理须填写处置单位' })
  })
export type BatchFactsInput = z.input<typeof batchFacts>

export const stockFilter = z
  .object({
    /** 登记号, 文号, 当事人, 品名, 品牌: any substring. */
    query: optionalText('搜索内容', 50),
    category: enumOf(ITEM_CATEGORIES, '类别').nullable().default(null),
    storageLocationId: recordId.nullable().default(null),
    unit: optionalText('承办单位', 50),
    dateFrom: isoDate('没收日期起').nullable().default(null),
    dateTo: isoDate('没收日期止').nullable().default(null),
  })
  .strict()
export type StockFilter = z.input<typeof stockFilter>

const withVersion = { id: recordId, version }
const page = { page: z.number().int().min(1, '页码无效').default(1), pageSize: z.number().int().min(10, '每页至少10条').max(200, '每页最多200条').default(50) }

export const destructionOperations = {
  'destruction.stock.list': defineOperation<StockPage>()({
    summary: '待销毁物品（已没收、尚未列入销毁批次的物品）',
    mutates: false,
    input: stockFilter.extend(page).strict(),
  }),
  'destruction.batch.list': defineOperation<BatchPage>()({
    summary: '销毁批次列表',
    mutates: false,
    input: z
      .object({
        statuses: z.array(enumOf(BATCH_STATUSES, '状态')).default([]),
        year: z.number().int().min(1990).max(2100).nullable().default(null),
        query: optionalText('搜索内容', 50),
        /** 统计's drill-down: executed within executedFrom…executedTo, by method, holding goods of a category or of a unit's seizures. */
        executedFrom: isoDate('销毁开始日期').nullable().default(null),
        executedTo: isoDate('销毁结束日期').nullable().default(null),
        method: enumOf(DESTRUCTION_METHODS, '销毁方式').nullable().default(null),
        category: enumOf(ITEM_CATEGORIES, '类别').nullable().default(null),
        unit: optionalText('承办单位', 50),
        /** Made by this account (工作台's 我的待办). */
        createdBy: recordId.nullable().default(null),
        includeVoided: z.boolean().default(false),
        ...page,
      })
      .strict(),
  }),
  'destruction.batch.get': defineOperation<Batch>()({
    summary: '查看一个销毁批次',
    mutates: false,
    input: z.object({ id: recordId }).strict(),
  }),
  'destruction.batch.create': defineOperation<Batch>()({
    summary: '新建销毁批次（自动编批次号）',
    mutates: true,
    input: batchFacts,
  }),
  'destruction.batch.update': defineOperation<Batch>()({
    summary: '修改销毁批次（仅草稿）',
    mutates: true,
    input: z.object({ ...withVersion, facts: batchFacts }).strict(),
  }),
  'destruction.lines.add': defineOperation<Batch>()({
    summary: '从待销毁物品加入批次（全部或部分数量）',
    mutates: true,
    input: z
      .object({
        ...withVersion,
        lines: z
          .array(z.object({ itemId: recordId, qtyMilli: positiveMilli('数量').nullable().default(null) }).strict())
          .min(1, '请选择要加入的物品')
          .max(5000, '一次最多加入5000行'),
      })
      .strict(),
  }),
  'destruction.lines.addSeizure': defineOperation<Batch & { added: number }>()({
    summary: '按登记号加入一条查扣记录的全部待销毁物品（可扫码）',
    mutates: true,
    input: z.object({ ...withVersion, registerNo: requiredText('登记号', 20) }).strict(),
  }),
  'destruction.lines.update': defineOperation<Batch>()({
    summary: '修改批次中一行的计划销毁数量',
    mutates: true,
    input: z.object({ ...withVersion, lineId: recordId, qtyMilli: positiveMilli('数量') }).strict(),
  }),
  'destruction.lines.remove': defineOperation<Batch>()({
    summary: '从批次中移出一行（数量回到待销毁物品）',
    mutates: true,
    input: z.object({ ...withVersion, lineId: recordId }).strict(),
  }),
  'destruction.batch.submit': defineOperation<Batch>()({
    summary: '提交销毁批次审批',
    mutates: true,
    input: z.object({ ...withVersion, request: requiredText('申请事由', 500, { multiline: true }) }).strict(),
  }),
  'destruction.batch.approve': defineOperation<Batch>()({
    summary: '批准销毁批次（审批意见和日期）',
    mutates: true,
    input: z.object({ ...withVersion, opinion: requiredText('审批意见', 500, { multiline: true }), date: isoDate('审批日期') }).strict(),
  }),
  'destruction.batch.return': defineOperation<Batch>()({
    summary: '退回销毁批次（写明原因，退回草稿）',
    mutates: true,
    input: z.object({ ...withVersion, reason: requiredText('退回原因', 500, { multiline: true }) }).strict(),
  }),
  'destruction.batch.void': defineOperation<Batch>()({
    summary: '作废草稿批次（写明原因；数量回到待销毁物品）',
    mutates: true,
    input: z.object({ ...withVersion, reason: voidReason }).strict(),
  }),
  'destruction.batch.execute': defineOperation<Batch>()({
    summary: '登记销毁执行（实际日期、每行实际数量和重量），执行后锁定',
    mutates: true,
    input: z
      .object({
        ...withVersion,
        actualDate: isoDate('实际销毁日期'),
        note: optionalText('执行情况说明', 1000, { multiline: true }),
        lines: z
          .array(
            z
              .object({
                lineId: recordId,
                destroyedMilli: scaledOrZero('实际销毁数量'),
                destroyedWeightG: scaledOrZero('实际重量').nullable().default(null),
                reason: optionalText('数量不符原因', 200),
              })
              .strict(),
          )
          .max(5000, '一个批次最多5000行')
          .default([]),
      })
      .strict(),
  }),
  'destruction.batch.correct': defineOperation<Batch>()({
    summary: '更正已销毁批次（审核领导；记录原因和原值→新值）',
    mutates: true,
    input: z
      .discriminatedUnion('field', [
        z.object({ ...withVersion, field: z.literal('actualDate'), value: isoDate('实际销毁日期'), reason: requiredText('更正原因', 200) }).strict(),
        z.object({ ...withVersion, field: z.literal('destroyedMilli'), lineId: recordId, value: scaledOrZero('实际销毁数量'), reason: requiredText('更正原因', 200) }).strict(),
        z.object({ ...withVersion, field: z.literal('destroyedWeightG'), lineId: recordId, value: scaledOrZero('实际重量'), reason: requiredText('更正原因', 200) }).strict(),
      ], { error: '请选择更正的项目' }),
  }),
  'destruction.attachments.list': defineOperation<BatchAttachment[]>()({
    summary: '销毁批次的照片和签字记录扫描件',
    mutates: false,
    input: z.object({ batchId: recordId }).strict(),
  }),
  'destruction.attachments.add': defineOperation<BatchAttachment>()({
    summary: '添加销毁现场照片或签字记录扫描件',
    mutates: true,
    bodyLimit: ATTACHMENT_BODY_LIMIT,
    input: z
      .object({ batchId: recordId, fileName: requiredText('文件名', 200), base64: attachmentBase64(), thumbnailBase64: base64Field('缩略图').nullable().default(null) })
      .strict(),
  }),
  'destruction.attachments.get': defineOperation<{ fileName: string; mime: string; base64: string }>()({
    summary: '打开销毁批次的照片或扫描件原件',
    mutates: false,
    input: z.object({ id: recordId }).strict(),
  }),
  'destruction.attachments.void': defineOperation<BatchAttachment>()({
    summary: '移除销毁批次的照片或扫描件（写明原因；文件保留）',
    mutates: true,
    input: z.object({ id: recordId, reason: voidReason }).strict(),
  }),
  'destruction.forSeizure': defineOperation<SeizureBatchRef[]>()({
    summary: '某条查扣记录的物品所在的销毁批次',
    mutates: false,
    input: z.object({ seizureId: recordId }).strict(),
  }),
  'destruction.workbench': defineOperation<DestructionWorkbench>()({
    summary: '工作台：待审批和已批准未执行的销毁批次',
    mutates: false,
    input: z.object({}).strict(),
  }),
  'destruction.document.preview': defineOperation<DocxFile>()({
    summary: '预览销毁批次的文书（公告、清单、记录、审批表）',
    mutates: false,
    outsideTransaction: true,
    input: z.object({ id: recordId, kind: z.enum(DESTRUCTION_DOCUMENT_KINDS, { error: '请选择文书' }), date: isoDate('成文日期') }).strict(),
  }),
  'destruction.document.issue': defineOperation<DocxFile & { archiveId: string }>()({
    summary: '生成销毁批次的文书并存档',
    mutates: true,
    outsideTransaction: true,
    input: z.object({ id: recordId, kind: z.enum(DESTRUCTION_DOCUMENT_KINDS, { error: '请选择文书' }), date: isoDate('成文日期') }).strict(),
  }),
}
