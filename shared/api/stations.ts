import { z } from 'zod'
import { bodyLimitFor, defineOperation } from './contract'
import { enumOf, isoDate, optionalText, recordId, requiredText, version, voidReason } from './fields'
import { ATTACHMENT_BODY_LIMIT, attachmentBase64, base64Field, type RecordFile } from './attachments'
import { CREDIT_CODE_UNVERIFIED } from './party'
import type { Station, StationPage, StationReview, StationSettings, StationWorkbench } from './station-types'
import type { ImportPreview, ImportResult } from './station-import-types'
import { REVIEW_RESULTS, STATION_CONDITIONS, STATION_FORMATS, STATION_SHEET_FIELD_KEYS, STATION_STATUSES } from '../domain/stations'
import { checkCreditCode } from '../rules/credit-code'
import { checkPhone } from '../rules/phone'
import { STATION_DOCUMENT_KINDS } from '../domain/documents'
import type { DocxFile } from './documents'

// 服务站: the registry of consumer-rights service stations, their states, yearly reviews, sheet import and export.

const count = (label: string) => z.number({ error: `请填写${label}` }).int(`${label}应为整数`).min(0, `${label}不能为负数`).max(100_000, `${label}过大`)
const year = z.number({ error: '请填写年度' }).int('年度应为整数').min(1990, '年度无效').max(2100, '年度无效')

export const stationFacts = z
  .object({
    name: requiredText('服务站名称', 100),
    hostName: optionalText('依托经营者', 100),
    hostCreditCode: optionalText('统一社会信用代码', 30),
    /** The clerk confirmed a credit code whose check character does not match. */
    confirmUnverified: z.boolean().default(false),
    format: enumOf(STATION_FORMATS, '业态'),
    address: optionalText('地址', 200),
    unit: requiredText('监管所', 50),
    head: optionalText('站长', 20),
    phone: optionalText('联系电话', 30),
    staffFull: count('专职人员数').default(0),
    staffPart: count('兼职人员数').default(0),
    conditions: z.array(enumOf(STATION_CONDITIONS, '条件')).max(20).default([]).refine((c) => new Set(c).size === c.length, '条件重复'),
    odr: z.boolean().default(false),
    odrSince: isoDate('成为ODR企业的日期').nullable().default(null),
    noReasonReturns: z.boolean().default(false),
    returnsSince: isoDate('作出无理由退货承诺的日期').nullable().default(null),
    setUpOn: isoDate('设立日期').nullable().default(null),
    plaqueOn: isoDate('授牌日期').nullable().default(null),
    notes: optionalText('备注', 1000, { multiline: true }),
  })
  .strict()
  .transform((s, ctx) => {
    const { confirmUnverified, ...facts } = s
    let hostCreditCode = ''
    let hostCodeUnverified = false
    if (s.hostCreditCode !== '') {
      const code = checkCreditCode(s.hostCreditCode)
      if (code.ok) hostCreditCode = code.value
      else if (code.kind === 'checkDigit' && confirmUnverified) [hostCreditCode, hostCodeUnverified] = [code.value, true]
      else
        ctx.addIssue({
          code: 'custom',
          path: ['hostCreditCode'],
          message: code.kind === 'checkDigit' ? `${code.message}。如核对无误，请勾选“校验位不符，仍然保存”` : code.message,
          params: code.kind === 'checkDigit' ? { reason: CREDIT_CODE_UNVERIFIED } : undefined,
        })
    }
    let phone = ''
    if (s.phone !== '') {
      const p = checkPhone(s.phone)
      if (p.ok) phone = p.value
      else ctx.addIssue({ code: 'custom', path: ['phone'], message: p.message })
    }
    if (s.odrSince && !s.odr) ctx.addIssue({ code: 'custom', path: ['odrSince'], message: '不是ODR企业时不填日期' })
    if (s.returnsSince && !s.noReasonReturns) ctx.addIssue({ code: 'custom', path: ['returnsSince'], message: '未作出无理由退货承诺时不填日期' })
    if (s.setUpOn && s.plaqueOn && s.plaqueOn < s.setUpOn) ctx.addIssue({ code: 'custom', path: ['plaqueOn'], message: `授牌日期不能早于设立日期（${s.setUpOn}）` })
    return { ...facts, hostCreditCode, hostCodeUnverified, phone }
  })
export type StationFactsInput = z.input<typeof stationFacts>

