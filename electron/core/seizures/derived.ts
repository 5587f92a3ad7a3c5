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
  // Only 先行登记保存 counts working days: the office's calendar is read for it alone.
  const calendar = s.kind === 'preservation' ? await officeCalendar(trx) : BUILT_IN_CALENDAR
  const term = computeTerm(
    { kind: s.kind as SeizureKind, decisionDate: s.decision_date, extensionDays: s.extension_days, pauses: pauses.map((p) => ({ startDate: p.start_date, endDate: p.end_date })) },
    today,
    calendar,
  )
  const qty = lines.reduce((sum, l) => sum + l.qty_milli, 0)
  await trx
    .updateTable('seizures')
    .set({
      term_end: term.endDate,
      held_milli: qty - Number(out.qty),
      disposed_milli: Number(out.qty),
      value_fen: lines.reduce((sum, l) => sum + (l.value_fen ?? 0), 0),
      party_sort: partySortKey(s.party_name, s.party_type as PartyType),
      officer_names: officers.map((o) => o.name).join(OFFICER_SEPARATOR),
      category_bits: lines.reduce((bits, l) => bits | categoryBit(l.category as ItemCategory), 0),
    })
    .where('id', '=', seizureId)
    .execute()
  const body = searchBody({ registerNo: s.register_no, decisionNo: s.decision_no, partyName: s.party_name, partyIdNo: s.party_id_no, partyLegalRep: s.party_legal_rep, items: lines })
  await writeSearch(trx, seizureId, body)
}
