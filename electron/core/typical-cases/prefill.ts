import type { CaseRecord } from '../../../shared/api/case-types'
import type { TypicalText } from '../../../shared/api/typical-types'
import { CASE_FIELDS } from '../../../shared/domain/cases'
import { formatChineseDate } from '../../../shared/rules/chinese-date'
import { partyLines, penaltyItems, penaltyLines, publicCaseText, publicParty } from '../documents/kinds/case-shared'

// A nominated case's first draft, written from the case as the legal office would start it: the party masked
// (a natural person's own name too, unless 设置 → 典型案例 says otherwise), the facts as public text, the penalties with money in words, and the
// provisions. 典型意义 is left for the writer: a case cannot be submitted without it.

/** 某某有限公司 + what the case was about: "测试县东方商行有限公司知识产权（商标）违法案". */
const titleOf = (c: CaseRecord, partyName: string) => `${partyName}${CASE_FIELDS[c.field].replace('/', '（')}${CASE_FIELDS[c.field].includes('/') ? '）' : ''}违法案`

export function draftFromCase(c: CaseRecord, { maskOwnName }: { maskOwnName: boolean }): TypicalText {
  const ownName = maskOwnName
  const party = publicParty(c.party, { ownName })
  const basis = [c.provisionsViolated, c.legalBasis].map((s) => s.trim()).filter(Boolean)
  const decided = c.decisionNo ? `本局于${c.decisionDate ? formatChineseDate(c.decisionDate) : ''}作出行政处罚决定（${c.decisionNo}）：` : '本局依法作出行政处罚决定：'
  return {
    title: titleOf(c, party.name).slice(0, 100),
    party: partyLines(party).join('\n'),
    summary: publicCaseText(c, c.facts, { ownName }),
    result: `${decided}\n${penaltyLines(penaltyItems(c, (s) => publicCaseText(c, s, { ownName })))}`,
    significance: '',
    legalBasis: basis.join('\n'),
    tags: [CASE_FIELDS[c.field]],
    persons: [],
  }
}
