import { z } from 'zod'
import { defineOperation } from './contract'
import { enumOf, isoDate, optionalText, recordId, requiredText, version, voidReason } from './fields'
import type { CaseTypicalRow, CollectionRow, SectionDiff, TypicalCollection, TypicalEntry, TypicalEntryRow, TypicalText, TypicalWorkbench } from './typical-types'
import { TYPICAL_CHANNELS } from '../domain/typical-cases'
import { TYPICAL_DOCUMENT_KINDS } from '../domain/documents'
import type { DocxFile } from './documents'

// 典型案例: collections per year, entries nominated from decided cases, their texts saved as versions and
// reviewed (草稿 → 待审核 → 已定稿), compared, and the collection published or withdrawn.

export const typicalText = z
  .object({
    title: requiredText('标题', 100),
    party: optionalText('当事人', 1000, { multiline: true }),
    summary: optionalText('案情简介', 5000, { multiline: true }),
    result: optionalText('处罚结果', 2000, { multiline: true }),
    significance: optionalText('典型意义', 3000, { multiline: true }),
    legalBasis: optionalText('法律依据', 2000, { multiline: true }),
    tags: z
      .array(requiredText('标签', 20))
      .max(10, '标签最多10个')
      .default([])
      .refine((t) => new Set(t).size === t.length, '标签重复'),
    persons: z
      .array(requiredText('姓名', 20))
      .max(30, '其他人员最多30人')
      .default([])
      .refine((t) => new Set(t).size === t.length, '姓名重复'),
  })
  .strict()
export type TypicalTextInput = z.input<typeof typicalText>

const year = z.number({ error: '请填写年度' }).int('年度应为整数').min(1990, '年度无效').max(2100, '年度无效')
const withVersion = { id: recordId, version }
type E = TypicalEntry
type C = TypicalCollection

export const typicalOperations = {
  'typical.collections.list': defineOperation<CollectionRow[]>()({
    summary: '典型案例集列表（按年度）',
    mutates: false,
    input: z.object({ year: year.nullable().default(null), includeVoided: z.boolean().default(false) }).strict(),
  }),
  'typical.collections.get': defineOperation<C>()({ summary: '查看一个典型案例集', mutates: false, input: z.object({ id: recordId }).strict() }),
  'typical.collections.create': defineOperation<C>()({
    summary: '新建典型案例集（如“2025年度行政处罚典型案例”）',
    mutates: true,
    input: z.object({ year, name: requiredText('案例集名称', 60), intro: optionalText('导语', 2000, { multiline: true }) }).strict(),
  }),
  'typical.collections.update': defineOperation<C>()({
    summary: '修改案例集名称和导语（发布前）',
    mutates: true,
    input: z.object({ ...withVersion, name: requiredText('案例集名称', 60), intro: optionalText('导语', 2000, { multiline: true }) }).strict(),
  }),
  'typical.collections.publish': defineOperation<C>()({
    summary: '发布案例集（日期、渠道、案例顺序；每个案例须已定稿）',
    mutates: true,
    input: z
      .object({
        ...withVersion,
        publishedOn: isoDate('发布日期'),
        channel: enumOf(TYPICAL_CHANNELS, '发布渠道'),
        order: z.array(recordId).min(1, '案例集中没有案例').max(100, '案例最多100个'),
      })
      .strict(),
  }),
  'typical.collections.withdraw': defineOperation<C>()({
    summary: '撤回已发布的案例集（日期、原因，如案件被撤销）',
    mutates: true,
    input: z.object({ ...withVersion, date: isoDate('撤回日期'), reason: requiredText('撤回原因', 500, { multiline: true }) }).strict(),
  }),
  'typical.nominate': defineOperation<TypicalEntryRow[]>()({
    summary: '从已作出决定的处罚案件推选典型案例（可一次多件，按案件预填）',
    mutates: true,
    input: z.object({ collectionId: recordId, caseIds: z.array(recordId).min(1, '请选择案件').max(20, '一次最多推选20件') }).strict(),
  }),
  'typical.forCase': defineOperation<CaseTypicalRow[]>()({ summary: '一个案件被推选进的典型案例集', mutates: false, input: z.object({ caseId: recordId }).strict() }),
  'typical.get': defineOperation<E>()({ summary: '查看一个典型案例（当前文本、各版本、审核意见）', mutates: false, input: z.object({ id: recordId }).strict() }),
  'typical.save': defineOperation<E>()({
    summary: '保存典型案例文本（草稿；每次保存为一个版本）',
    mutates: true,
    input: z.object({ ...withVersion, text: typicalText, confirmed: z.array(z.string().max(40)).max(50).default([]) }).strict(),
  }),
  'typical.preview': defineOperation<TypicalText>()({
    summary: '公开文本预览：正在撰写的文本按发布时的脱敏规则显示（不保存）',
    mutates: false,
    // While typing the title may still be empty.
    input: z.object({ id: recordId, text: typicalText.extend({ title: optionalText('标题', 100) }), confirmed: z.array(z.string().max(40)).max(50).default([]) }).strict(),
  }),
  'typical.submit': defineOperation<E>()({ summary: '提交审核', mutates: true, input: z.object({ ...withVersion }).strict() }),
  'typical.return': defineOperation<E>()({
    summary: '退回修改（写明意见）',
    mutates: true,
    input: z.object({ ...withVersion, comment: requiredText('审核意见', 1000, { multiline: true }) }).strict(),
  }),
  'typical.finalise': defineOperation<E>()({
    summary: '定稿',
    mutates: true,
    input: z.object({ ...withVersion, comment: optionalText('审核意见', 1000, { multiline: true }) }).strict(),
  }),
  'typical.reopen': defineOperation<E>()({
    summary: '定稿后重新编辑（定稿版本保留）',
    mutates: true,
    input: z.object({ ...withVersion, reason: requiredText('重新编辑原因', 500) }).strict(),
  }),
  'typical.void': defineOperation<E>()({ summary: '从案例集中撤下一个案例（写明原因；不删除）', mutates: true, input: z.object({ ...withVersion, reason: voidReason }).strict() }),
  'typical.compare': defineOperation<SectionDiff[]>()({
    summary: '比较两个版本',
    mutates: false,
    input: z.object({ id: recordId, from: z.number().int().min(1, '版本无效'), to: z.number().int().min(1, '版本无效') }).strict(),
  }),
  'typical.workbench': defineOperation<TypicalWorkbench>()({ summary: '工作台：待审核和被退回的典型案例', mutates: false, input: z.object({}).strict() }),
  'typical.document.preview': defineOperation<DocxFile>()({
    summary: '预览案例集的文书（典型案例集、典型案例报送表）',
    mutates: false,
    outsideTransaction: true,
    input: z.object({ id: recordId, kind: z.enum(TYPICAL_DOCUMENT_KINDS, { error: '请选择文书' }), date: isoDate('成文日期') }).strict(),
  }),
  'typical.document.issue': defineOperation<DocxFile & { archiveId: string }>()({
    summary: '生成案例集的文书并存档（每个案例须已定稿）',
    mutates: true,
    outsideTransaction: true,
    input: z.object({ id: recordId, kind: z.enum(TYPICAL_DOCUMENT_KINDS, { error: '请选择文书' }), date: isoDate('成文日期') }).strict(),
  }),
}
