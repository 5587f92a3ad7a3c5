import { sql, type Transaction } from 'kysely'
import { ITEM_CATEGORIES, type ItemCategory, type PartyType, type SeizureKind } from '../../../shared/domain/seizures'
import { computeTerm } from '../../../shared/rules/seizure-term'
import { BUILT_IN_CALENDAR } from '../../../shared/rules/working-days'
import { officeCalendar } from '../holidays/calendar'
import type { Database } from '../db/schema'
import { partySortKey } from './party-sort'
import { searchBody, writeSearch } from './search'

// The cached columns of a seizure (migrations 004 and 007), which let the list filter and sort 200,000 records
// by index instead of re-deriving them per row: term end, held and disposed quantities, total value, the
// party's pinyin sort key, the officers' names, the categories of its lines, and its search text. Every write
// that changes their facts calls refreshDerived in its own transaction; the record view derives the same
// values from the facts, and a test checks the two agree.

type Trx = Transaction<Database>

/** One bit per category, in ITEM_CATEGORIES' order (append new categories at the end: stored bits keep). */
export const categoryBit = (c: ItemCategory): number => 1 << Object.keys(ITEM_CATEGORIES).indexOf(c)

/** Officers' names as the list shows and filters them; a newline never occurs in a name. */
export const OFFICER_SEPARATOR = '\n'

/** The facts the cached columns are made of, as a new record's input or a re-read of a saved one. */
export interface DerivedFacts {
  kind: SeizureKind
  decisionDate: string
  extensionDays: number | null
  pauses: readonly { startDate: string; endDate: string | null }[]
  registerNo: string
  decisionNo: string
  party: { type: PartyType; name: string; idNo: string; legalRep: string }
  /** Live lines in line order. */
  lines: readonly { name: string; brand: string; category: ItemCategory; qtyMilli: number; valueFen: number | null }[]
  /** Disposed of by live outcomes. */
  disposedMilli: number
  officerNames: readonly string[]
}

/** The cached columns and search text from the facts: one computation for a new record and for every change. */
export async function derivedColumns(trx: Trx, f: DerivedFacts, today: string) {
  // Only 先行登记保存 counts working days: the office's calendar is read for it alone.
  const calendar = f.kind === 'preservation' ? await officeCalendar(trx) : BUILT_IN_CALENDAR
  const term = computeTerm({ kind: f.kind, decisionDate: f.decisionDate, extensionDays: f.extensionDays, pauses: f.pauses }, today, calendar)
  const qty = f.lines.reduce((sum, l) => sum + l.qtyMilli, 0)
  const columns = {
    term_end: term.endDate,
    held_milli: qty - f.disposedMilli,
    disposed_milli: f.disposedMilli,
    value_fen: f.lines.reduce((sum, l) => sum + (l.valueFen ?? 0), 0),
    party_sort: partySortKey(f.party.name, f.party.type),
    officer_names: f.officerNames.join(OFFICER_SEPARATOR),
    category_bits: f.lines.reduce((bits, l) => bits | categoryBit(l.category), 0),
  }
  const body = searchBody({ registerNo: f.registerNo, decisionNo: f.decisionNo, partyName: f.party.name, partyIdNo: f.party.idNo, partyLegalRep: f.party.legalRep, items: f.lines })
  return { columns, body }
}

/** Re-reads a saved seizure's facts and rewrites its cached columns and search text. */
export async function refreshDerived(trx: Trx, seizureId: string, today: string): Promise<void> {
  const [s, pauses, lines, out, officers] = await Promise.all([
    trx
      .selectFrom('seizures')
      .select(['kind', 'decision_date', 'extension_days', 'register_no', 'decision_no', 'party_type', 'party_name', 'party_id_no', 'party_legal_rep'])
      .where('id', '=', seizureId)
      .executeTakeFirstOrThrow(),
    trx.selectFrom('seizure_pauses').select(['start_date', 'end_date']).where('seizure_id', '=', seizureId).where('voided_at', 'is', null).execute(),
    trx
      .selectFrom('seizure_items')
      .select(['name', 'brand', 'category', 'qty_milli', 'value_fen'])
      .where('seizure_id', '=', seizureId)
      .where('voided_at', 'is', null)
      .orderBy('line_no')
      .execute(),
    trx
      .selectFrom('seizure_outcomes')
      .select(({ fn }) => fn.coalesce(fn.sum<number>('qty_milli'), sql<number>`0`).as('qty'))
      .where('seizure_id', '=', seizureId)
      .where('voided_at', 'is', null)
      .executeTakeFirstOrThrow(),
    trx.selectFrom('seizure_officers').select('name').where('seizure_id', '=', seizureId).orderBy('position').execute(),
  ])
  const { columns, body } = await derivedColumns(
    trx,
    {
      kind: s.kind as SeizureKind,
      decisionDate: s.decision_date,
      extensionDays: s.extension_days,
      pauses: pauses.map((p) => ({ startDate: p.start_date, endDate: p.end_date })),
      registerNo: s.register_no,
      decisionNo: s.decision_no,
      party: { type: s.party_type as PartyType, name: s.party_name, idNo: s.party_id_no, legalRep: s.party_legal_rep },
      lines: lines.map((l) => ({ name: l.name, brand: l.brand, category: l.category as ItemCategory, qtyMilli: l.qty_milli, valueFen: l.value_fen })),
      disposedMilli: Number(out.qty),
      officerNames: officers.map((o) => o.name),
    },
    today,
  )
  await trx.updateTable('seizures').set(columns).where('id', '=', seizureId).execute()
  await writeSearch(trx, seizureId, body)
}
