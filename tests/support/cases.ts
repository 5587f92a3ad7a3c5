import type { CaseFactsInput } from '../../shared/api/cases'

/** A complete, valid case as legal staff open it: an enterprise selling counterfeit shoes, fined 30,000 元. */
export function caseInput(over: Partial<CaseFactsInput> = {}): CaseFactsInput {
  return {
    filingDate: '2026-09-01',
    filingNo: '',
    procedure: 'ordinary',
    party: { type: 'enterprise', name: '测试县东方商行有限公司', idNo: '91350100M000100Y43', legalRep: '陈东方', address: '测试县城关镇人民路88号', phone: '0591-7654321' },
    field: 'ip_trademark',
    source: 'complaint',
    facts: '当事人销售侵犯“NIKE”注册商标专用权的运动鞋120双。',
    evidence: '现场检查笔录、权利人鉴定意见',
    provisionsViolated: '《中华人民共和国商标法》第五十七条第（三）项',
    legalBasis: '《中华人民共和国商标法》第六十条第二款',
    penaltyKinds: ['fine', 'confiscate_property'],
    fineFen: 3_000_000,
    propertyDescription: '侵权运动鞋120双',
    propertyValueFen: 3_600_000,
    unit: '城关市场监督管理所',
    officers: [
      { name: '张执法', certNo: '35010012345' },
      { name: '李执法', certNo: '35010012346' },
    ],
    ...over,
  }
}
