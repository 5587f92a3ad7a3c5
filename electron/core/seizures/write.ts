import type { Selectable, Transaction } from 'kysely'
import type { OpParsed } from '../../../shared/api'
import type { Seizure } from '../../../shared/api/seizure-types'
import { formatQty } from '../../../shared/rules/decimal'
import type { Database, SeizureItemTable } from '../db/schema'
import { newId } from '../db/ids'
import { AppError } from '../errors'
import type { FieldChanges } from '../audit/write'

// The writes behind create and update: register number, header, officers, lines.

type Trx = Transaction<Database>
export type SeizureParsed = OpParsed<'seizures.create'>
type LineParsed = SeizureParsed['items'][number]

/** The next register number of the year, e.g. 2026-0001. Numbers are never reused. */
export async function nextRegisterNo(trx: Trx, year: number): Promise<{ seq: number; no: string }> {
  const row = await trx
    .insertInto('seizure_counters')
    .values({ year, last_no: 1 })
    .onConflict((oc) => oc.column('year').doUpdateSet((eb) => ({ last_no: eb('seizure_counters.last_no', '+', 1) })))
    .returning('last_no')
    .executeTakeFirstOrThrow()
  return { seq: row.last_no, no: `${year}-${String(row.last_no).padStart(4, '0')}` }
}

/** Refusals that need the database or today's date (the contract checked the rest). */
export async function checkSeizure(trx: Trx, input: SeizureParsed, today: string, before: Seizure | null): Promise<void> {
  const ownId = before?.id ?? null
  const fields: Record<string, string> = {}
  if (input.decisionDate > today) fields.decisionDate = '决定日期不能晚于今天'
  let dup = trx.selectFrom('seizures').select('register_no').where('decision_no', '=', input.decisionNo).where('voided_at', 'is', null)
  if (ownId) dup = dup.where('id', '!=', ownId)
  const taken = await dup.executeTakeFirst()
  if (taken) fields.decisionNo = `该决定书文号已登记（登记号 ${taken.register_no}）`
  const locationIds = [...new Set(input.items.map((i) => i.storageLocationId).filter((x): x is string => x !== null))]
  if (locationIds.length > 0) {
    const found = await trx.selectFrom('storage_locations').select(['id', 'voided_at']).where('id', 'in', locationIds).execute()
    const ok = new Map(found.map((l) => [l.id, l.voided_at === null]))
    input.items.forEach((item, i) => {
      // A line may keep a location stopped since it was saved; a new choice must be an active one.
      const kept = before?.items.some((l) => l.id === item.id && l.storageLocationId === item.storageLocationId)
      if (item.storageLocationId && !ok.get(item.storageLocationId) && !kept) fields[`items.${i}.storageLocationId`] = '存放位置不存在或已停用'
    })
  }
  const first = Object.values(fields)[0]
  if (first) throw new AppError('VALIDATION', first, fields)
}

export function headerColumns(input: SeizureParsed) {
  return {
    kind: input.kind,
    decision_no: input.decisionNo,
    decision_date: input.decisionDate,
    place: input.place,
    source: input.source,
    source_note: input.sourceNote,
    unit: input.unit,
    party_type: input.party.type,
    party_name: input.party.name,
    party_id_no: input.party.idNo,
    party_id_unverified: input.party.idUnverified ? 1 : 0,
    party_legal_rep: input.party.legalRep,
    party_address: input.party.address,
    party_phone: input.party.phone,
    notes: input.notes,
  }
}

/** The header as the audit trail names its fields (shared/domain/audit.ts). */
export function headerFacts(s: Pick<Seizure, 'kind' | 'decisionNo' | 'decisionDate' | 'place' | 'source' | 'sourceNote' | 'unit' | 'officers' | 'party' | 'notes'>) {
  return {
    kind: s.kind,
    decisionNo: s.decisionNo,
    decisionDate: s.decisionDate,
    place: s.place,
    source: s.source,
    sourceNote: s.sourceNote,
    unit: s.unit,
    officers: s.officers,
    partyType: s.party.type,
    partyName: s.party.name,
    partyIdNo: s.party.idNo,
    partyIdUnverified: s.party.idUnverified,
    partyLegalRep: s.party.legalRep,
    partyAddress: s.party.address,
    partyPhone: s.party.phone,
    notes: s.notes,
  }
}

/** Replaces a saved seizure's officers. */
export async function writeOfficers(trx: Trx, seizureId: string, officers: SeizureParsed['officers']): Promise<void> {
  await trx.deleteFrom('seizure_officers').where('seizure_id', '=', seizureId).execute()
  await insertOfficers(trx, seizureId, officers)
}

/** A new seizure's officers, in order. */
export async function insertOfficers(trx: Trx, seizureId: string, officers: SeizureParsed['officers']): Promise<void> {
  await trx
    .insertInto('seizure_officers')
    .values(officers.map((o, i) => ({ seizure_id: seizureId, position: i + 1, name: o.name, cert_no: o.certNo })))
    .execute()
}

