import { z } from 'zod'
import { defineOperation } from './contract'
import { enumOf, isoDate, optionalText, recordId, requiredText, version, voidReason } from './fields'
import { ATTACHMENT_BODY_LIMIT, attachmentBase64, base64Field } from './attachments'
import type { DocxFile } from './documents'
import type { Campaign, CampaignRef, CampaignRow, CampaignTask, CampaignWorkbench, TaskPhoto, UnitReport } from './campaign-types'
import { CAMPAIGN_KINDS, TASK_STATUSES } from '../domain/campaigns'
import { CAMPAIGN_DOCUMENT_KINDS } from '../domain/documents'

// 专项行动: a campaign with its units and report deadline, its tasks (任务分解) with photos, its form of items,
// every unit's report of figures (草稿 → 已报送, 退回, then locked with the campaign), the seizures and
// destruction batches linked to it, and its documents (活动方案, 活动情况统计表 in .docx and .xlsx, 活动总结).

/** The largest figure a unit may report: far above any county's count, small enough to add up exactly. */
export const MAX_FIGURE = 100_000_000

const unitName = requiredText('单位名称', 50)

export const campaignFacts = z
  .object({
    name: requiredText('活动名称', 100),
    kind: enumOf(CAMPAIGN_KINDS, '活动类型'),
    theme: optionalText('年主题', 100),
    startDate: isoDate('开始日期'),
    endDate: isoDate('结束日期'),
    leadUnit: requiredText('牵头单位', 50),
    units: z
      .array(unitName, { error: '请填写参与单位' })
      .min(1, '请至少填写一个参与单位')
      .max(60, '参与单位最多60个')
      .refine((u) => new Set(u).size === u.length, '参与单位重复'),
    reportDeadline: isoDate('报送截止日期').nullable().default(null),
    notes: optionalText('备注', 2000, { multiline: true }),
  })
  .strict()
  .superRefine((f, ctx) => {
    if (f.endDate < f.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: '结束日期不能早于开始日期' })
    if (f.reportDeadline !== null && f.reportDeadline < f.startDate) ctx.addIssue({ code: 'custom', path: ['reportDeadline'], message: '报送截止日期不能早于开始日期' })
  })
export type CampaignFactsInput = z.input<typeof campaignFacts>

export const taskFacts = z
  .object({
    work: requiredText('具体工作安排', 500, { multiline: true }),
    leadOffice: requiredText('责任科室', 50),
    partners: optionalText('配合部门', 100),
    owner: optionalText('负责人', 20),
    leader: optionalText('负责领导', 20),
    dueDate: isoDate('完成时限').nullable().default(null),
  })
  .strict()
export type TaskFactsInput = z.input<typeof taskFacts>

export const formItemInput = z
  .object({
    /** null for an item added now. */
    id: recordId.nullable().default(null),
    name: requiredText('项目名称', 40),
    unitWord: optionalText('计量单位', 10),
    group: optionalText('分组', 30),
    note: optionalText('说明', 100),
    kind: z.enum(['count', 'text'], { error: '请选择项目类型' }).default('count'),
  })
  .strict()

/** A whole count ≥ 0 (a text item sends null and its text). */
const figureValue = z
  .number({ error: '请填写数字' })
  .int('只能填写整数')
  .min(0, '不能为负数')
  .max(MAX_FIGURE, `不能超过${MAX_FIGURE.toLocaleString('en-US')}`)

export const reportFigureInput = z
  .object({ itemId: recordId, value: figureValue.nullable().default(null), text: optionalText('内容', 2000, { multiline: true }) })
  .strict()

const withVersion = { id: recordId, version }
const reportKey = { campaignId: recordId, unit: unitName }
const year = z.number().int().min(1990, '年度无效').max(2100, '年度无效')
/** The 统计表 of one unit, or of the whole bureau (the sum of the units) when ''. */
const formUnit = optionalText('填报单位', 50)

