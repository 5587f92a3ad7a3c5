import type { Transaction } from 'kysely'
import type { DocxFile } from '../../../shared/api/documents'
import type { DocumentFontSettings } from '../../../shared/api/documents'
import { DOCUMENT_RECORD_SOURCES, type DocumentKind } from '../../../shared/domain/documents'
import { createdFields } from '../audit/write'
import { newId } from '../db/ids'
import type { Database } from '../db/schema'
import { writeMark, writtenSince } from '../db/write-mark'
import { AppError } from '../errors'
import { actor, type HandlerAuditEntry, type HandlerContext } from '../handler'
import { runReadTask } from '../read-worker/pool'
import { asBuffer } from '../read-worker/bytes'
import { getAgencyProfile } from '../settings/repository'
import { documentFonts } from './fonts'
import { archiveDocument, buildDocument, type BuiltDocument } from './generate'
import { KINDS } from './kinds'
import type { KindContext, KindRecord } from './kinds/types'
import { templateSource, type TemplateSource } from './templates'

// Issuing a document: built from the kind's current template, archived byte for byte with the ids of the
// records it was made from, and audited. documents.generate issues form-filled kinds in its call's transaction;
// the kinds made from a record (a 清单 of 5,000 lines takes a second or more) are built off the connection and
// off the main thread — their operations run outside the call's transaction (issue 14: other calls waited for
// the whole build):
//   1. the record, template, agency and fonts are read in one short transaction;
//   2. the document is built in the read worker, every other call answered meanwhile;
//   3. for an issue, it is archived and audited in a second transaction — unless anything was written since 1,
//      when the record is read and the document built again inside that transaction, so what is archived is
//      always what the records say at that moment.

export type IssuedDocument = DocxFile & { archiveId: string }
type Trx = Transaction<Database>
/** Reads a document's record (and refuses where the document cannot be made from it); may run twice. */
export type RecordLoader = (trx: Trx) => Promise<KindRecord>
/** Completes a record read by a loader with what needs no database and takes long (the 工作总结's charts): run after the read, outside every transaction. */
export type RecordFinisher = (record: KindRecord) => Promise<KindRecord>

interface Sources {
  kctx: KindContext
  template: TemplateSource
  fonts: DocumentFontSettings
}

async function readSources(db: Trx, kind: DocumentKind, made: { date: string; inputs: Record<string, string>; record?: KindRecord }): Promise<Sources> {
  const [template, agency, fonts] = await Promise.all([templateSource(db, kind), getAgencyProfile(db), documentFonts(db)])
  return { kctx: { agency, ...made }, template, fonts }
}

const buildHere = (kind: DocumentKind, s: Sources) => buildDocument(kind, s.template, s.kctx, s.kctx.agency.fullName, s.fonts)

async function buildInWorker(ctx: HandlerContext, kind: DocumentKind, s: Sources): Promise<BuiltDocument> {
  const built = await runReadTask(ctx.services.dbFile, 'buildDocument', { kind, template: s.template, kctx: s.kctx, fonts: s.fonts })
  return { ...built, bytes: asBuffer(built.bytes) }
}

async function archiveAndAudit(ctx: HandlerContext, trx: Trx, kind: DocumentKind, s: Sources, built: BuiltDocument, audit: (e: HandlerAuditEntry[]) => Promise<void>, also?: RecordEntry) {
  const id = newId()
  await archiveDocument(trx, { id, kind, built, templateVersion: s.template.versionNo, recordIds: KINDS[kind].recordIds(s.kctx), inputs: s.kctx.inputs, by: actor(ctx).id, at: ctx.at })
  const issued: IssuedDocument = { archiveId: id, fileName: built.fileName, base64: built.bytes.toString('base64') }
  const entries: HandlerAuditEntry[] = [{ action: 'generate', recordType: 'document', recordId: id, changes: createdFields({ kind, title: built.title, sha256: built.sha256, templateVersion: s.template.versionNo }) }]
  if (also) entries.push(also(issued))
  await audit(entries)
  return issued
}

/** A form-filled kind, issued in the calling operation's transaction (documents.generate). */
export async function issueDocument(ctx: HandlerContext, kind: DocumentKind, made: { date: string; inputs: Record<string, string> }): Promise<IssuedDocument> {
  const s = await readSources(ctx.trx, kind, made)
  return archiveAndAudit(ctx, ctx.trx, kind, s, await buildHere(kind, s), (e) => ctx.audit(e))
}

/** A kind made from a record, built from the current template and not archived (the 预览 of every area). */
export async function previewRecordDocument(ctx: HandlerContext, kind: DocumentKind, load: RecordLoader, date: string, finish?: RecordFinisher): Promise<DocxFile> {
  const s = await ctx.services.db.transaction().execute(async (trx) => readSources(trx, kind, { date, inputs: {}, record: await load(trx) }))
  if (finish) s.kctx.record = await finish(s.kctx.record!)
  const built = await buildInWorker(ctx, kind, s)
  return { fileName: built.fileName, base64: built.bytes.toString('base64') }
}

/** Refuses a kind made from a record where only the 生成文书 form's inputs are at hand. */
export function assertFormKind(kind: DocumentKind): void {
  const from = KINDS[kind].fromRecord
  if (from) throw new AppError('VALIDATION', `此文书须从${DOCUMENT_RECORD_SOURCES[from.type]}中生成`, { kind: `此文书须从${DOCUMENT_RECORD_SOURCES[from.type]}中生成` })
}

/** The record's own 修改记录 entry for the issued document (which file, which archive entry). */
export type RecordEntry = (issued: IssuedDocument) => HandlerAuditEntry

/** The usual RecordEntry: the record names the file it issued and the archive entry. */
export const documentOnRecord =
  (recordType: HandlerAuditEntry['recordType'], recordId: string, field = 'document'): RecordEntry =>
  (issued) => ({ action: 'generate', recordType, recordId, changes: { [field]: [null, issued.fileName] }, note: `存档编号 ${issued.archiveId}` })

/** Issues a kind made from one record (its 成文日期 `date`, YYYY-MM-DD); the record's id goes to the archive. */
export async function issueRecordDocument(ctx: HandlerContext, kind: DocumentKind, load: RecordLoader, date: string, also?: RecordEntry, finish?: RecordFinisher): Promise<IssuedDocument> {
  const checkedLoad: RecordLoader = async (trx) => {
    const record = await load(trx)
    if (KINDS[kind].fromRecord?.type !== record.type) throw new AppError('INTERNAL', `${KINDS[kind].label}不是由这种记录生成的`)
    return record
  }
  const made = (record: KindRecord) => ({ date, inputs: {}, record })
  const first = await ctx.services.db.transaction().execute(async (trx) => {
    const s = await readSources(trx, kind, made(await checkedLoad(trx)))
    return { s, mark: writeMark(ctx.services.sqlite) }
  })
  if (finish) first.s.kctx.record = await finish(first.s.kctx.record!)
  const built = await buildInWorker(ctx, kind, first.s)
  return ctx.services.db.transaction().execute(async (trx) => {
    if (!writtenSince(first.mark, ctx.services.sqlite)) return archiveAndAudit(ctx, trx, kind, first.s, built, (e) => ctx.auditIn(trx, e), also)
    // Something was written while it was built (perhaps to this record): read and build again, here.
    const s = await readSources(trx, kind, made(await checkedLoad(trx)))
    if (finish) s.kctx.record = await finish(s.kctx.record!)
    return archiveAndAudit(ctx, trx, kind, s, await buildHere(kind, s), (e) => ctx.auditIn(trx, e), also)
  })
}
