import type { Kysely } from 'kysely'
import type { CaseRecord } from '../../../shared/api/case-types'
import type { CaseField, CasePauseKind, CaseProcedure, CaseStatus, EarlyStopCondition, PublicationChannel } from '../../../shared/domain/cases'
import type { PartyType, SeizureSource } from '../../../shared/domain/seizures'
import type { LowerFineThresholds, PenaltyKind } from '../../../shared/rules/case-deadlines'
import type { Database } from '../db/schema'
import { AppError } from '../errors'
import { voidedOf } from '../db/voided'
import { officeCalendar } from '../holidays/calendar'
import { caseDeadlines, type DeadlineFacts } from './deadlines'

// Reads one penalty case with everything that belongs to it, as the contract's CaseRecord.

type Db = Kysely<Database>

export async function caseThresholds(db: Db): Promise<LowerFineThresholds> {
  const s = await db.selectFrom('case_settings').select(['lower_fine_person', 'lower_fine_entity']).executeTakeFirstOrThrow()
  return { naturalPersonFen: s.lower_fine_person, entityFen: s.lower_fine_entity }
}

type CaseRow = Awaited<ReturnType<typeof caseQuery>>
const caseQuery = (db: Db, id: string) =>
  db
    .selectFrom('penalty_cases as c')
    .innerJoin('users as u', 'u.id', 'c.created_by')
    .leftJoin('users as v', 'v.id', 'c.voided_by')
    .selectAll('c')
    .select(['u.name as created_by_name', 'v.name as voided_by_name'])
    .where('c.id', '=', id)
    .executeTakeFirst()

/** The facts the deadlines are computed from (the list's cached columns and the record's own view agree). */
export async function deadlineFacts(db: Db, c: NonNullable<CaseRow>): Promise<DeadlineFacts> {
  const [extensions, pauses] = await Promise.all([
    db.selectFrom('case_extensions').select(['kind', 'days']).where('case_id', '=', c.id).execute(),
    db.selectFrom('case_pauses').select(['start_date', 'end_date']).where('case_id', '=', c.id).where('voided_at', 'is', null).execute(),
  ])
  const collective = extensions.filter((e) => e.kind === 'collective').reduce((n, e) => n + (e.days ?? 0), 0)
  return {
    status: c.status as CaseStatus,
    procedure: c.procedure as CaseProcedure,
    partyType: c.party_type,
    penaltyKinds: JSON.parse(c.penalty_kinds) as PenaltyKind[],
    fineFen: c.fine_fen,
    gainsFen: c.gains_fen,
    filingDate: c.filing_date,
    decisionDate: c.decision_date,
    serviceDate: c.service_date,
    paidOn: c.paid_on,
    revokedOn: c.revoked_on,
    publishedOn: c.published_on,
    withdrawnOn: c.withdrawn_on,
    earlyStopOn: c.early_stop_on,
    restrictionEnd: c.restriction_end,
    approvedExtension: extensions.some((e) => e.kind === 'approved'),
    collectiveExtensionDays: collective > 0 ? collective : null,
    pauses: pauses.map((p) => ({ startDate: p.start_date, endDate: p.end_date })),
  }
}

export async function findCaseRow(db: Db, id: string): Promise<NonNullable<CaseRow>> {
  const c = await caseQuery(db, id)
  if (!c) throw new AppError('NOT_FOUND', '没有这件处罚案件')
  return c
}

