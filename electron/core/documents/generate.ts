import { createHash } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { DocumentKind } from '../../../shared/domain/documents'
import { fillTemplate, MissingValuesError, placeholdersIn, templateLines } from '../../../shared/rules/template-text'
import { isOneLine } from '../../../shared/rules/text-chars'
import { textWidthInChars } from '../../../shared/rules/text-width'
import { stripTitleBreaks, titleLines as breakTitle } from '../../../shared/rules/title-lines'
import type { Database } from '../db/schema'
import { AppError } from '../errors'
import { Blocks } from './blocks'
import { DEFAULT_FONTS, pageDocument, TITLE_CHARS_PER_LINE, TITLE_MAX_LINES, toDocxBytes, type DocumentFonts } from './gbt9704'
import { KINDS } from './kinds'
import { docxNamesNeedingValues, fillDocxTemplate, type TemplateSpec } from './docx-template'
import type { ArchiveFields, KindContext } from './kinds/types'

export interface BuiltDocument {
  title: string
  fileName: string
  bytes: Buffer
  sha256: string
  archive: Required<ArchiveFields>
}

/** What a Word template for the kind may use. */
export function templateSpec(kind: DocumentKind): TemplateSpec {
  const def = KINDS[kind]
  return { placeholders: def.placeholders.map((p) => p.name), loops: Object.fromEntries((def.loops ?? []).map((l) => [l.name, l.fields.map((f) => f.name)])) }
}

/** Refuses inputs the kind does not ask for, so a typo is not silently ignored. */
export function checkInputs(kind: DocumentKind, inputs: Record<string, string>): void {
  const allowed = new Set(KINDS[kind].placeholders.filter((p) => p.input).map((p) => p.name))
  const unknown = Object.keys(inputs).filter((k) => !allowed.has(k))
  if (unknown.length > 0) {
    throw new AppError('VALIDATION', `这种文书没有这些填写项：${unknown.join('、')}`, Object.fromEntries(unknown.map((k) => [`values.${k}`, '没有这个填写项'])))
  }
  const shape: Record<string, string> = {}
  for (const p of KINDS[kind].placeholders) {
    const value = inputs[p.name]
    if (value === undefined) continue
    if (!p.multiline && !isOneLine(value.trim())) shape[p.name] = `“${p.name}”只能写一行，不能包含换行或制表符`
    else if (p.maxLength && [...value.trim()].length > p.maxLength) shape[p.name] = `“${p.name}”不能超过${p.maxLength}个字（现有${[...value.trim()].length}个字）`
  }
  const problems = Object.entries({ ...(KINDS[kind].checkInputs?.(inputs) ?? {}), ...shape })
  if (problems.length > 0) {
    throw new AppError('VALIDATION', `输入有误：${problems[0]![1]}`, Object.fromEntries(problems.map(([k, m]) => [`values.${k}`, m])))
  }
}

/**
 * Fills the template with the kind's values: an uploaded Word template is filled as it is; wording is laid
 * out on the GB/T 9704 page.
 */
