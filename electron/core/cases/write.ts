import type { Transaction } from 'kysely'
import type { OpParsed } from '../../../shared/api'
import type { CaseRecord } from '../../../shared/api/case-types'
import { CASE_FIELDS, CASE_PROCEDURES, PENALTY_KINDS } from '../../../shared/domain/cases'
import type { Database } from '../db/schema'
import { AppError } from '../errors'

// The writes behind 立案 and 更正: columns, officers, linked seizures; and the refusals that need the database.

type Trx = Transaction<Database>
export type Facts = OpParsed<'cases.create'>

export const factColumns = (f: Facts) => ({
  filing_date: f.filingDate,
  filing_no: f.filingNo,
  procedure: f.procedure,
  party_type: f.party.type,
  party_name: f.party.name,
  party_id_no: f.party.idNo,
  party_id_unverified: f.party.idUnverified ? 1 : 0,
  party_legal_rep: f.party.legalRep,
  party_address: f.party.address,
  party_phone: f.party.phone,
  field: f.field,
  source: f.source,
  facts: f.facts,
  evidence: f.evidence,
  provisions_violated: f.provisionsViolated,
  legal_basis: f.legalBasis,
  penalty_kinds: JSON.stringify(f.penaltyKinds),
  fine_fen: f.fineFen,
  gains_fen: f.gainsFen,
  property_description: f.propertyDescription,
  property_value_fen: f.propertyValueFen,
  police_unit: f.policeReferral?.unit ?? null,
  police_date: f.policeReferral?.date ?? null,
  police_doc_no: f.policeReferral?.docNo ?? null,
  unit: f.unit,
  legal_reviewer: f.legalReview?.reviewer ?? null,
  legal_review_date: f.legalReview?.date ?? null,
  collective_discussion_date: f.collectiveDiscussionDate,
  restriction_end: f.restrictionEnd,
  notes: f.notes,
})

export async function checkFacts(trx: Trx, f: Facts, today: string, before: CaseRecord | null): Promise<void> {
  const fields: Record<string, string> = {}
  if (f.filingDate > today) fields.filingDate = '立案日期不能晚于今天'
  if (before?.decisionDate && f.filingDate > before.decisionDate) fields.filingDate = `立案日期不能晚于决定日期（${before.decisionDate}）`
  if (f.seizureIds.length > 0) {
    const found = await trx.selectFrom('seizures').select(['id', 'voided_at']).where('id', 'in', f.seizureIds).execute()
    if (found.length !== new Set(f.seizureIds).size || found.some((s) => s.voided_at !== null)) fields.seizureIds = '关联的查扣记录不存在或已作废，请重新选择'
  }
  const first = Object.values(fields)[0]
  if (first) throw new AppError('VALIDATION', first, fields)
}

export async function writeOfficersAndLinks(trx: Trx, id: string, f: Facts): Promise<void> {
  await trx.deleteFrom('case_officers').where('case_id', '=', id).execute()
  await trx.insertInto('case_officers').values(f.officers.map((o, i) => ({ case_id: id, position: i + 1, name: o.name, cert_no: o.certNo }))).execute()
  await trx.deleteFrom('case_seizures').where('case_id', '=', id).execute()
  const ids = [...new Set(f.seizureIds)]
  if (ids.length > 0) await trx.insertInto('case_seizures').values(ids.map((s) => ({ case_id: id, seizure_id: s }))).execute()
}

/** The facts as the audit trail records them (labels read in the history panel). */
export function auditFacts(f: Facts, seizureNos: string[]): Record<string, unknown> {
  return {
    filingDate: f.filingDate,
    filingNo: f.filingNo,
    procedure: CASE_PROCEDURES[f.procedure],
    partyName: f.party.name,
    partyIdNo: f.party.idNo,
    partyAddress: f.party.address,
    partyPhone: f.party.phone,
    field: CASE_FIELDS[f.field],
    facts: f.facts,
    evidence: f.evidence,
    provisionsViolated: f.provisionsViolated,
    legalBasis: f.legalBasis,
    penaltyKinds: f.penaltyKinds.map((k) => PENALTY_KINDS[k]).join('、'),
    fineFen: f.fineFen,
    gainsFen: f.gainsFen,
    propertyDescription: f.propertyDescription,
    propertyValueFen: f.propertyValueFen,
    policeReferral: f.policeReferral ? `${f.policeReferral.unit} ${f.policeReferral.date} ${f.policeReferral.docNo}` : '',
    unit: f.unit,
    officers: f.officers,
    legalReview: f.legalReview ? `${f.legalReview.reviewer} ${f.legalReview.date}` : '',
    collectiveDiscussionDate: f.collectiveDiscussionDate ?? '',
    restrictionEnd: f.restrictionEnd ?? '',
    seizures: seizureNos.join('、'),
    notes: f.notes,
  }
}

export function factsOf(c: CaseRecord): Facts {
  return {
    filingDate: c.filingDate,
    filingNo: c.filingNo,
    procedure: c.procedure,
    party: { type: c.party.type, name: c.party.name, idNo: c.party.idNo, idUnverified: c.party.idUnverified, legalRep: c.party.legalRep, address: c.party.address, phone: c.party.phone },
    field: c.field,
    source: c.source,
    facts: c.facts,
    evidence: c.evidence,
    provisionsViolated: c.provisionsViolated,
    legalBasis: c.legalBasis,
    penaltyKinds: c.penaltyKinds,
    fineFen: c.fineFen,
    gainsFen: c.gainsFen,
    propertyDescription: c.propertyDescription,
    propertyValueFen: c.propertyValueFen,
    policeReferral: c.policeReferral,
    unit: c.unit,
    officers: c.officers,
    legalReview: c.legalReview,
    collectiveDiscussionDate: c.collectiveDiscussionDate,
    restrictionEnd: c.restrictionEnd,
    seizureIds: c.seizureIds,
    notes: c.notes,
  }
}
