import type { Kysely } from 'kysely'
import writeXlsxFile from 'write-excel-file/node'
import type { OpParsed } from '../../../shared/api'
import type { CaseRow } from '../../../shared/api/case-types'
import { CASE_FIELDS, CASE_PROCEDURES, CASE_STATUSES, PENALTY_KINDS, PUBLICATION_CHANNELS, PUBLICATION_STATES, type PublicationChannel } from '../../../shared/domain/cases'
import { PARTY_TYPES, SEIZURE_SOURCES, type PartyType, type SeizureSource } from '../../../shared/domain/seizures'
import type { PenaltyKind } from '../../../shared/rules/case-deadlines'
import type { Database } from '../db/schema'
import { dateOrEmpty, excelDate, headerRow, textCell, yuanCell, type Cell } from '../read-worker/xlsx-cells'
import { listCases } from './list'

// The filtered case register as an .xlsx workbook, in the list's order: what the office hands the city or
// reconciles fines against. Runs in the read worker (read-worker/tasks.ts).

type Db = Kysely<Database>

const COLUMNS: [string, number][] = [
  ['案件编号', 11], ['决定书文号', 26], ['立案日期', 12], ['决定日期', 12], ['程序', 9], ['当事人', 30], ['当事人类型', 12],
  ['领域', 14], ['案件来源', 10], ['处罚种类', 24], ['罚款（元）', 14], ['没收违法所得（元）', 16], ['没收非法财物价值（元）', 18],
  ['移送公安', 20], ['承办单位', 20], ['执法人员', 18], ['状态', 9], ['送达日期', 12], ['缴款日期', 12], ['缴款金额（元）', 14],
  ['下一期限', 14], ['期限日期', 12], ['期限情况', 14], ['公示', 9], ['公示日期', 12], ['公示渠道', 22], ['作废', 6],
]

/** Ids per query: well under SQLite's limit on bound values. */
const CHUNK = 500

/** What the list row does not carry, for one chunk of the exported cases. */
const extraQuery = (db: Db, ids: readonly string[]) =>
  db
    .selectFrom('penalty_cases')
    .select(['id', 'procedure', 'party_type', 'source', 'penalty_kinds', 'gains_fen', 'property_value_fen', 'police_unit', 'officer_names', 'service_date', 'paid_on', 'paid_fen', 'published_on', 'publication_channel'])
    .where('id', 'in', ids)
    .execute()
type Extra = Awaited<ReturnType<typeof extraQuery>>[number]

async function extraColumns(db: Db, ids: readonly string[]): Promise<Map<string, Extra>> {
  const out = new Map<string, Extra>()
  for (let i = 0; i < ids.length; i += CHUNK) for (const r of await extraQuery(db, ids.slice(i, i + CHUNK))) out.set(r.id, r)
  return out
}

function sheetRow(r: CaseRow, x: Extra): Cell[] {
  const kinds = (JSON.parse(x.penalty_kinds) as PenaltyKind[]).map((k) => PENALTY_KINDS[k]).join('、')
  return [
    textCell(r.caseNo),
    textCell(r.decisionNo),
    excelDate(r.filingDate),
    dateOrEmpty(r.decisionDate),
    textCell(CASE_PROCEDURES[x.procedure as keyof typeof CASE_PROCEDURES] ?? x.procedure),
    textCell(r.partyName),
    textCell(PARTY_TYPES[x.party_type as PartyType] ?? x.party_type),
    textCell(CASE_FIELDS[r.field]),
    textCell(SEIZURE_SOURCES[x.source as SeizureSource] ?? x.source),
    textCell(kinds),
    r.fineFen > 0 ? yuanCell(r.fineFen) : null,
    x.gains_fen > 0 ? yuanCell(x.gains_fen) : null,
    x.property_value_fen > 0 ? yuanCell(x.property_value_fen) : null,
    textCell(x.police_unit ?? ''),
    textCell(r.unit),
    textCell(x.officer_names.split('\n').join('、')),
    textCell(CASE_STATUSES[r.status]),
    dateOrEmpty(x.service_date),
    dateOrEmpty(x.paid_on),
    x.paid_fen !== null ? yuanCell(x.paid_fen) : null,
    // A voided case has no deadline to keep.
    textCell(r.nextDue && !r.voided ? r.nextDue.label : ''),
    r.nextDue && !r.voided ? excelDate(r.nextDue.date) : null,
    textCell(r.nextDue && !r.voided ? r.nextDue.text : ''),
    textCell(PUBLICATION_STATES[r.publicationState]),
    dateOrEmpty(x.published_on),
    textCell(x.publication_channel ? (PUBLICATION_CHANNELS[x.publication_channel as PublicationChannel] ?? x.publication_channel) : ''),
    textCell(r.voided ? '已作废' : ''),
  ]
}

/** Every case the list's filter and sort give (not only a page). */
export async function exportCasesFile(db: Db, input: OpParsed<'cases.export'>, day: string) {
  const { rows } = await listCases(db, { ...input, page: 1, pageSize: Number.MAX_SAFE_INTEGER }, day)
  const extra = await extraColumns(db, rows.map((r) => r.id))
  const bytes = await writeXlsxFile([
    { sheet: '处罚案件', data: [headerRow(COLUMNS.map(([h]) => h)), ...rows.map((r) => sheetRow(r, extra.get(r.id)!))], columns: COLUMNS.map(([, width]) => ({ width })), stickyRowsCount: 1 },
  ]).toBuffer()
  return { fileName: `处罚案件_${day}.xlsx`, base64: bytes.toString('base64'), rows: rows.length }
}
