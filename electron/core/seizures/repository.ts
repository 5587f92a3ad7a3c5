import type { Kysely, Selectable } from 'kysely'
import type { ItemLine, Outcome, Seizure, TermPause } from '../../../shared/api/seizure-types'
import type { ItemCategory, OutcomeKind, PartyType, PauseKind, SeizureKind, SeizureSource } from '../../../shared/domain/seizures'
import type { Database, SeizureItemTable, SeizureOutcomeTable, SeizurePauseTable, SeizureTable } from '../db/schema'
import { AppError } from '../errors'
import { voidedOf } from '../db/voided'
import { seizureStatus, termState } from './status'
import { officeCalendar } from '../holidays/calendar'
import { BUILT_IN_CALENDAR } from '../../../shared/rules/working-days'

// Reads one seizure with everything that belongs to it, as the contract's Seizure.

type Db = Kysely<Database>

export async function storagePaths(db: Db): Promise<Map<string, string>> {
  const rows = await db.selectFrom('storage_locations').select(['id', 'parent_id', 'name']).execute()
  const byId = new Map(rows.map((r) => [r.id, r]))
  const path = (id: string): string => {
    const r = byId.get(id)
    if (!r) return ''
    return r.parent_id ? `${path(r.parent_id)} / ${r.name}` : r.name
  }
  return new Map(rows.map((r) => [r.id, path(r.id)]))
}

type Named = { created_by_name: string; voided_by_name: string | null }

/** A seizure's rows as read for the record view (or, for a record just made, as written). */
export interface SeizureRows {
  s: Selectable<SeizureTable> & Named & { extension_by_name: string | null }
  officers: readonly { name: string; cert_no: string }[]
  /** Every line, taken-out ones too, in line order. */
  items: readonly Selectable<SeizureItemTable>[]
  outcomes: readonly (Selectable<SeizureOutcomeTable> & Named)[]
  pauses: readonly (Selectable<SeizurePauseTable> & Named)[]
  paths: ReadonlyMap<string, string>
  /** Quantities of executed destruction batches, by line. */
  destroyed: readonly { item_id: string; held_milli: number }[]
}

export async function getSeizure(db: Db, id: string, today: string): Promise<Seizure> {
  const s = await db
    .selectFrom('seizures as s')
    .innerJoin('users as c', 'c.id', 's.created_by')
    .leftJoin('users as v', 'v.id', 's.voided_by')
    .leftJoin('users as x', 'x.id', 's.extension_by')
    .selectAll('s')
    .select(['c.name as created_by_name', 'v.name as voided_by_name', 'x.name as extension_by_name'])
    .where('s.id', '=', id)
    .executeTakeFirst()
  if (!s) throw new AppError('NOT_FOUND', '没有这条查扣记录')

  const [officers, items, outcomes, pauses, paths, destroyed] = await Promise.all([
    db.selectFrom('seizure_officers').select(['name', 'cert_no']).where('seizure_id', '=', id).orderBy('position').execute(),
    db.selectFrom('seizure_items').selectAll().where('seizure_id', '=', id).orderBy('line_no').execute(),
    db
      .selectFrom('seizure_outcomes as o')
      .innerJoin('users as c', 'c.id', 'o.created_by')
      .leftJoin('users as v', 'v.id', 'o.voided_by')
      .selectAll('o')
      .select(['c.name as created_by_name', 'v.name as voided_by_name'])
      .where('o.seizure_id', '=', id)
      .orderBy('o.date')
      .orderBy('o.created_at')
      .execute(),
    db
      .selectFrom('seizure_pauses as p')
      .innerJoin('users as c', 'c.id', 'p.created_by')
      .leftJoin('users as v', 'v.id', 'p.voided_by')
      .selectAll('p')
      .select(['c.name as created_by_name', 'v.name as voided_by_name'])
      .where('p.seizure_id', '=', id)
      .orderBy('p.start_date')
      .execute(),
    storagePaths(db),
    db
      .selectFrom('destruction_lines as l')
      .innerJoin('destruction_batches as b', 'b.id', 'l.batch_id')
      .select(['l.item_id', 'l.held_milli'])
      .where('l.seizure_id', '=', id)
      .where('b.status', '=', 'executed')
      .execute(),
  ])
  return toSeizure(db, { s, officers, items, outcomes, pauses, paths, destroyed }, today)
}

