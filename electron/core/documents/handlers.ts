import type { HandlerMap } from '../handler'
import { actor } from '../handler'
import { AppError } from '../errors'
import { checkTemplate } from '../../../shared/rules/template-text'
import { DOCUMENT_KIND_AREAS, type DocumentKind } from '../../../shared/domain/documents'
import { getAgencyProfile } from '../settings/repository'
import { buildDocument, checkInputs, templateSpec } from './generate'
import { assertFormKind, issueDocument } from './issue'
import { KINDS } from './kinds'
import { saveTemplateVersion, templateSource, templateState } from './templates'
import { inspectDocxTemplate } from './docx-template'
import { documentFonts, saveDocumentFonts } from './fonts'
import { changedFields } from '../audit/write'
import { placeholderTag } from '../../../shared/api/documents'
import { archiveCreators, archivedDocument, archivedFile, listArchive, voidArchived } from './archive'

type Ops =
  | 'documents.kinds'
  | 'documents.template.get'
  | 'documents.template.save'
  | 'documents.template.restore'
  | 'documents.template.inspect'
  | 'documents.template.upload'
  | 'documents.preview'
  | 'documents.generate'
  | 'documents.fonts.get'
  | 'documents.fonts.update'
  | 'documents.archive.list'
  | 'documents.archive.get'
  | 'documents.archive.creators'
  | 'documents.archive.void'

/** Unknown placeholders and broken braces are refused before saving, per field. */
function assertTemplateValid(kind: DocumentKind, title: string, body: string): void {
  const known = KINDS[kind].placeholders.map((p) => p.name)
  const fields: Record<string, string> = {}
  const titleProblems = checkTemplate(title, known)
  const bodyProblems = checkTemplate(body, known)
  if (titleProblems.length) fields.title = titleProblems.join('；')
  if (bodyProblems.length) fields.body = bodyProblems.join('；')
  const all = [...titleProblems, ...bodyProblems]
  if (all.length) throw new AppError('VALIDATION', `模板有误：${all.join('；')}`, fields)
}

/** The placeholders of an uploaded Word template, each marked known or not for the kind. */
const inspectDocx = (kind: DocumentKind, bytes: Buffer) => inspectDocxTemplate(bytes, templateSpec(kind))

export const documentHandlers: HandlerMap<Ops> = {
  'documents.kinds': async (_input, { trx }) => {
    const agency = await getAgencyProfile(trx)
    return Object.values(KINDS).map((k) => {
      // The office's own name and 文号代字 in the samples, once its profile is filled in.
      const own = agency.fullName ? (k.samples?.(agency) ?? {}) : {}
      return {
        kind: k.kind,
        label: k.label,
        placeholders: k.placeholders.map((p) => ({ ...p, sample: own[p.name] || p.sample })),
        loops: (k.loops ?? []).map(({ name, description, fields }) => ({ name, description, fields })),
        fromRecord: k.fromRecord?.type ?? null,
        area: DOCUMENT_KIND_AREAS[k.kind],
      }
    })
  },

  'documents.template.get': ({ kind }, { trx }) => templateState(trx, kind),

  'documents.template.save': async ({ kind, title, body, basedOn }, ctx) => {
    assertTemplateValid(kind, title, body)
    const versionNo = await saveTemplateVersion(ctx.trx, { kind, title, body, basedOn, restoredFrom: null, by: actor(ctx).id })
    await ctx.audit({ action: 'update', recordType: 'document_template', recordId: kind, changes: { versionNo: [basedOn, versionNo] } })
    return templateState(ctx.trx, kind)
  },

  'documents.template.restore': async ({ kind, versionNo, basedOn }, ctx) => {
    const source = await templateSource(ctx.trx, kind, versionNo)
    const saved = await saveTemplateVersion(ctx.trx, { kind, ...source, basedOn, restoredFrom: versionNo, by: actor(ctx).id })
    await ctx.audit({ action: 'restore', recordType: 'document_template', recordId: kind, changes: { versionNo: [basedOn, saved] }, note: versionNo === 0 ? '恢复内置默认模板' : `恢复第 ${versionNo} 版` })
    return templateState(ctx.trx, kind)
  },

  'documents.template.inspect': async ({ kind, base64 }) => ({ placeholders: inspectDocx(kind, Buffer.from(base64, 'base64')) }),

  'documents.template.upload': async ({ kind, base64, fileName, basedOn }, ctx) => {
    const bytes = Buffer.from(base64, 'base64')
    const unknown = inspectDocx(kind, bytes).filter((p) => !p.known)
    if (unknown.length > 0) {
      const message = `Word 模板中有未知的占位符：${unknown.map(placeholderTag).join('、')}`
      throw new AppError('VALIDATION', message, { file: message })
    }
    // The wording stays as it was: it names the file and serves if the Word template is later replaced.
    const current = await templateSource(ctx.trx, kind)
    const saved = await saveTemplateVersion(ctx.trx, { kind, title: current.title, body: current.body, docx: bytes, docxName: fileName, basedOn, restoredFrom: null, by: actor(ctx).id })
    await ctx.audit({ action: 'upload', recordType: 'document_template', recordId: kind, changes: { versionNo: [basedOn, saved], docxName: [null, fileName], bytes: [null, bytes.length] } })
    return templateState(ctx.trx, kind)
  },

  'documents.preview': async ({ kind, values, date, draft }, ctx) => {
    // A kind made from a record previews only the wording being edited in 文书 → 模板, on a made-up record.
    const agency = await getAgencyProfile(ctx.trx)
    const sample = KINDS[kind].fromRecord && draft ? KINDS[kind].fromRecord.sample(agency) : undefined
    if (!sample) assertFormKind(kind)
    checkInputs(kind, values)
    if (draft) assertTemplateValid(kind, draft.title, draft.body)
    const template = draft ?? (await templateSource(ctx.trx, kind))
    const built = await buildDocument(kind, template, { agency, date, inputs: values, record: sample }, agency.fullName, await documentFonts(ctx.trx))
    return { fileName: built.fileName, base64: built.bytes.toString('base64') }
  },

  'documents.generate': async ({ kind, values, date }, ctx) => {
    assertFormKind(kind)
    checkInputs(kind, values)
    return issueDocument(ctx, kind, { date, inputs: values })
  },

  'documents.fonts.get': (_input, { trx }) => documentFonts(trx),

  'documents.fonts.update': async ({ version, ...fonts }, ctx) => {
    const before = await documentFonts(ctx.trx)
    const changes = changedFields(before, fonts)
    // Saved without a change: nothing written, no audit entry.
    if (Object.keys(changes).length === 0 && before.version === version) return before
    await saveDocumentFonts(ctx.trx, fonts, version, actor(ctx).id)
    await ctx.audit({ action: 'update', recordType: 'document_fonts', recordId: null, changes })
    return documentFonts(ctx.trx)
  },

  'documents.archive.list': (filter, { trx }) => listArchive(trx, filter),

  'documents.archive.creators': (_input, { trx }) => archiveCreators(trx),

  'documents.archive.get': ({ id }, { trx }) => archivedFile(trx, id),

  'documents.archive.void': async ({ id, reason }, ctx) => {
    await voidArchived(ctx.trx, id, reason, actor(ctx).id, ctx.at)
    await ctx.audit({ action: 'void', recordType: 'document', recordId: id, note: reason })
    return archivedDocument(ctx.trx, id)
  },
}
