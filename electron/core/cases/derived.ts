import type { Transaction } from 'kysely'
import type { Database } from '../db/schema'
import { officeCalendar } from '../holidays/calendar'
import { caseDeadlines } from './deadlines'
import { caseThresholds, deadlineFacts, findCaseRow } from './repository'

// The cached columns of a case (migration 010): its deadlines, the next one to act on, the officers' names and
// the search text. Every write that changes their facts calls this in its own transaction; the record view
// derives the same from the facts (repository.ts), and a test checks the two agree.

type Trx = Transaction<Database>

export async function refreshCaseDerived(trx: Trx, id: string, today: string): Promise<void> {
  const c = await findCaseRow(trx, id)
  const [facts, calendar, thresholds, officers, seizures] = await Promise.all([
    deadlineFacts(trx, c),
    officeCalendar(trx),
    caseThresholds(trx),
    trx.selectFrom('case_officers').select('name').where('case_id', '=', id).orderBy('position').execute(),
    trx
      .selectFrom('case_seizures as l')
      .innerJoin('seizures as s', 's.id', 'l.seizure_id')
      .leftJoin('seizure_items as i', (j) => j.onRef('i.seizure_id', '=', 's.id').on('i.voided_at', 'is', null))
      .select(['s.register_no', 'i.name', 'i.brand'])
      .where('l.case_id', '=', id)
      .execute(),
  ])
  const d = caseDeadlines(facts, today, calendar, thresholds)
  const seizureText = [...new Set(seizures.flatMap((s) => [s.register_no, s.name ?? '', s.brand ?? '']))].filter(Boolean)
  const search = [c.case_no, c.decision_no, c.filing_no, c.party_name, c.party_id_no, c.party_legal_rep, ...seizureText].filter(Boolean).join('\n')
  await trx
    .updateTable('penalty_cases')
    .set({ ...d.cached, next_due: d.next?.date ?? null, next_due_kind: d.next?.kind ?? null, officer_names: officers.map((o) => o.name).join('\n'), search_text: search })
    .where('id', '=', id)
    .execute()
}
