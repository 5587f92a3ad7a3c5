import { z } from 'zod'
import { bodyLimitFor, defineOperation } from './contract'
import { optionalText, recordId, usable, voidReason } from './fields'
import { isIsoDate } from '../rules/chinese-date'
import { DOCUMENT_KINDS, type DocumentKind, type DocumentRecordType } from '../domain/documents'

// 文书: document kinds, their editable templates (versioned), preview, generation and the archive.

export interface PlaceholderInfo {
  /** As written in a template, without braces: 机关名称. */
  name: string
  description: string
  /** Filled in by the user when generating (otherwise taken from records). */
  input: boolean
  sample: string
  /** An input that may hold several lines (正文, the 附件 list); every other input is one line. */
  multiline?: boolean
  /** Longest input accepted, in characters. */
  maxLength?: number
}

/** A list an uploaded Word template may repeat, e.g. one table row per item line: {{#物品}}…{{/物品}}. */
export interface DocumentLoopInfo {
  /** The loop's name: {{#物品}} opens it, {{/物品}} closes it. */
  name: string
  description: string
  /** The names usable between the loop's tags, one value per line. */
  fields: PlaceholderInfo[]
}

export interface DocumentKindInfo {
  kind: DocumentKind
  label: string
  placeholders: PlaceholderInfo[]
  loops: DocumentLoopInfo[]
  /**
   * Made from one record (e.g. a seizure's 物品清单 from 查扣登记), not from the 生成文书 form; its template is
   * still edited in 文书 → 模板 and previewed with a sample record.
   */
  fromRecord: DocumentRecordType | null
  /** The area the kind belongs to, for grouping kinds in the 文书 screens (通用, 查扣登记 …). */
  area: string
}

export interface TemplateVersion {
  /** 0 is the built-in default; saved versions count from 1. */
  versionNo: number
  title: string
  body: string
  /** File name of an uploaded Word template used instead of the built-in layout; null for wording only. */
  docxName: string | null
  createdAt: string | null
  createdBy: string | null
}

export interface FoundPlaceholder {
  name: string
  /** False when the kind has no such placeholder: the template cannot be used until it is fixed. */
  known: boolean
  /** The tag opens a loop or a condition: {{#name}}…{{/name}} (or {{^name}}). */
  opensLoop?: true
  /** The loop the tag sits in, e.g. 物品 for {{品名}} inside {{#物品}}…{{/物品}}. */
  inLoop?: string
}

/** How a found placeholder is written in the template, for messages: {{#物品}}, {{品名}}（在 {{#物品}} 中）. */
export function placeholderTag(p: FoundPlaceholder): string {
  const tag = p.opensLoop ? `{{#${p.name}}}` : `{{${p.name}}}`
  return p.inLoop ? `${tag}（在 {{#${p.inLoop}}} 中）` : tag
}

export interface TemplateState {
  kind: DocumentKind
  /** The version in use. */
  current: TemplateVersion
  /** Every saved version, newest first; the built-in default is always available as versionNo 0. */
  versions: TemplateVersion[]
}

/** A generated .docx crossing the transport. */
export interface DocxFile {
  fileName: string
  /** The .docx bytes, base64. */
  base64: string
}

export interface ArchivedDocument {
  id: string
  kind: DocumentKind
  title: string
  fileName: string
  templateVersion: number
  sha256: string
  sizeBytes: number
  createdAt: string
  createdBy: string
  createdByName: string
  /** What the document is about ('' where it has none): its 文号 (a 清单's is its decision's), 登记号, 当事人. */
  documentNo: string
  registerNo: string
  partyName: string
  /** An issued document is never deleted; a wrong one is voided with the reason. */
  voided: { at: string; byName: string; reason: string } | null
}

/** Font names per role in generated documents; offices whose PCs use other names change them in settings. */
export interface DocumentFonts {
  /** 标题: 2号方正小标宋简体. */
  title: string
  /** 正文: 3号仿宋_GB2312. */
  body: string
  /** 一级标题 "一、": 黑体. */
  heading1: string
  /** 二级标题 "（一）": 楷体. */
  heading2: string
  /** 页码: 4号宋体. */
  pageNumber: string
  /** Digits and Latin text in body runs. */
  latin: string
}

/** The office's fonts; version 0 means the built-in defaults are in use. */
export interface DocumentFontSettings extends DocumentFonts {
  version: number
}