export const stationFilter = z
  .object({
    /** 名称, 依托经营者, 地址, 站长, 编号: any substring. */
    query: optionalText('搜索内容', 50),
    unit: optionalText('监管所', 50),
    format: enumOf(STATION_FORMATS, '业态').nullable().default(null),
    statuses: z.array(enumOf(STATION_STATUSES, '状态')).default([]),
    odr: z.boolean().nullable().default(null),
    noReasonReturns: z.boolean().nullable().default(null),
    /** The review year the result filter and 未考核 speak of; this year when absent. */
    year: year.nullable().default(null),
    /** 'any': reviewed that year, whatever the result; 'none': not reviewed. */
    result: z.union([enumOf(REVIEW_RESULTS, '考核结果'), z.literal('none'), z.literal('any')]).nullable().default(null),
    /** 统计's drill-down: stations set up (设立日期) or revoked (撤销日期) within from…to. */
    period: z
      .object({ basis: z.enum(['set_up', 'revoked'], { error: '统计依据无效' }), from: isoDate('开始日期'), to: isoDate('结束日期') })
      .strict()
      .nullable()
      .default(null),
    /** 整改 past its due date. */
    rectifyOverdue: z.boolean().default(false),
    includeVoided: z.boolean().default(false),
  })
  .strict()
export type StationFilter = z.input<typeof stationFilter>

const withVersion = { id: recordId, version }
/** A station sheet of 2,000 rows is well under 1 MB; 10 MB leaves room for a sheet with pictures in it. */
const MAX_SHEET_BYTES = 10 * 1024 * 1024
const SHEET_BODY_LIMIT = bodyLimitFor(MAX_SHEET_BYTES)
const sheet = { fileName: requiredText('文件名', 200), base64: base64Field('文件内容').max(Math.ceil(MAX_SHEET_BYTES / 3) * 4, '表格文件过大：不能超过10MB') }
/** Column i → field (null: not imported); absent: from the headers and the mapping remembered. */
const mapping = z.array(z.enum(STATION_SHEET_FIELD_KEYS, { error: '列对应的字段无效' }).nullable()).max(100, '列太多').nullable().default(null)

export const stationReviewInput = z
  .object({
    stationId: recordId,
    year,
    received: count('受理投诉数'),
    handled: count('办结数'),
    mediated: count('调解成功数'),
    recoveredFen: z.number({ error: '请填写挽回经济损失' }).int('金额最多到分').min(0, '金额不能为负数').max(100_000_000_000, '金额过大'),
    checkedOn: isoDate('现场检查日期').nullable().default(null),
    result: enumOf(REVIEW_RESULTS, '考核结果'),
    reviewer: requiredText('考核人', 40),
    notes: optionalText('备注', 1000, { multiline: true }),
    /** Present when the year's review is corrected. */
    reviewId: recordId.nullable().default(null),
    reviewVersion: version.nullable().default(null),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.handled > r.received) ctx.addIssue({ code: 'custom', path: ['handled'], message: `办结数不能多于受理投诉数（${r.received}）` })
    if (r.mediated > r.handled) ctx.addIssue({ code: 'custom', path: ['mediated'], message: `调解成功数不能多于办结数（${r.handled}）` })
  })

const documentInput = z
  .object({
    kind: z.enum(STATION_DOCUMENT_KINDS, { error: '请选择文书' }),
    date: isoDate('成文日期'),
    /** 名录: one 所, or the whole county. */
    unit: optionalText('监管所', 50),
    /** 授牌公告: the stations chosen. */
    stationIds: z.array(recordId).max(500, '一次最多500个服务站').default([]),
    /** 考核结果通报: the year. */
    year: year.nullable().default(null),
  })
  .strict()
  .superRefine((d, ctx) => {
    if (d.kind === 'station_plaque' && d.stationIds.length === 0) ctx.addIssue({ code: 'custom', path: ['stationIds'], message: '请选择要授牌的服务站' })
    if (d.kind === 'station_review_report' && d.year === null) ctx.addIssue({ code: 'custom', path: ['year'], message: '请选择考核年度' })
  })