export async function buildDocument(
  kind: DocumentKind,
  template: { title: string; body: string; docx?: Buffer | null },
  ctx: KindContext,
  creator: string,
  fonts: DocumentFonts = DEFAULT_FONTS,
): Promise<BuiltDocument> {
  const def = KINDS[kind]
  const values = def.values(ctx)
  // "|" in a value places a title line break: it acts in the title and is dropped everywhere else.
  const plainValues = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, stripTitleBreaks(v)]))
  let title: string
  let body: string
  try {
    title = fillTemplate(template.title, values)
    body = fillTemplate(template.body, plainValues)
  } catch (err) {
    if (!(err instanceof MissingValuesError)) throw err
    throw missingError(err)
  }
  const titleLines = breakTitle(title, { maxChars: TITLE_CHARS_PER_LINE, width: textWidthInChars, agencyName: ctx.agency.fullName })
  if (titleLines.length > TITLE_MAX_LINES) throw titleTooLong(kind, template.title, titleLines)
  const plainTitle = titleLines.join('')
  const name = { title: plainTitle, parts: def.fileNameParts?.(plainTitle, ctx) ?? [plainTitle, ctx.date], archive: { documentNo: '', registerNo: '', partyName: '', ...def.archiveFields?.(ctx) } }
  if (template.docx) {
    const missing = docxNamesNeedingValues(template.docx, templateSpec(kind)).filter((n) => !(values[n] ?? '').trim())
    if (missing.length > 0) throw missingError(new MissingValuesError(missing))
    const lists = Object.fromEntries((def.loops ?? []).map((l) => [l.name, l.rows(ctx)]))
    return described(name, fillDocxTemplate(template.docx, plainValues, lists))
  }
  const blocks = new Blocks(fonts)
  const doc = pageDocument({
    fonts,
    title: plainTitle,
    creator,
    children: def.layout(blocks, { titleLines, lines: templateLines(body) }, ctx),
    footerLines: def.footerLines && (() => def.footerLines!(blocks, ctx)),
    pageNumbers: def.pageNumbers ?? true,
  })
  return described(name, await toDocxBytes(doc, fonts, blocks.rowSets))
}

/** A title past TITLE_MAX_LINES, blamed on the inputs the title is made from (事项). */
function titleTooLong(kind: DocumentKind, templateTitle: string, lines: string[]): AppError {
  const inputs = new Set(KINDS[kind].placeholders.filter((p) => p.input).map((p) => p.name))
  const blamed = placeholdersIn(templateTitle).filter((n) => inputs.has(n))
  const message = `标题过长：排成了${lines.length}行（共${[...lines.join('')].length}个字），最多${TITLE_MAX_LINES}行，请精简${blamed.map((n) => `“${n}”`).join('、') || '标题'}`
  return new AppError('VALIDATION', message, Object.fromEntries(blamed.map((n) => [`values.${n}`, message])))
}

const missingError = (err: MissingValuesError): AppError =>
  new AppError(
    'VALIDATION',
    `${err.message}（模板中用到了${err.names.map((n) => `{{${n}}}`).join('、')}）`,
    Object.fromEntries(err.names.map((n) => [`values.${n}`, `请填写“${n}”`])),
  )

const described = (name: { title: string; parts: string[]; archive: Required<ArchiveFields> }, bytes: Buffer): BuiltDocument => ({
  title: name.title,
  fileName: `${fileNameOf(name.parts)}.docx`,
  bytes,
  sha256: createHash('sha256').update(bytes).digest('hex'),
  archive: name.archive,
})

/** Longest file name before ".docx", in characters: Windows allows 255, a path in a folder far less. */
export const FILE_NAME_MAX = 80

/**
 * The parts joined by "_", without what Windows forbids in a file name (\ / : * ? " < > | and control
 * characters), cut at FILE_NAME_MAX characters: by code point, so an emoji is never split in half.
 */
export function fileNameOf(parts: readonly string[]): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  const clean = parts.map((p) => p.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').trim()).filter(Boolean)
  return [...clean.join('_')].slice(0, FILE_NAME_MAX).join('').replace(/[_ .]+$/, '') || '文书'
}

export async function archiveDocument(
  db: Kysely<Database>,
  a: { id: string; kind: DocumentKind; built: BuiltDocument; templateVersion: number; recordIds: string[]; inputs: Record<string, string>; by: string; at: string },
): Promise<void> {
  await db
    .insertInto('document_archive')
    .values({
      id: a.id,
      kind: a.kind,
      title: a.built.title,
      file_name: a.built.fileName,
      template_version: a.templateVersion,
      record_ids: JSON.stringify(a.recordIds),
      inputs: JSON.stringify(a.inputs),
      sha256: a.built.sha256,
      size_bytes: a.built.bytes.length,
      content: a.built.bytes,
      document_no: a.built.archive.documentNo,
      register_no: a.built.archive.registerNo,
      party_name: a.built.archive.partyName,
      created_at: a.at,
      created_by: a.by,
    })
    .execute()
}

