import { z } from 'zod'
import { defineOperation } from './contract'
import { enumOf, isoDate, optionalText, recordId, requiredText, version, voidReason } from './fields'
import { officer, party } from './party'
import type { CasePage, CaseRecord } from './case-types'
import type { DocxFile } from './documents'
import { CASE_DOCUMENT_KINDS } from '../domain/documents'
import { documentNumberSchema } from '../rules/document-number'
import { CASE_FIELDS, CASE_PAUSE_KINDS, CASE_PROCEDURES, CASE_STATUSES, EARLY_STOP_CONDITIONS, PENALTY_KINDS, PUBLICATION_CHANNELS, SUMMARY_FINE_LIMIT_FEN } from '../domain/cases'
import { SEIZURE_SOURCES, keysOf } from '../domain/seizures'

// 处罚案件: the register, its status from 立案 to 结案, its deadlines' facts (extensions, pauses, service, payment)
// and its publication (公示).

const MAX_FEN = 100_000_000_000_000
const fen = (label: string) => z.number({ error: `${label}应为数字` }).int(`${label}最多2位小数`).min(0, `${label}不能为负数`).max(MAX_FEN, `${label}过大`).default(0)

export const caseFacts = z
  .object({
    filingDate: isoDate('立案日期'),
    filingNo: z.union([z.literal(''), documentNumberSchema]).default(''),
    procedure: enumOf(CASE_PROCEDURES, '程序'),
    party,
    field: enumOf(CASE_FIELDS, '案件领域'),
    source: enumOf(SEIZURE_SOURCES, '案件来源'),
    facts: requiredText('违法事实', 5000, { multiline: true }),
    evidence: optionalText('证据摘要', 3000, { multiline: true }),
    provisionsViolated: optionalText('违反的规定', 1000, { multiline: true }),
    legalBasis: optionalText('处罚依据', 1000, { multiline: true }),
    penaltyKinds: z.array(z.enum(keysOf(PENALTY_KINDS), { error: '处罚种类无效' })).max(13).default([]),
    fineFen: fen('罚款'),
    gainsFen: fen('没收违法所得'),
    propertyDescription: optionalText('没收非法财物', 500, { multiline: true }),
    propertyValueFen: fen('没收非法财物价值'),
    policeReferral: z
      .object({ unit: requiredText('移送公安接收单位', 100), date: isoDate('移送日期'), docNo: documentNumberSchema })
      .strict()
      .nullable()
      .default(null),
    unit: requiredText('承办单位', 50),
    officers: z
      .array(officer, { error: '请填写执法人员' })
      .min(2, '执法人员不得少于两人（行政处罚法第四十二条）')
      .max(10, '执法人员最多10人')
      .refine((os) => new Set(os.map((o) => o.certNo)).size === os.length, '执法证号重复'),
    legalReview: z.object({ reviewer: requiredText('法制审核人', 20), date: isoDate('法制审核日期') }).strict().nullable().default(null),
    collectiveDiscussionDate: isoDate('集体讨论日期').nullable().default(null),
    restrictionEnd: isoDate('限制期限届满日').nullable().default(null),
    seizureIds: z.array(recordId).max(50, '最多关联50条查扣记录').default([]),
    notes: optionalText('备注', 1000, { multiline: true }),
  })
  .strict()
  .superRefine((c, ctx) => {
    const has = (k: keyof typeof PENALTY_KINDS) => c.penaltyKinds.includes(k)
    if (new Set(c.penaltyKinds).size !== c.penaltyKinds.length) ctx.addIssue({ code: 'custom', path: ['penaltyKinds'], message: '处罚种类重复' })
    if (c.fineFen > 0 && !has('fine')) ctx.addIssue({ code: 'custom', path: ['penaltyKinds'], message: '填写了罚款金额，处罚种类应包括“罚款”' })
    if (has('fine') && c.fineFen === 0) ctx.addIssue({ code: 'custom', path: ['fineFen'], message: '处罚种类包括罚款，请填写罚款金额' })
    if (c.gainsFen > 0 && !has('confiscate_gains')) ctx.addIssue({ code: 'custom', path: ['penaltyKinds'], message: '填写了没收违法所得，处罚种类应包括“没收违法所得”' })
    if ((c.propertyDescription !== '' || c.propertyValueFen > 0) && !has('confiscate_property')) ctx.addIssue({ code: 'custom', path: ['penaltyKinds'], message: '填写了没收非法财物，处罚种类应包括“没收非法财物”' })
    if (c.procedure === 'summary') {
      // A 个体工商户 is fined as the citizen who runs it.
      const person = c.party.type === 'natural_person' || c.party.type === 'individual_business'
      const limit = person ? SUMMARY_FINE_LIMIT_FEN.person : SUMMARY_FINE_LIMIT_FEN.entity
      const allowed = c.penaltyKinds.every((k) => k === 'warning' || k === 'fine')
      if (!allowed) ctx.addIssue({ code: 'custom', path: ['procedure'], message: '简易程序只能给予警告或罚款（行政处罚法第五十一条）' })
      if (c.fineFen > limit) ctx.addIssue({ code: 'custom', path: ['fineFen'], message: `简易程序罚款不得超过${person ? '200' : '3000'}元（行政处罚法第五十一条），请改用普通程序` })
    }
    if (c.legalReview && c.legalReview.date < c.filingDate) ctx.addIssue({ code: 'custom', path: ['legalReview', 'date'], message: '法制审核日期不能早于立案日期' })
    if (c.policeReferral && c.policeReferral.date < c.filingDate) ctx.addIssue({ code: 'custom', path: ['policeReferral', 'date'], message: '移送日期不能早于立案日期' })
  })