const lineColumns = (l: LineParsed) => ({
  name: l.name,
  brand: l.brand,
  spec: l.spec,
  category: l.category,
  qty_milli: l.qtyMilli,
  unit: l.unit,
  weight_g: l.weightG,
  value_fen: l.valueFen,
  storage_location_id: l.storageLocationId,
  note: l.note,
})

/** A line as the audit trail names its fields; the location by its path, which outlives renames. */
export const lineFacts = (l: LineParsed | Seizure['items'][number], paths: ReadonlyMap<string, string>) => ({
  name: l.name,
  brand: l.brand,
  spec: l.spec,
  category: l.category,
  qtyMilli: l.qtyMilli,
  unit: l.unit,
  weightG: l.weightG,
  valueFen: l.valueFen,
  storageLocation: l.storageLocationId ? (paths.get(l.storageLocationId) ?? l.storageLocationId) : null,
  note: l.note,
})

export const lineSummary = (l: { name: string; qtyMilli: number; unit: string }) => `${l.name} ${formatQty(l.qtyMilli)}${l.unit}`

interface Stamp {
  by: string
  at: string
}

/** Inserts the lines of a new seizure, numbered in order; returns the rows as written. */
export async function insertLines(trx: Trx, seizureId: string, lines: readonly LineParsed[], { by, at }: Stamp): Promise<Selectable<SeizureItemTable>[]> {
  const rows = lines.map((l, i) => ({
    id: newId(),
    seizure_id: seizureId,
    line_no: i + 1,
    ...lineColumns(l),
    created_at: at,
    created_by: by,
    updated_at: at,
    updated_by: by,
    voided_at: null,
    voided_by: null,
    confiscated_milli: 0,
    batch_milli: 0,
  }))
  await trx.insertInto('seizure_items').values(rows).execute()
  return rows
}

/**
 * Brings the saved lines in line with the corrected list: lines named by id are updated, new ones inserted,
 * missing ones taken out (kept, marked). Lines are renumbered in the list's order. A line with outcomes
 * cannot be taken out, nor its quantity set below what was disposed of. Returns the audit changes.
 */
export async function reconcileLines(trx: Trx, before: Seizure, lines: readonly LineParsed[], paths: ReadonlyMap<string, string>, stamp: Stamp): Promise<FieldChanges> {
  const changes: FieldChanges = {}
  const saved = new Map(before.items.map((l) => [l.id, l]))
  const fields: Record<string, string> = {}
  lines.forEach((l, i) => {
    if (l.id === undefined) return
    const old = saved.get(l.id)
    if (!old) fields[`items.${i}.name`] = '这一行不属于本记录，请刷新后重试'
    else if (l.qtyMilli < old.qtyMilli - old.remainingMilli) fields[`items.${i}.qtyMilli`] = `数量不能少于已处置的 ${formatQty(old.qtyMilli - old.remainingMilli)}${old.unit}`
  })
  const kept = new Set(lines.map((l) => l.id).filter(Boolean))
  for (const old of before.items) {
    if (!kept.has(old.id) && old.remainingMilli < old.qtyMilli) throw new AppError('STATE', `第${old.lineNo}行“${old.name}”已有处置记录，不能删除`)
  }
  const first = Object.values(fields)[0]
  if (first) throw new AppError('VALIDATION', first, fields)

  for (const old of before.items) {
    if (kept.has(old.id)) continue
    await trx.updateTable('seizure_items').set({ voided_at: stamp.at, voided_by: stamp.by }).where('id', '=', old.id).execute()
    changes[`items.${old.lineNo}.line`] = [lineSummary(old), null]
  }
  for (const [i, l] of lines.entries()) {
    const lineNo = i + 1
    const old = l.id ? saved.get(l.id) : undefined
    if (!old) {
      await trx
        .insertInto('seizure_items')
        .values({ id: newId(), seizure_id: before.id, line_no: lineNo, ...lineColumns(l), created_at: stamp.at, created_by: stamp.by, updated_at: stamp.at, updated_by: stamp.by })
        .execute()
      changes[`items.${lineNo}.line`] = [null, lineSummary(l)]
      continue
    }
    const a = lineFacts(old, paths)
    const b = lineFacts(l, paths)
    const diff = (Object.keys(b) as (keyof typeof b)[]).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]))
    if (diff.length === 0 && old.lineNo === lineNo) continue
    for (const k of diff) changes[`items.${lineNo}.${k}`] = [a[k], b[k]]
    // A line moved up (one before it taken out, or reordered) is a change too: the printed 清单 numbers lines.
    if (old.lineNo !== lineNo) changes[`items.${lineNo}.lineNo`] = [old.lineNo, lineNo]
    await trx
      .updateTable('seizure_items')
      .set({ line_no: lineNo, ...lineColumns(l), updated_at: stamp.at, updated_by: stamp.by })
      .where('id', '=', old.id)
      .execute()
  }
  return changes
}