const fontName = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(40, `${label}不能超过40个字`)
    .regex(/^[^<>"&]+$/, `${label}不能包含 < > " &`)

const kind = z.enum(DOCUMENT_KINDS, { error: '没有这种文书' })
const isoDay = (label: string) => z.string({ error: `${label}应为日期` }).refine(isIsoDate, `${label}应为有效日期，例如 2026-11-23`)
const templateText = z.object({
  title: z.string({ error: '请填写标题' }).trim().min(1, '请填写标题').max(200, '标题不能超过200个字').refine(...usable('标题')),
  body: z.string({ error: '请填写正文' }).trim().min(1, '请填写正文').max(20_000, '正文不能超过20000个字').refine(...usable('正文')),
})
// A Word template up to 20 MB (base64 is a third longer).
const MAX_TEMPLATE_BYTES = 20 * 1024 * 1024
const TEMPLATE_BODY_LIMIT = bodyLimitFor(MAX_TEMPLATE_BYTES)
const docxBase64 = z.string({ error: '请选择文件' }).min(1, '请选择文件').max(Math.ceil(MAX_TEMPLATE_BYTES / 3) * 4, '文件过大：Word 模板不能超过20MB')
const values = z.record(z.string(), z.string().max(50_000, '填写内容过长（不能超过50000个字）').refine(...usable('填写内容')), { error: '填写内容格式不正确' })
const generateInput = z.object({ kind, values, date: z.string().refine(isIsoDate, '成文日期应为有效日期，例如 2026-11-23') }).strict()

export const documentOperations = {
  'documents.kinds': defineOperation<DocumentKindInfo[]>()({
    summary: '文书种类及其可用占位符',
    mutates: false,
    input: z.object({}).strict(),
  }),
  'documents.template.get': defineOperation<TemplateState>()({
    summary: '读取某种文书的模板（当前版本和历史版本）',
    mutates: false,
    input: z.object({ kind }).strict(),
  }),
  'documents.template.save': defineOperation<TemplateState>()({
    summary: '保存模板的新版本（未知占位符会被拒绝）',
    mutates: true,
    input: templateText.extend({ kind, basedOn: z.number().int().min(0) }).strict(),
  }),
  'documents.template.restore': defineOperation<TemplateState>()({
    summary: '恢复某个历史版本或内置默认模板（作为新版本保存）',
    mutates: true,
    input: z.object({ kind, versionNo: z.number().int().min(0), basedOn: z.number().int().min(0) }).strict(),
  }),
  'documents.template.inspect': defineOperation<{ placeholders: FoundPlaceholder[] }>()({
    summary: '检查上传的 Word 模板：列出其中的占位符并标出未知的',
    mutates: false,
    bodyLimit: TEMPLATE_BODY_LIMIT,
    input: z.object({ kind, base64: docxBase64 }).strict(),
  }),
  'documents.template.upload': defineOperation<TemplateState>()({
    summary: '使用上传的 Word 模板（作为新版本保存；有未知占位符时拒绝）',
    mutates: true,
    bodyLimit: TEMPLATE_BODY_LIMIT,
    input: z
      .object({
        kind,
        base64: docxBase64,
        fileName: z.string().trim().min(1, '缺少文件名').max(200, '文件名过长').regex(/\.docx$/i, '只接受 .docx 文件'),
        basedOn: z.number().int().min(0),
      })
      .strict(),
  }),
  'documents.preview': defineOperation<DocxFile>()({
    summary: '预览文书（可用未保存的模板草稿；由记录生成的文书只能预览草稿，用示例记录），不存档',
    mutates: false,
    input: generateInput.extend({ draft: templateText.optional() }).strict(),
  }),
  'documents.generate': defineOperation<DocxFile & { archiveId: string }>()({
    summary: '生成文书并存档（由记录生成的文书除外）',
    mutates: true,
    input: generateInput,
  }),
  'documents.fonts.get': defineOperation<DocumentFontSettings>()({
    summary: '读取文书字体设置',
    mutates: false,
    input: z.object({}).strict(),
  }),
  'documents.fonts.update': defineOperation<DocumentFontSettings>()({
    summary: '修改文书字体（各角色使用的字体名称）',
    mutates: true,
    input: z
      .object({
        title: fontName('标题字体'),
        body: fontName('正文字体'),
        heading1: fontName('一级标题字体'),
        heading2: fontName('二级标题字体'),
        pageNumber: fontName('页码字体'),
        latin: fontName('数字和西文字体'),
        version: z.number().int().min(0),
      })
      .strict(),
  }),
  'documents.archive.list': defineOperation<ArchivedDocument[]>()({
    summary: '已生成文书的存档（可按种类、生成日期、生成人筛选，按标题、文号、登记号、当事人搜索）',
    mutates: false,
    input: z
      .object({
        kind: kind.optional(),
        includeVoided: z.boolean().default(false),
        query: optionalText('搜索内容', 50),
        dateFrom: isoDay('起始日期').optional(),
        dateTo: isoDay('截止日期').optional(),
        createdBy: recordId.optional(),
      })
      .strict()
      .refine((f) => !f.dateFrom || !f.dateTo || f.dateFrom <= f.dateTo, { path: ['dateTo'], message: '截止日期不能早于起始日期' }),
  }),
  'documents.archive.creators': defineOperation<{ id: string; name: string }[]>()({
    summary: '生成过存档文书的人（存档筛选用）',
    mutates: false,
    input: z.object({}).strict(),
  }),
  'documents.archive.get': defineOperation<DocxFile>()({
    summary: '取出存档的文书文件（原样，不重新生成）',
    mutates: false,
    input: z.object({ id: z.string().min(1, '缺少存档编号') }).strict(),
  }),
  'documents.archive.void': defineOperation<ArchivedDocument>()({
    summary: '作废已出具的文书（审核领导；写明原因，存档保留）',
    mutates: true,
    input: z.object({ id: recordId, reason: voidReason }).strict(),
  }),
}