/** The record view of a seizure's rows. */
export async function toSeizure(db: Db, rows: SeizureRows, today: string): Promise<Seizure> {
  const { s, officers, paths } = rows
  const allItemRows = rows.items
  const outcomeRows = rows.outcomes
  const pauseRows = rows.pauses
  const destroyedRows = rows.destroyed
  const destroyed = new Map<string, number>()
  for (const d of destroyedRows) destroyed.set(d.item_id, (destroyed.get(d.item_id) ?? 0) + d.held_milli)

  // Outcomes name their line even if it was taken out later (only lines without live outcomes can be).
  const lineOf = new Map(allItemRows.map((r) => [r.id, r]))
  const itemRows = allItemRows.filter((r) => r.voided_at === null)
  const outcomes: Outcome[] = outcomeRows.map((o) => ({
    id: o.id,
    itemId: o.item_id,
    lineNo: lineOf.get(o.item_id)?.line_no ?? 0,
    itemName: lineOf.get(o.item_id)?.name ?? '',
    unit: lineOf.get(o.item_id)?.unit ?? '',
    kind: o.kind as OutcomeKind,
    qtyMilli: o.qty_milli,
    date: o.date,
    docNo: o.doc_no,
    receivingUnit: o.receiving_unit,
    note: o.note,
    createdAt: o.created_at,
    createdByName: o.created_by_name,
    voided: voidedOf(o),
  }))
  const items: ItemLine[] = itemRows.map((r) => {
    const disposedMilli: Record<OutcomeKind, number> = { release: 0, confiscation: 0, transfer: 0 }
    for (const o of outcomes) if (o.itemId === r.id && !o.voided) disposedMilli[o.kind] += o.qtyMilli
    const disposed = disposedMilli.release + disposedMilli.confiscation + disposedMilli.transfer
    return {
      id: r.id,
      lineNo: r.line_no,
      name: r.name,
      brand: r.brand,
      spec: r.spec,
      category: r.category as ItemCategory,
      qtyMilli: r.qty_milli,
      unit: r.unit,
      weightG: r.weight_g,
      valueFen: r.value_fen,
      storageLocationId: r.storage_location_id,
      storageLocationPath: r.storage_location_id ? (paths.get(r.storage_location_id) ?? null) : null,
      note: r.note,
      disposedMilli,
      remainingMilli: r.qty_milli - disposed,
      inBatchMilli: r.batch_milli,
      destroyedMilli: destroyed.get(r.id) ?? 0,
    }
  })
  const pauses: TermPause[] = pauseRows.map((p) => ({
    id: p.id,
    kind: p.kind as PauseKind,
    startDate: p.start_date,
    endDate: p.end_date,
    note: p.note,
    createdAt: p.created_at,
    createdByName: p.created_by_name,
    voided: voidedOf(p),
  }))
  const kind = s.kind as SeizureKind
  const calendar = kind === 'preservation' ? await officeCalendar(db) : BUILT_IN_CALENDAR
  const term = termState({ kind, decisionDate: s.decision_date, extensionDays: s.extension_days, pauses: pauses.filter((p) => !p.voided) }, items, today, calendar)

  return {
    id: s.id,
    registerNo: s.register_no,
    kind,
    decisionNo: s.decision_no,
    decisionDate: s.decision_date,
    place: s.place,
    source: s.source as SeizureSource,
    sourceNote: s.source_note,
    unit: s.unit,
    officers: officers.map((o) => ({ name: o.name, certNo: o.cert_no })),
    party: {
      type: s.party_type as PartyType,
      name: s.party_name,
      idNo: s.party_id_no,
      idUnverified: s.party_id_unverified === 1,
      legalRep: s.party_legal_rep,
      address: s.party_address,
      phone: s.party_phone,
    },
    notes: s.notes,
    items,
    outcomes,
    pauses,
    extension:
      s.extension_days !== null
        ? {
            days: s.extension_days,
            reason: s.extension_reason ?? '',
            noticeDate: s.extension_notice_date ?? '',
            approvedByName: s.extension_by_name ?? '',
            approvedAt: s.extension_at ?? '',
          }
        : null,
    term,
    status: seizureStatus(items, term),
    totals: {
      lines: items.length,
      valueFen: items.reduce((sum, i) => sum + (i.valueFen ?? 0), 0),
      weightG: items.reduce((sum, i) => sum + (i.weightG ?? 0), 0),
    },
    createdAt: s.created_at,
    createdByName: s.created_by_name,
    updatedAt: s.updated_at,
    version: s.version,
    voided: voidedOf(s),
  }
}

/** A seizure the caller may change: exists, not voided, and the version they read. */
export async function editableSeizure(db: Db, id: string, version: number, today: string): Promise<Seizure> {
  const s = await getSeizure(db, id, today)
  if (s.voided) throw new AppError('STATE', '该查扣记录已作废，不能再修改')
  if (s.version !== version) throw new AppError('CONFLICT', '该查扣记录已被他人修改，请刷新后重试')
  return s
}
