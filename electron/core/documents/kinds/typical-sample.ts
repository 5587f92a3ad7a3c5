import type { TypicalDocument } from './typical-shared'
import { sampleCase } from './case-sample'

// A made-up collection of two finalised typical cases for previewing the 典型案例 documents' wording in
// 文书 → 模板; never archived. The texts are as a writer leaves them: the party already masked.

export function sampleTypical(shortName = 'X市监'): TypicalDocument {
  const firm = sampleCase(shortName)
  const person = {
    ...sampleCase(shortName),
    id: 'sample-case-2',
    caseNo: '2026-AJ-0015',
    party: { type: 'natural_person' as const, name: '王小明', idNo: '350102199003071234', idUnverified: false, legalRep: '', address: 'XX县城关镇人民路88号3栋502室', phone: '13812345678' },
    field: 'food_safety' as const,
    penaltyKinds: ['fine' as const],
    fineFen: 800_000,
    propertyDescription: '',
    propertyValueFen: 0,
    decisionNo: `${shortName}处罚〔2026〕15号`,
    unit: '南山市场监督管理所',
  }
  return {
    collection: {
      id: 'sample-collection',
      year: 2026,
      name: '2026年度行政处罚典型案例',
      intro: '',
      status: 'open',
      publishedOn: null,
      channel: null,
      withdrawnOn: null,
      withdrawReason: '',
      withdrawal: null,
      entries: [],
      version: 1,
    },
    cases: [
      {
        entryId: 'sample-entry-1',
        status: 'final',
        confirmed: [],
        penaltyCase: firm,
        text: {
          title: 'XX县东方商行有限公司销售侵犯注册商标专用权商品案',
          party: '当事人：XX县东方商行有限公司\n统一社会信用代码：91350100M000100Y43\n法定代表人：陈东方',
          summary: firm.facts,
          result: `本局于2026年9月25日作出行政处罚决定（${firm.decisionNo}）：\n1.罚款30,000.00元（人民币叁万元整）；\n2.没收非法财物（侵权运动鞋120双，价值36,000.00元）。`,
          significance: '本案是查处销售侵犯注册商标专用权商品的典型案件。经营者应严把进货关，不得销售侵权商品。',
          legalBasis: `${firm.provisionsViolated}\n${firm.legalBasis}`,
          tags: ['知识产权'],
          persons: [],
        },
      },
      {
        entryId: 'sample-entry-2',
        status: 'final',
        confirmed: [],
        penaltyCase: person,
        text: {
          title: '王某某销售过期食品案',
          party: '当事人：王某某\n身份证件号码：350102********1234\n住址：XX县城关镇***',
          summary: '2026年9月，本局执法人员检查发现，当事人在其经营的便利店内销售超过保质期的饼干12袋。',
          result: `本局于2026年10月12日作出行政处罚决定（${person.decisionNo}）：罚款8,000.00元（人民币捌仟元整）。`,
          significance: '食品安全无小事。本案提醒经营者定期检查在售食品，及时清理过期食品。',
          legalBasis: '《中华人民共和国食品安全法》第三十四条第（十）项\n《中华人民共和国食品安全法》第一百二十四条第一款',
          tags: ['食品安全'],
          persons: [],
        },
      },
    ],
    maskOwnName: true,
  }
}
