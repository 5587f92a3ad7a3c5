import type { CaseFactsInput } from '../../../../../shared/api/cases'
import type { CaseRecord } from '../../../../../shared/api/case-types'
import { fenToYuan, yuanToFen } from './MoneyInput'

// The case form's values: the contract's caseFacts, named by its paths (so core's field errors land at their
// fields), except that amounts are the 元 text typed and the optional parts (移送公安, 法制审核) have a switch.

export interface CaseFormValues extends Omit<CaseFactsInput, 'fineFen' | 'gainsFen' | 'propertyValueFen' | 'policeReferral' | 'legalReview'> {
  fineFen: string
  gainsFen: string
  propertyValueFen: string
  hasReferral: boolean
  policeReferral: { unit: string; date: string | null; docNo: string }
  hasReview: boolean
  legalReview: { reviewer: string; date: string | null }
}

export const newValues = (today: string): Partial<CaseFormValues> => ({
  filingDate: today,
  filingNo: '',
  procedure: 'ordinary',
  source: 'inspection',
  party: { type: 'enterprise', name: '', idNo: '', legalRep: '', address: '', phone: '' },
  officers: [
    { name: '', certNo: '' },
    { name: '', certNo: '' },
  ],
  penaltyKinds: [],
  fineFen: '',
  gainsFen: '',
  propertyValueFen: '',
  propertyDescription: '',
  hasReferral: false,
  policeReferral: { unit: '', date: null, docNo: '' },
  hasReview: false,
  legalReview: { reviewer: '', date: null },
  collectiveDiscussionDate: null,
  restrictionEnd: null,
  seizureIds: [],
})

export const valuesOf = (c: CaseRecord): CaseFormValues => ({
  filingDate: c.filingDate,
  filingNo: c.filingNo,
  procedure: c.procedure,
  party: { type: c.party.type, name: c.party.name, idNo: c.party.idNo, confirmUnverified: c.party.idUnverified, legalRep: c.party.legalRep, address: c.party.address, phone: c.party.phone },
  field: c.field,
  source: c.source,
  facts: c.facts,
  evidence: c.evidence,
  provisionsViolated: c.provisionsViolated,
  legalBasis: c.legalBasis,
  penaltyKinds: c.penaltyKinds,
  fineFen: fenToYuan(c.fineFen),
  gainsFen: fenToYuan(c.gainsFen),
  propertyDescription: c.propertyDescription,
  propertyValueFen: fenToYuan(c.propertyValueFen),
  hasReferral: c.policeReferral !== null,
  policeReferral: c.policeReferral ?? { unit: '', date: null, docNo: '' },
  unit: c.unit,
  officers: c.officers,
  hasReview: c.legalReview !== null,
  legalReview: c.legalReview ?? { reviewer: '', date: null },
  collectiveDiscussionDate: c.collectiveDiscussionDate,
  restrictionEnd: c.restrictionEnd,
  seizureIds: c.seizureIds,
  notes: c.notes,
})

export function toInput(v: CaseFormValues): CaseFactsInput {
  const { hasReferral, hasReview, policeReferral, legalReview, fineFen, gainsFen, propertyValueFen, ...rest } = v
  return {
    ...rest,
    fineFen: yuanToFen(fineFen),
    gainsFen: yuanToFen(gainsFen),
    propertyValueFen: yuanToFen(propertyValueFen),
    policeReferral: hasReferral ? { unit: policeReferral.unit, date: policeReferral.date ?? '', docNo: policeReferral.docNo } : null,
    legalReview: hasReview ? { reviewer: legalReview.reviewer, date: legalReview.date ?? '' } : null,
    collectiveDiscussionDate: rest.collectiveDiscussionDate || null,
    restrictionEnd: rest.restrictionEnd || null,
  }
}
