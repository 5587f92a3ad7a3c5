import { sql, type Expression, type Kysely, type SqlBool, type Transaction } from 'kysely'
import type { Database } from '../db/schema'

// One search box over party names, numbers, item names and brands. The FTS5 trigram index finds substrings of
// three or more characters; shorter terms (most Chinese words are two characters) fall back to LIKE over the
// same text, a scan of one short row per seizure.

const SEPARATOR = ' ｜ '

/** Rewrites the seizure's search row; call in the transaction of every change to what it indexes. */
export async function refreshSearch(trx: Transaction<Database>, seizureId: string): Promise<void> {
  const s = await trx
    .selectFrom('seizures')
    .select(['register_no', 'decision_no', 'party_name', 'party_id_no', 'party_legal_rep'])
    .where('id', '=', seizureId)
    .executeTakeFirstOrThrow()
  const items = await trx.selectFrom('seizure_items').select(['name', 'brand']).where('seizure_id', '=', seizureId).where('voided_at', 'is', null).orderBy('line_no').execute()
  const body = [s.register_no, s.decision_no, s.party_name, s.party_id_no, s.party_legal_rep, ...items.flatMap((i) => [i.name, i.brand])]
    .filter((x) => x !== '')
    .join(SEPARATOR)
  // The triggers on seizure_search_text carry the change into the trigram index.
  await trx
    .insertInto('seizure_search_text')
    .values({ seizure_id: seizureId, body })
    .onConflict((oc) => oc.column('seizure_id').doUpdateSet({ body }))
    .execute()
}

/** Search terms: split on blanks, all must match. */
export const searchTerms = (query: string): string[] => query.split(/\s+/).filter(Boolean)

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`)
/** `%text%` for LIKE … ESCAPE '\\': the text's own % and _ are taken literally. */
export const likeText = (s: string) => `%${escapeLike(s)}%`
/** An FTS5 phrase: the term in double quotes, inner quotes doubled, so no character is read as syntax. */
const ftsPhrase = (s: string) => `"${s.replace(/"/g, '""')}"`

/** `s.id IN (…)` for one term: indexed for 3+ characters, LIKE below. */
export function matchesTerm(term: string): Expression<SqlBool> {
  if ([...term].length >= 3) {
    return sql<SqlBool>`s.id IN (SELECT t.seizure_id FROM seizure_search f JOIN seizure_search_text t ON t.id = f.rowid WHERE seizure_search MATCH ${ftsPhrase(term)})`
  }
  return sql<SqlBool>`s.id IN (SELECT seizure_id FROM seizure_search_text WHERE body LIKE ${likeText(term)} ESCAPE '\\')`
}

export type Db = Kysely<Database>
