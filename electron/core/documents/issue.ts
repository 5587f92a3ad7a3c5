import type { DocxFile } from '../../../shared/api/documents'
import type { Seizure } from '../../../shared/api/seizure-types'
import { DOCUMENT_RECORD_SOURCES, type DocumentKind } from '../../../shared/domain/documents'
import { createdFields } from '../audit/write'
import { newId } from '../db/ids'
import { AppError } from '../errors'
import { actor, type HandlerContext } from '../handler'
import { getAgencyProfile } from '../settings/repository'
import { documentFonts } from './fonts'
import { archiveDocument, buildDocument } from './generate'
import { KINDS } from './kinds'
import type { KindRecord } from './kinds/types'
import { templateSource } from './templates'

// Issuing a document: built from the kind's current template, archived byte for byte with the ids of the
// records it was made from, and audited, all in the calling operation's transaction. documents.generate
// issues form-filled kinds; a record's own operation (seizures.inventory) issues the kinds made from it.

export type IssuedDocument = DocxFile & { archiveId: string }

export async function issueDocument(ctx: HandlerContext, kind: DocumentKind, made: { date: string; inputs: Record<string, string>; record?: KindRecord }): Promise<IssuedDocument> {
  const user = actor(ctx)
  const current = await templateSource(ctx.trx, kind)
  const agency = await getAgencyProfile(ctx.trx)
  const kctx = { agency, ...made }
  const built = await buildDocument(kind, current, kctx, agency.fullName, await documentFonts(ctx.trx))
  const id = newId()
  await archiveDocument(ctx.trx, { id, kind, built, templateVersion: current.versionNo, recordIds: KINDS[kind].recordIds(kctx), inputs: made.inputs, by: user.id, at: ctx.at })
  await ctx.audit({ action: 'generate', recordType: 'document', recordId: id, changes: createdFields({ kind, title: built.title, sha256: built.sha256, templateVersion: current.versionNo }) })
  return { archiveId: id, fileName: built.fileName, base64: built.bytes.toString('base64') }
}

/** A kind made from a record, built from the current template and not archived (the 预览 of every area). */
export async function previewRecordDocument(db: Parameters<typeof templateSource>[0], kind: DocumentKind, record: KindRecord, date: string): Promise<DocxFile> {
  const agency = await getAgencyProfile(db)
  const built = await buildDocument(kind, await templateSource(db, kind), { agency, date, inputs: {}, record }, agency.fullName, await documentFonts(db))
  return { fileName: built.fileName, base64: built.bytes.toString('base64') }
}

/** Refuses a kind made from a record where only the 生成文书 form's inputs are at hand. */
export function assertFormKind(kind: DocumentKind): void {
  const from = KINDS[kind].fromRecord
  if (from) throw new AppError('VALIDATION', `此文书须从${DOCUMENT_RECORD_SOURCES[from.type]}中生成`, { kind: `此文书须从${DOCUMENT_RECORD_SOURCES[from.type]}中生成` })
}

/** Issues a kind made from one record (its 成文日期 `date`, YYYY-MM-DD); the record's id goes to the archive. */
export async function issueRecordDocument(ctx: HandlerContext, kind: DocumentKind, record: KindRecord, date: string): Promise<IssuedDocument> {
  if (KINDS[kind].fromRecord?.type !== record.type) throw new AppError('INTERNAL', `${KINDS[kind].label}不是由这种记录生成的`)
  return issueDocument(ctx, kind, { date, inputs: {}, record })
}

/** 查封（扣押）物品清单 of one seizure, as loaded by seizures.get; a voided seizure has none. */
export async function issueSeizureInventory(ctx: HandlerContext, seizure: Seizure, date: string): Promise<IssuedDocument> {
  if (seizure.voided) throw new AppError('STATE', '这条查扣登记已作废，不能生成物品清单')
  return issueRecordDocument(ctx, 'seizure_inventory', { type: 'seizure', seizure }, date)
}
