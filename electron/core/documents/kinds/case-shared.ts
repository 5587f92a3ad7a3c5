import type { CaseRecord } from '../../../../shared/api/case-types'
import type { AgencyProfile } from '../../../../shared/api/settings'
import type { Party } from '../../../../shared/api/seizure-types'
import { PENALTY_KINDS } from '../../../../shared/domain/cases'
import type { CaseDocumentKind } from '../../../../shared/domain/documents'
import { DOCUMENT_KIND_LABELS } from '../../../../shared/domain/documents'
import { formatYuan } from '../../../../shared/rules/decimal'
import { moneyInWords } from '../../../../shared/rules/money-words'
import { maskParty, maskPersonName, maskText } from '../../../../shared/rules/mask'
import type { PenaltyKind } from '../../../../shared/rules/case-deadlines'
import { AppError } from '../../errors'
import { sampleCase } from './case-sample'
import { recordSamples } from './record-samples'
import type { ArchiveFields, DocumentKindDef, KindContext, KindRecord } from './types'

// What the two documents of a penalty case (公示 摘要, 决定书) share: the case from the context, the party's
// lines, the penalty content with amounts in figures and words, the sample for 文书 → 模板.
// Anything the 公示 prints goes through shared/rules/mask.ts first (case-publicity.ts); the 决定书 is served on
// the party and prints the facts as they are.

export const caseOf = (ctx: KindContext): CaseRecord => {
  if (ctx.record?.type !== 'penalty_case') throw new AppError('INTERNAL', '处罚案件文书缺少案件')
  return ctx.record.penaltyCase
}

/** A fact still to be written by hand where the record has none (a template never prints a hole). */
export const HAND_BLANK = '＿＿＿＿＿＿'

/** The party's lines, labelled as a 决定书 labels them for each kind of party; empty facts are left out. */
export function partyLines(p: Pick<Party, 'type' | 'name' | 'idNo' | 'legalRep' | 'address'>): string[] {
  const person = p.type === 'natural_person'
  const rep = p.type === 'individual_business' ? '经营者' : p.type === 'other_org' ? '负责人' : '法定代表人'
  const place = person ? '住址' : p.type === 'individual_business' ? '经营场所' : '住所'
  return [
    `当事人：${p.name}`,
    ...(p.idNo ? [`${person ? '身份证件号码' : '统一社会信用代码'}：${p.idNo}`] : []),
    ...(!person && p.legalRep ? [`${rep}：${p.legalRep}`] : []),
    ...(p.address ? [`${place}：${p.address}`] : []),
  ]
}

/**
 * The party as anything published shows it (shared/rules/mask.ts): maskParty's rules, and any number typed
 * into the name, representative or address masked all the same. `ownName`: a natural person's own name
 * becomes 张某某 too (典型案例 do it by default; the 公示 keeps it, DOMAIN.md).
 */
export function publicParty(p: Party, { ownName = false }: { ownName?: boolean } = {}): Party {
  const party = maskParty({ type: p.type, name: p.name, idNo: p.idNo, legalRep: p.legalRep, address: p.address, phone: p.phone })
  const name = ownName && p.type === 'natural_person' ? maskPersonName(party.name) : maskText(party.name)
  return { ...p, ...party, name, legalRep: maskText(party.legalRep), address: maskText(party.address) }
}

// One masking of a case's free text for anything published, shared with the renderer's previews.
export { publicCaseText } from '../../../../shared/rules/public-text'

/** Amount in figures and words: 30,000.00元（人民币叁万元整）. */
export const amountText = (fen: number): string => `${formatYuan(fen)}元（${moneyInWords(fen)}）`

/**
 * Each penalty in the statute's order (行政处罚法 Art. 9), money in figures and words:
 * 罚款30,000.00元（人民币叁万元整）, 没收非法财物（侵权运动鞋120双，价值36,000.00元）. `text` passes the free
 * text (the property's description) through, for the 公示 to mask it.
 */
export function penaltyItems(c: CaseRecord, text: (s: string) => string = (s) => s): string[] {
  const order = Object.keys(PENALTY_KINDS) as PenaltyKind[]
  return order
    .filter((k) => c.penaltyKinds.includes(k))
    .map((k) => {
      if (k === 'fine') return `罚款${amountText(c.fineFen)}`
      if (k === 'confiscate_gains') return `没收违法所得${amountText(c.gainsFen)}`
      if (k === 'confiscate_property') {
        const what = [text(c.propertyDescription.trim()), ...(c.propertyValueFen > 0 ? [`价值${formatYuan(c.propertyValueFen)}元`] : [])].filter(Boolean).join('，')
        return `没收非法财物${what ? `（${what}）` : ''}`
      }
      return PENALTY_KINDS[k]
    })
}

/** The penalties one to a line, numbered where there are several: 1.罚款…；\n2.没收…。 */
export function penaltyLines(items: readonly string[]): string {
  if (items.length === 0) return HAND_BLANK
  if (items.length === 1) return `${items[0]}。`
  return items.map((t, i) => `${i + 1}.${t}${i === items.length - 1 ? '。' : '；'}`).join('\n')
}

/** 罚款 and 没收违法所得 together: what the party pays. */
export const moneyDueFen = (c: CaseRecord): number => (c.penaltyKinds.includes('fine') ? c.fineFen : 0) + (c.penaltyKinds.includes('confiscate_gains') ? c.gainsFen : 0)

export const sampleRecord = (agency: AgencyProfile): KindRecord => ({ type: 'penalty_case', penaltyCase: sampleCase(agency.shortName || 'X市监') })

/** What the two kinds have alike; each adds its placeholders, values, template and layout. */
export function caseKind(
  kind: CaseDocumentKind,
  fields: readonly (readonly [name: string, description: string])[],
  def: Pick<DocumentKindDef, 'defaultTemplate' | 'layout' | 'values'>,
): DocumentKindDef {
  return {
    kind,
    label: DOCUMENT_KIND_LABELS[kind],
    ...recordSamples(fields, def.values, sampleRecord, '2026-09-25'),
    fromRecord: { type: 'penalty_case', sample: sampleRecord },
    recordIds: (ctx) => [caseOf(ctx).id],
    archiveFields: (ctx): ArchiveFields => {
      const c = caseOf(ctx)
      return { documentNo: c.decisionNo, registerNo: c.caseNo, partyName: c.party.name }
    },
    fileNameParts: (title, ctx) => [title, caseOf(ctx).decisionNo || caseOf(ctx).caseNo],
    ...def,
  }
}