export const campaignOperations = {
  'campaigns.list': defineOperation<CampaignRow[]>()({
    summary: '专项行动列表',
    mutates: false,
    input: z
      .object({
        year: year.nullable().default(null),
        kind: enumOf(CAMPAIGN_KINDS, '活动类型').nullable().default(null),
        query: optionalText('搜索内容', 50),
        includeVoided: z.boolean().default(false),
      })
      .strict(),
  }),
  'campaigns.get': defineOperation<Campaign>()({ summary: '查看一个专项行动（任务、填报情况、关联记录）', mutates: false, input: z.object({ id: recordId }).strict() }),
  'campaigns.create': defineOperation<Campaign>()({
    summary: '新建专项行动（3·15 活动从内置的统计表项目开始）',
    mutates: true,
    input: campaignFacts,
  }),
  'campaigns.update': defineOperation<Campaign>()({
    summary: '修改专项行动（锁定前；已填报的单位不能移出）',
    mutates: true,
    input: z.object({ ...withVersion, facts: campaignFacts }).strict(),
  }),
  'campaigns.void': defineOperation<Campaign>()({
    summary: '作废专项行动（写明原因；已锁定的不能作废）',
    mutates: true,
    input: z.object({ ...withVersion, reason: voidReason }).strict(),
  }),
  'campaigns.lock': defineOperation<Campaign>()({
    summary: '锁定专项行动的统计数字（各参与单位均已报送后）',
    mutates: true,
    input: z.object(withVersion).strict(),
  }),
  'campaigns.items.save': defineOperation<Campaign>()({
    summary: '修改统计表项目：增加、改名、排序、停用（有单位报送后不能再改；有数字的项目不能删除）',
    mutates: true,
    input: z
      .object({
        ...withVersion,
        items: z
          .array(formItemInput)
          .min(1, '统计表至少要有一个项目')
          .max(120, '统计表项目最多120个'),
      })
      .strict(),
  }),
  'campaigns.task.create': defineOperation<CampaignTask>()({
    summary: '增加任务（任务分解表的一行）',
    mutates: true,
    input: z.object({ campaignId: recordId, facts: taskFacts }).strict(),
  }),
  'campaigns.task.update': defineOperation<CampaignTask>()({
    summary: '修改任务',
    mutates: true,
    input: z.object({ ...withVersion, facts: taskFacts }).strict(),
  }),
  'campaigns.task.status': defineOperation<CampaignTask>()({
    summary: '更新任务状态（已完成须写明完成情况）',
    mutates: true,
    input: z
      .object({ ...withVersion, status: enumOf(TASK_STATUSES, '任务状态'), note: optionalText('完成情况', 2000, { multiline: true }) })
      .strict()
      .superRefine((t, ctx) => {
        if (t.status === 'done' && t.note === '') ctx.addIssue({ code: 'custom', path: ['note'], message: '任务已完成，请写明完成情况' })
      }),
  }),
  'campaigns.task.void': defineOperation<CampaignTask>()({
    summary: '作废任务（写明原因）',
    mutates: true,
    input: z.object({ ...withVersion, reason: voidReason }).strict(),
  }),
  'campaigns.task.photos': defineOperation<TaskPhoto[]>()({ summary: '任务的照片', mutates: false, input: z.object({ taskId: recordId }).strict() }),
  'campaigns.task.photo.add': defineOperation<TaskPhoto>()({
    summary: '添加任务照片（注明时间、地点、内容）',
    mutates: true,
    bodyLimit: ATTACHMENT_BODY_LIMIT,
    input: z
      .object({
        taskId: recordId,
        fileName: requiredText('文件名', 200),
        base64: attachmentBase64(),
        thumbnailBase64: base64Field('缩略图').nullable().default(null),
        takenAt: z
          .string({ error: '请填写拍摄时间' })
          .trim()
          .regex(/^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$/, '拍摄时间应为日期或日期和时刻，例如 2027-03-15 09:30'),
        place: requiredText('拍摄地点', 100),
        caption: requiredText('照片内容', 200),
      })
      .strict(),
  }),
  'campaigns.task.photo.get': defineOperation<{ fileName: string; mime: string; base64: string }>()({ summary: '打开任务照片原件', mutates: false, input: z.object({ id: recordId }).strict() }),
  'campaigns.task.photo.void': defineOperation<TaskPhoto>()({
    summary: '移除任务照片（写明原因；文件保留）',
    mutates: true,
    input: z.object({ id: recordId, reason: voidReason }).strict(),
  }),
  'campaigns.report.get': defineOperation<UnitReport>()({ summary: '查看一个单位的填报（自动统计的项目取自台账）', mutates: false, input: z.object(reportKey).strict() }),
  'campaigns.report.save': defineOperation<UnitReport>()({
    summary: '保存单位填报的草稿',
    mutates: true,
    input: z
      .object({
        ...reportKey,
        /** 0 for a unit's first save. */
        version: z.number({ error: '缺少记录版本号' }).int('记录版本号应为整数').min(0, '记录版本号无效'),
        figures: z.array(reportFigureInput).max(200, '项目过多'),
      })
      .strict(),
  }),
  'campaigns.report.submit': defineOperation<UnitReport>()({
    summary: '报送单位的统计数字（未填的数量项目按0报送）',
    mutates: true,
    input: z.object({ ...reportKey, version }).strict(),
  }),
  'campaigns.report.return': defineOperation<UnitReport>()({
    summary: '退回单位的报送（写明意见）',
    mutates: true,
    input: z.object({ ...reportKey, version, comment: requiredText('退回意见', 500, { multiline: true }) }).strict(),
  }),
  'campaigns.links.add': defineOperation<Campaign>()({
    summary: '关联查扣记录（按登记号）或销毁批次（按批次号）',
    mutates: true,
    input: z
      .object({
        campaignId: recordId,
        recordType: z.enum(['seizure', 'destruction_batch'], { error: '请选择记录类型' }),
        number: requiredText('登记号或批次号', 30),
      })
      .strict(),
  }),
  'campaigns.links.remove': defineOperation<Campaign>()({
    summary: '取消关联（写明原因）',
    mutates: true,
    input: z.object({ campaignId: recordId, linkId: recordId, reason: voidReason }).strict(),
  }),
  'campaigns.forRecord': defineOperation<CampaignRef | null>()({
    summary: '某条查扣记录或销毁批次关联的专项行动',
    mutates: false,
    input: z.object({ recordType: z.enum(['seizure', 'destruction_batch']), recordId }).strict(),
  }),
  'campaigns.workbench': defineOperation<CampaignWorkbench>()({ summary: '工作台：本人负责的逾期任务，临近截止仍未报送的单位', mutates: false, input: z.object({}).strict() }),
  'campaigns.statForm.xlsx': defineOperation<{ fileName: string; base64: string }>()({
    summary: '下载活动情况统计表（Excel；一个单位的，或全局合计）',
    mutates: false,
    input: z.object({ id: recordId, unit: formUnit }).strict(),
  }),
  'campaigns.document.preview': defineOperation<DocxFile>()({
    summary: '预览专项行动的文书（活动方案、活动情况统计表、活动总结）',
    mutates: false,
    outsideTransaction: true,
    input: z.object({ id: recordId, kind: z.enum(CAMPAIGN_DOCUMENT_KINDS, { error: '请选择文书' }), date: isoDate('成文日期'), unit: formUnit }).strict(),
  }),
  'campaigns.document.issue': defineOperation<DocxFile & { archiveId: string }>()({
    summary: '生成专项行动的文书并存档',
    mutates: true,
    outsideTransaction: true,
    input: z.object({ id: recordId, kind: z.enum(CAMPAIGN_DOCUMENT_KINDS, { error: '请选择文书' }), date: isoDate('成文日期'), unit: formUnit }).strict(),
  }),
}
