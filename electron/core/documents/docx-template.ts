import Docxtemplater from 'docxtemplater'
import { officeText } from '../../../shared/rules/text-chars'
import PizZip from 'pizzip'
import type { FoundPlaceholder } from '../../../shared/api/documents'
import { AppError } from '../errors'

// Word templates made by the office in Word or WPS, with the same {{占位符}} as the text templates.
// docxtemplater's default parser treats a tag as a plain name lookup: nothing in a template is evaluated.
// A kind with a list (a seizure's item lines) lets a template repeat part of it, e.g. a table row:
// {{#物品}}{{序号}} … {{品名}} … {{/物品}}.

const OPTIONS = { delimiters: { start: '{{', end: '}}' }, paragraphLoop: true, linebreaks: true, errorLogging: false } as const

const ERROR_TEXT: Record<string, string> = {
  unclosed_tag: '有未闭合的 {{',
  unopened_tag: '有多余的 }}',
  duplicate_open_tag: '有重复的 {{',
  duplicate_close_tag: '有重复的 }}',
  unclosed_loop: '有未结束的循环 {{#…}}',
  unopened_loop: '有多余的循环结束 {{/…}}',
  closing_tag_does_not_match_opening_tag: '循环的开始和结束名称不一致',
}

type NullGetter = (part: { value?: unknown }) => unknown

/** Missing values are checked before filling; reaching this would leave a hole in an issued document. */
const refuseMissing: NullGetter = (part) => {
  const name = String(part.value)
  throw new AppError('VALIDATION', `“${name}”未填写`, { [`values.${name}`]: `请填写“${name}”` })
}

type Parser = NonNullable<Docxtemplater.DXT.Options['parser']>

function open(bytes: Buffer, nullGetter: NullGetter, parser?: Parser): Docxtemplater {
  let zip: PizZip
  try {
    zip = new PizZip(bytes)
  } catch {
    throw new AppError('VALIDATION', '这不是有效的 Word 文档（.docx）', { file: '请选择 Word 保存的 .docx 文件' })
  }
  if (!zip.file('word/document.xml')) throw new AppError('VALIDATION', '这不是 Word 文档（.docx）', { file: '请选择 Word 保存的 .docx 文件' })
  try {
    return new Docxtemplater(zip, {
      ...OPTIONS,
      nullGetter,
      ...(parser ? { parser } : {}),
    })
  } catch (err) {
    throw templateError(err)
  }
}

function templateError(err: unknown): AppError {
  if (err instanceof AppError) return err
  const errors = (err as { properties?: { errors?: { properties?: { id?: string; xtag?: string } }[] } }).properties?.errors ?? []
  const problems = errors.map((e) => {
    const p = e.properties ?? {}
    return `${ERROR_TEXT[p.id ?? ''] ?? '占位符写法有误'}${p.xtag ? `（${p.xtag}）` : ''}`
  })
  const message = `Word 模板中的占位符写法有误：${problems.length ? [...new Set(problems)].join('；') : String((err as Error).message)}`
  return new AppError('VALIDATION', message, { file: message })
}

/** What a kind lets a Word template use: its placeholders, and its loops with each one's inner names. */
export interface TemplateSpec {
  placeholders: readonly string[]
  loops: Readonly<Record<string, readonly string[]>>
}

interface DocxTag {
  name: string
  /** {{#name}} or {{^name}}: a loop over a list, or a condition on a value. */
  opensLoop: boolean
  /** The loops the tag sits in, outermost first, joined by '.'; null at the top level. */
  inLoop: string | null
}

/**
 * The tags a Word template uses, in document order, as docxtemplater itself parses them (tags split across
 * Word's runs, headers and footers included): render once, each declared loop with one empty line so the
 * tags inside it are reached, and note every tag looked up, with the loop it sits in.
 */
function docxTags(bytes: Buffer, loopNames: readonly string[]): DocxTag[] {
  const found = new Map<string, DocxTag>()
  const data: Record<string, unknown> = Object.fromEntries(loopNames.map((n) => [n, [{}]]))
  const parser = (tag: string) => ({
    get(scope: unknown, context: Docxtemplater.DXT.ParserContext) {
      const t = { name: tag, opensLoop: context.meta.part.module === 'loop', inLoop: context.scopePath.length ? context.scopePath.join('.') : null }
      const key = JSON.stringify(t)
      if (!found.has(key)) found.set(key, t)
      if (tag === '.') return scope
      return scope && typeof scope === 'object' && Object.hasOwn(scope, tag) ? (scope as Record<string, unknown>)[tag] : undefined
    },
  })
  const doc = open(bytes, () => '', parser)
  try {
    doc.render(data)
  } catch (err) {
    throw templateError(err)
  }
  return [...found.values()]
}

/**
 * The placeholders of an uploaded Word template, each marked known or not for the kind. Inside a declared loop
 * the loop's names and the kind's placeholders are known; a loop the kind does not declare is not.
 */
export function inspectDocxTemplate(bytes: Buffer, spec: TemplateSpec): FoundPlaceholder[] {
  const isLoop = (name: string) => Object.hasOwn(spec.loops, name)
  return docxTags(bytes, Object.keys(spec.loops)).map((t) => {
    const known =
      t.inLoop === null
        ? spec.placeholders.includes(t.name) || (t.opensLoop && isLoop(t.name))
        : isLoop(t.inLoop) && (spec.loops[t.inLoop]!.includes(t.name) || spec.placeholders.includes(t.name))
    return { name: t.name, known, ...(t.opensLoop ? { opensLoop: true as const } : {}), ...(t.inLoop !== null ? { inLoop: t.inLoop } : {}) }
  })
}

/**
 * The placeholders that must have a value before filling: all but the loops themselves and the names inside
 * them (a line's 品牌 or 备注 may well be blank).
 */
export function docxNamesNeedingValues(bytes: Buffer, spec: TemplateSpec): string[] {
  const isLoop = (name: string) => Object.hasOwn(spec.loops, name)
  const lineField = (t: FoundPlaceholder) => t.inLoop !== undefined && isLoop(t.inLoop) && spec.loops[t.inLoop]!.includes(t.name)
  const names = inspectDocxTemplate(bytes, spec)
    .filter((t) => !(t.opensLoop && t.inLoop === undefined && isLoop(t.name)) && !lineField(t))
    .map((t) => t.name)
  return [...new Set(names)]
}

/** Fills a Word template; every placeholder must have a value (checked by the caller), loops get their lines. */
export function fillDocxTemplate(bytes: Buffer, values: Record<string, string>, lists: Record<string, Record<string, string>[]> = {}): Buffer {
  const doc = open(bytes, refuseMissing)
  try {
    const clean = (o: Record<string, string>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, officeText(v)]))
    doc.render({ ...clean(values), ...Object.fromEntries(Object.entries(lists).map(([k, rows]) => [k, rows.map(clean)])) })
  } catch (err) {
    throw templateError(err)
  }
  return doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' })
}
