import { createHash } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { DocumentKind } from '../../../shared/domain/documents'
import { fillTemplate, MissingValuesError, templateLines } from '../../../shared/rules/template-text'
import type { Database } from '../db/schema'
import { AppError } from '../errors'
import { Blocks } from './blocks'
import { DEFAULT_FONTS, pageDocument, toDocxBytes, type DocumentFonts } from './gbt9704'
import { KINDS } from './kinds'
import { docxNamesNeedingValues, fillDocxTemplate, type TemplateSpec } from './docx-template'
import type { KindContext } from './kinds/types'

export interface BuiltDocument {
  title: string
  fileName: string
  bytes: Buffer
  sha256: string
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
  const problems = Object.entries(KINDS[kind].checkInputs?.(inputs) ?? {})
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
  let title: string
  let body: string
  try {
    title = fillTemplate(template.title, values)
    body = fillTemplate(template.body, values)
  } catch (err) {
    if (!(err instanceof MissingValuesError)) throw err
    throw missingError(err)
  }
  const titleLines = title.split(/\r?\n/).map((l) => l.trim()).filter(Boolean)
  const plainTitle = titleLines.join('')
  if (template.docx) {
    const missing = docxNamesNeedingValues(template.docx, templateSpec(kind)).filter((n) => !(values[n] ?? '').trim())
    if (missing.length > 0) throw missingError(new MissingValuesError(missing))
    const lists = Object.fromEntries((def.loops ?? []).map((l) => [l.name, l.rows(ctx)]))
    return described(plainTitle, ctx.date, fillDocxTemplate(template.docx, values, lists))
  }
  const blocks = new Blocks(fonts)
  const doc = pageDocument({
    fonts,
    title: titleLines.join(''),
    creator,
    children: def.layout(blocks, { titleLines, lines: templateLines(body) }, ctx),
    footerLines: def.footerLines && (() => def.footerLines!(blocks, ctx)),
  })
  return described(plainTitle, ctx.date, await toDocxBytes(doc))
}

const missingError = (err: MissingValuesError): AppError =>
  new AppError(
    'VALIDATION',
    `${err.message}（模板中用到了${err.names.map((n) => `{{${n}}}`).join('、')}）`,
    Object.fromEntries(err.names.map((n) => [`values.${n}`, `请填写“${n}”`])),
  )

const described = (title: string, date: string, bytes: Buffer): BuiltDocument => ({
  title,
  fileName: `${safeFileName(title)}（${date}）.docx`,
  bytes,
  sha256: createHash('sha256').update(bytes).digest('hex'),
})

/** Windows forbids \ / : * ? " < > | in file names. */
const safeFileName = (s: string): string => s.replace(/[\\/:*?"<>|\r\n]+/g, '_').slice(0, 80)

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
      created_at: a.at,
      created_by: a.by,
    })
    .execute()
}