export type CaseFactsInput = z.input<typeof caseFacts>

export const caseFilter = z
  .object({
    /** Party, 文号, 案件编号, 品名 of linked seizures: any substring. */
    query: optionalText('搜索内容', 50),
    year: z.number().int().min(1990).max(2100).nullable().default(null),
    field: enumOf(CASE_FIELDS, '案件领域').nullable().default(null),
    statuses: z.array(enumOf(CASE_STATUSES, '状态')).default([]),
    unit: optionalText('承办单位', 50),
    officer: optionalText('执法人员', 20),
    penaltyKind: z.enum(keysOf(PENALTY_KINDS)).nullable().default(null),
    /** Cases with a deadline overdue, or falling within 5 working days. */
    due: z.enum(['overdue', 'soon']).nullable().default(null),
    /**
     * 统计's drill-down: cases whose 立案 / 决定 / 公示 / 移送公安 date lies in from…to (a decision revoked since
     * does not count as one); with `timing`, decided within the 90-day limit or after it, or published by the
     * publication deadline or after it.
     */
    period: z
      .object({ basis: z.enum(['filing', 'decision', 'publication', 'police'], { error: '统计依据无效' }), from: isoDate('开始日期'), to: isoDate('结束日期') })
      .strict()
      .nullable()
      .default(null),
    procedure: enumOf(CASE_PROCEDURES, '程序').nullable().default(null),
    timing: z.enum(['in_time', 'late'], { error: '期限筛选无效' }).nullable().default(null),
    /** Registered by this account (工作台's 我的待办). */
    createdBy: recordId.nullable().default(null),
    includeVoided: z.boolean().default(false),
  })
  .strict()

const withVersion = { id: recordId, version }
type R = CaseRecord