export const stationOperations = {
  'stations.list': defineOperation<StationPage>()({
    summary: '服务站列表（筛选、搜索、分页）',
    mutates: false,
    input: stationFilter.extend({ page: z.number().int().min(1).default(1), pageSize: z.number().int().min(10).max(200).default(50) }).strict(),
  }),
  'stations.get': defineOperation<Station>()({ summary: '查看一个服务站', mutates: false, input: z.object({ id: recordId }).strict() }),
  'stations.create': defineOperation<Station>()({
    summary: '登记服务站（编号按年自动生成；筹建或在册）',
    mutates: true,
    input: z.object({ facts: stationFacts, initialStatus: z.enum(['preparing', 'active'], { error: '请选择状态' }).default('preparing') }).strict(),
  }),
  'stations.update': defineOperation<Station>()({ summary: '修改服务站信息', mutates: true, input: z.object({ ...withVersion, facts: stationFacts }).strict() }),
  'stations.void': defineOperation<Station>()({ summary: '作废服务站记录（错录；不删除）', mutates: true, input: z.object({ ...withVersion, reason: voidReason }).strict() }),
  'stations.status': defineOperation<Station>()({
    summary: '变更状态：在册、整改（原因、期限）、撤销（日期、原因）',
    mutates: true,
    input: z
      .object({
        ...withVersion,
        to: enumOf(STATION_STATUSES, '新状态'),
        date: isoDate('日期'),
        reason: optionalText('原因', 500, { multiline: true }),
        dueDate: isoDate('整改期限').nullable().default(null),
      })
      .strict()
      .superRefine((s, ctx) => {
        if ((s.to === 'rectifying' || s.to === 'revoked') && s.reason === '') ctx.addIssue({ code: 'custom', path: ['reason'], message: s.to === 'revoked' ? '请填写撤销原因' : '请填写整改原因' })
        if (s.to === 'rectifying' && !s.dueDate) ctx.addIssue({ code: 'custom', path: ['dueDate'], message: '请填写整改期限' })
        if (s.to === 'rectifying' && s.dueDate && s.dueDate < s.date) ctx.addIssue({ code: 'custom', path: ['dueDate'], message: '整改期限不能早于开始日期' })
      }),
  }),
  'stations.review.save': defineOperation<StationReview>()({ summary: '登记或更正年度考核结果', mutates: true, input: stationReviewInput }),
  'stations.export': defineOperation<{ fileName: string; base64: string; rows: number }>()({
    summary: '导出筛选后的服务站（.xlsx，与导入的列相同）',
    mutates: false,
    input: stationFilter,
  }),
  'stations.import.check': defineOperation<ImportPreview>()({
    summary: '读取并检查服务站表格（.xlsx 或 .csv），逐行列出问题（不写入）',
    mutates: false,
    bodyLimit: SHEET_BODY_LIMIT,
    input: z.object({ ...sheet, mapping }).strict(),
  }),
  'stations.import.commit': defineOperation<ImportResult>()({
    summary: '导入服务站表格：有效行一次写入（严格模式下须全部有效）；已有的服务站不重复登记',
    mutates: true,
    bodyLimit: SHEET_BODY_LIMIT,
    input: z
      .object({
        ...sheet,
        mapping,
        strict: z.boolean().default(false),
        /** Rows whose warnings the user accepted, or all of them. */
        acceptWarnings: z.union([z.literal('all'), z.array(z.number().int().min(1)).max(100_000)]).default([]),
      })
      .strict(),
  }),
  'stations.settings.get': defineOperation<StationSettings>()({ summary: '读取服务站设置（监管所列表）', mutates: false, input: z.object({}).strict() }),
  'stations.settings.update': defineOperation<StationSettings>()({
    summary: '修改监管所列表和年度考核提醒月份',
    mutates: true,
    input: z
      .object({
        units: z.array(requiredText('监管所名称', 50)).max(100, '监管所最多100个').refine((u) => new Set(u).size === u.length, '监管所名称重复'),
        /** Absent: kept as it is. */
        reviewMonth: z.number({ error: '请选择月份' }).int('月份应为整数').min(1, '月份应为1–12').max(12, '月份应为1–12').optional(),
        version,
      })
      .strict(),
  }),
  'stations.document.preview': defineOperation<DocxFile>()({
    summary: '预览服务站文书：名录（按监管所分组）、授牌公告（所选服务站）、年度考核结果通报',
    mutates: false,
    outsideTransaction: true,
    input: documentInput,
  }),
  'stations.document.issue': defineOperation<DocxFile & { archiveId: string }>()({ summary: '生成服务站文书并存档', mutates: true, outsideTransaction: true, input: documentInput }),
  'stations.attachments.list': defineOperation<RecordFile[]>()({ summary: '服务站的牌匾和现场照片', mutates: false, input: z.object({ stationId: recordId }).strict() }),
  'stations.attachments.add': defineOperation<RecordFile>()({
    summary: '添加服务站牌匾或现场照片',
    mutates: true,
    bodyLimit: ATTACHMENT_BODY_LIMIT,
    input: z.object({ stationId: recordId, fileName: requiredText('文件名', 200), base64: attachmentBase64(), thumbnailBase64: base64Field('缩略图').nullable().default(null) }).strict(),
  }),
  'stations.attachments.get': defineOperation<{ fileName: string; mime: string; base64: string }>()({ summary: '打开服务站照片原件', mutates: false, input: z.object({ id: recordId }).strict() }),
  'stations.attachments.void': defineOperation<RecordFile>()({ summary: '移除服务站照片（写明原因；文件保留）', mutates: true, input: z.object({ id: recordId, reason: voidReason }).strict() }),
  'stations.workbench': defineOperation<StationWorkbench>()({ summary: '工作台：整改逾期的服务站，到了考核月份仍未考核的服务站', mutates: false, input: z.object({}).strict() }),
}