export async function getCase(db: Db, id: string, today: string): Promise<CaseRecord> {
  const c = await findCaseRow(db, id)
  const [officers, seizures, extensions, pauses, calendar, thresholds, facts] = await Promise.all([
    db.selectFrom('case_officers').select(['name', 'cert_no']).where('case_id', '=', id).orderBy('position').execute(),
    db
      .selectFrom('case_seizures as l')
      .innerJoin('seizures as s', 's.id', 'l.seizure_id')
      .select(['s.id', 's.register_no', 's.party_name'])
      .where('l.case_id', '=', id)
      .orderBy('s.register_year')
      .orderBy('s.register_seq')
      .execute(),
    db.selectFrom('case_extensions').selectAll().where('case_id', '=', id).orderBy('date').orderBy('created_at').execute(),
    db
      .selectFrom('case_pauses as p')
      .innerJoin('users as u', 'u.id', 'p.created_by')
      .leftJoin('users as v', 'v.id', 'p.voided_by')
      .selectAll('p')
      .select(['u.name as created_by_name', 'v.name as voided_by_name'])
      .where('p.case_id', '=', id)
      .orderBy('p.start_date')
      .execute(),
    officeCalendar(db),
    caseThresholds(db),
    deadlineFacts(db, c),
  ])
  const d = caseDeadlines(facts, today, calendar, thresholds)
  return {
    id: c.id,
    caseNo: c.case_no,
    status: c.status as CaseStatus,
    filingDate: c.filing_date,
    filingNo: c.filing_no,
    procedure: c.procedure as CaseProcedure,
    party: { type: c.party_type as PartyType, name: c.party_name, idNo: c.party_id_no, idUnverified: c.party_id_unverified === 1, legalRep: c.party_legal_rep, address: c.party_address, phone: c.party_phone },
    field: c.field as CaseField,
    source: c.source as SeizureSource,
    facts: c.facts,
    evidence: c.evidence,
    provisionsViolated: c.provisions_violated,
    legalBasis: c.legal_basis,
    penaltyKinds: facts.penaltyKinds,
    fineFen: c.fine_fen,
    gainsFen: c.gains_fen,
    propertyDescription: c.property_description,
    propertyValueFen: c.property_value_fen,
    policeReferral: c.police_unit ? { unit: c.police_unit, date: c.police_date ?? '', docNo: c.police_doc_no ?? '' } : null,
    unit: c.unit,
    officers: officers.map((o) => ({ name: o.name, certNo: o.cert_no })),
    legalReview: c.legal_reviewer ? { reviewer: c.legal_reviewer, date: c.legal_review_date ?? '' } : null,
    collectiveDiscussionDate: c.collective_discussion_date,
    restrictionEnd: c.restriction_end,
    seizureIds: seizures.map((s) => s.id),
    notes: c.notes,
    decisionNo: c.decision_no,
    decisionDate: c.decision_date,
    serviceDate: c.service_date,
    payment: c.paid_on ? { paidOn: c.paid_on, amountFen: c.paid_fen ?? 0, surchargeFen: c.surcharge_paid_fen ?? 0 } : null,
    surcharge: d.surcharge,
    endReason: c.end_reason,
    endDate: c.end_date,
    revokedOn: c.revoked_on,
    revokeReason: c.revoke_reason,
    extensions: extensions.map((e) => ({ kind: e.kind as 'approved' | 'collective', date: e.date, approvedBy: e.approved_by, reason: e.reason, days: e.days })),
    pauses: pauses.map((p) => ({ id: p.id, kind: p.kind as CasePauseKind, startDate: p.start_date, endDate: p.end_date, reason: p.reason, createdByName: p.created_by_name, voided: voidedOf(p) })),
    publication: c.published_on
      ? {
          publishedOn: c.published_on,
          channel: (c.publication_channel ?? 'other') as PublicationChannel,
          publishedBy: c.published_by ?? '',
          withdrawnOn: c.withdrawn_on,
          withdrawReason: c.withdraw_reason,
          earlyStopOn: c.early_stop_on,
          earlyStopConditions: JSON.parse(c.early_stop_conditions) as EarlyStopCondition[],
        }
      : null,
    mustPublish: d.mustPublish,
    publicationState: d.publicationState,
    deadlines: d.list,
    seizures: seizures.map((s) => ({ id: s.id, registerNo: s.register_no, partyName: s.party_name })),
    createdAt: c.created_at,
    createdByName: c.created_by_name,
    updatedAt: c.updated_at,
    version: c.version,
    voided: voidedOf(c),
  }
}

const STATE_TEXT: Record<CaseStatus, string> = { filed: '已立案', decided: '已决定', executed: '已执行', closed: '已结案', not_punished: '不予处罚', cancelled: '撤销立案' }

/** A case the caller may change in `allowed` states: exists, not voided, the version they read. */
export async function editableCase(db: Db, id: string, version: number, today: string, allowed: readonly CaseStatus[], doing: string): Promise<CaseRecord> {
  const c = await getCase(db, id, today)
  if (c.voided) throw new AppError('STATE', `案件 ${c.caseNo} 已作废，不能${doing}`)
  if (c.version !== version) throw new AppError('CONFLICT', `案件 ${c.caseNo} 已被他人修改，请刷新后重试`)
  if (!allowed.includes(c.status)) throw new AppError('STATE', `案件 ${c.caseNo} 当前为“${STATE_TEXT[c.status]}”，不能${doing}`)
  return c
}