export const caseOperations = {
  'cases.list': defineOperation<CasePage>()({
    summary: '处罚案件列表（筛选、搜索、按期限排序、分页）',
    mutates: false,
    input: caseFilter
      .extend({
        sort: z.enum(['caseNo', 'filingDate', 'nextDue'], { error: '排序字段无效' }).default('caseNo'),
        page: z.number().int().min(1, '页码无效').default(1),
        pageSize: z.number().int().min(10, '每页至少10条').max(200, '每页最多200条').default(50),
      })
      .strict(),
  }),
  'cases.export': defineOperation<{ fileName: string; base64: string; rows: number }>()({
    summary: '导出筛选后的处罚案件（.xlsx）',
    mutates: false,
    input: caseFilter.extend({ sort: z.enum(['caseNo', 'filingDate', 'nextDue'], { error: '排序字段无效' }).default('caseNo') }).strict(),
  }),
  'cases.get': defineOperation<R>()({ summary: '查看一件处罚案件', mutates: false, input: z.object({ id: recordId }).strict() }),
  'cases.forSeizure': defineOperation<{ id: string; caseNo: string; decisionNo: string; status: keyof typeof CASE_STATUSES }[]>()({
    summary: '某条查扣记录所属的处罚案件',
    mutates: false,
    input: z.object({ seizureId: recordId }).strict(),
  }),
  'cases.create': defineOperation<R>()({ summary: '立案登记（自动编案件编号）', mutates: true, input: caseFacts }),
  'cases.update': defineOperation<R>()({
    summary: '更正案件信息（已结案、不予处罚、撤销立案的不能再改）',
    mutates: true,
    input: z.object({ ...withVersion, facts: caseFacts, reason: optionalText('更正原因', 200) }).strict(),
  }),
  'cases.void': defineOperation<R>()({ summary: '作废案件记录（写明原因；不删除）', mutates: true, input: z.object({ ...withVersion, reason: voidReason }).strict() }),
  'cases.decide': defineOperation<R>()({
    summary: '登记处罚决定（决定书文号、决定日期）',
    mutates: true,
    input: z.object({ ...withVersion, decisionNo: documentNumberSchema, decisionDate: isoDate('决定日期') }).strict(),
  }),
  'cases.end': defineOperation<R>()({
    summary: '不予处罚或撤销立案（写明原因）',
    mutates: true,
    input: z.object({ ...withVersion, outcome: z.enum(['not_punished', 'cancelled'], { error: '请选择结果' }), date: isoDate('日期'), reason: requiredText('原因', 500, { multiline: true }) }).strict(),
  }),
  'cases.serve': defineOperation<R>()({ summary: '登记决定书送达日期', mutates: true, input: z.object({ ...withVersion, serviceDate: isoDate('送达日期') }).strict() }),
  'cases.pay': defineOperation<R>()({
    summary: '登记缴纳罚没款（逾期的加处罚款一并登记）',
    mutates: true,
    input: z.object({ ...withVersion, paidOn: isoDate('缴款日期'), amountFen: fen('缴款金额'), surchargeFen: fen('加处罚款') }).strict(),
  }),
  'cases.execute': defineOperation<R>()({ summary: '处罚决定执行完毕', mutates: true, input: z.object({ ...withVersion, date: isoDate('执行完毕日期'), note: optionalText('说明', 500) }).strict() }),
  'cases.close': defineOperation<R>()({ summary: '结案', mutates: true, input: z.object({ ...withVersion, date: isoDate('结案日期'), note: optionalText('说明', 500) }).strict() }),
  'cases.extend': defineOperation<R>()({
    summary: '登记办案期限延长（负责人批准30日，或集体讨论决定）',
    mutates: true,
    input: z
      .object({
        ...withVersion,
        kind: z.enum(['approved', 'collective'], { error: '请选择延长方式' }),
        date: isoDate('批准日期'),
        approvedBy: requiredText('批准人', 20),
        reason: requiredText('延长理由', 500, { multiline: true }),
        days: z.number().int('延长天数应为整数').min(1, '延长天数至少1日').max(365, '延长天数过大').nullable().default(null),
      })
      .strict()
      .refine((e) => (e.kind === 'collective') === (e.days !== null), { path: ['days'], message: '集体讨论决定延长的，请填写延长天数；负责人批准的固定为30日' }),
  }),
  'cases.pause.add': defineOperation<R>()({
    summary: '登记不计入办案期限的期间（中止、听证、公告、检测鉴定）',
    mutates: true,
    input: z
      .object({ ...withVersion, kind: enumOf(CASE_PAUSE_KINDS, '期间种类'), startDate: isoDate('开始日期'), endDate: isoDate('结束日期').nullable().default(null), reason: requiredText('原因', 200) })
      .strict(),
  }),
  'cases.pause.end': defineOperation<R>()({ summary: '登记期间的结束日期', mutates: true, input: z.object({ ...withVersion, pauseId: recordId, endDate: isoDate('结束日期') }).strict() }),
  'cases.pause.void': defineOperation<R>()({ summary: '作废一段期间（写明原因）', mutates: true, input: z.object({ ...withVersion, pauseId: recordId, reason: voidReason }).strict() }),
  'cases.publication.record': defineOperation<R>()({
    summary: '登记行政处罚信息公示（日期、渠道、公示人）',
    mutates: true,
    input: z.object({ ...withVersion, publishedOn: isoDate('公示日期'), channel: enumOf(PUBLICATION_CHANNELS, '公示渠道'), publishedBy: requiredText('公示人', 20) }).strict(),
  }),
  'cases.revoke': defineOperation<R>()({
    summary: '登记处罚决定被变更、撤销或确认违法、无效（须在3个工作日内撤下公示）',
    mutates: true,
    input: z.object({ ...withVersion, date: isoDate('日期'), reason: requiredText('原因', 500, { multiline: true }) }).strict(),
  }),
  'cases.publication.withdraw': defineOperation<R>()({
    summary: '登记撤下公示（日期、原因）',
    mutates: true,
    input: z.object({ ...withVersion, date: isoDate('撤下日期'), reason: requiredText('撤下原因', 500, { multiline: true }) }).strict(),
  }),
  'cases.publication.earlyStop': defineOperation<R>()({
    summary: '登记提前停止公示（四项条件均已确认）',
    mutates: true,
    input: z
      .object({ ...withVersion, date: isoDate('停止公示日期'), conditions: z.array(z.enum(keysOf(EARLY_STOP_CONDITIONS))).default([]) })
      .strict()
      .refine((e) => keysOf(EARLY_STOP_CONDITIONS).every((k) => e.conditions.includes(k)), { path: ['conditions'], message: '提前停止公示须四项条件全部具备（公示规定第十四条）' }),
  }),
  'cases.document.preview': defineOperation<DocxFile>()({
    summary: '预览处罚案件的文书（行政处罚信息公示、行政处罚决定书）',
    mutates: false,
    outsideTransaction: true,
    input: z.object({ id: recordId, kind: z.enum(CASE_DOCUMENT_KINDS, { error: '请选择文书' }), date: isoDate('成文日期') }).strict(),
  }),
  'cases.document.issue': defineOperation<DocxFile & { archiveId: string }>()({
    summary: '生成处罚案件的文书并存档',
    mutates: true,
    outsideTransaction: true,
    input: z.object({ id: recordId, kind: z.enum(CASE_DOCUMENT_KINDS, { error: '请选择文书' }), date: isoDate('成文日期') }).strict(),
  }),
}
