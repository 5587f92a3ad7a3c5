import { Card, Descriptions, Tag, Typography } from 'antd'
import { Link } from 'react-router'
import type { CaseRecord } from '../../../../../shared/api/case-types'
import { CASE_FIELDS, CASE_PROCEDURES, PENALTY_KINDS } from '../../../../../shared/domain/cases'
import { PARTY_TYPES, SEIZURE_SOURCES } from '../../../../../shared/domain/seizures'
import { formatYuan } from '../../../../../shared/rules/decimal'
import { formatLocalTime } from '../../../../../shared/rules/local-time'
import { Money, orNone } from '../case-format'

// 案件信息: the facts as registered, the decision and its execution, and the seizures the case grew from.

const multiline = (text: string) => (text ? <span style={{ whiteSpace: 'pre-wrap' }}>{text}</span> : orNone(text))

export function CaseFactsCard({ record: c }: { record: CaseRecord }) {
  const p = c.party
  return (
    <Card size="small" title="案件信息">
      <Descriptions
        data-testid="case-facts-view"
        size="small"
        bordered
        column={2}
        styles={{ label: { width: 112, whiteSpace: 'nowrap' } }}
        items={[
          { key: 'filingDate', label: '立案日期', children: c.filingDate },
          { key: 'filingNo', label: '立案审批文号', children: orNone(c.filingNo) },
          { key: 'procedure', label: '程序', children: CASE_PROCEDURES[c.procedure] },
          { key: 'field', label: '案件领域', children: CASE_FIELDS[c.field] },
          { key: 'source', label: '案件来源', children: SEIZURE_SOURCES[c.source] },
          { key: 'unit', label: '承办单位', children: c.unit },
          {
            key: 'party',
            label: '当事人',
            span: 2,
            children: (
              <>
                <Tag>{PARTY_TYPES[p.type]}</Tag>
                {p.name}
                {p.idNo && <Typography.Text type="secondary">（{p.type === 'natural_person' ? '身份证号码' : '统一社会信用代码'} {p.idNo}）</Typography.Text>}
                {p.legalRep && <Typography.Text type="secondary"> 法定代表人（负责人）{p.legalRep}</Typography.Text>}
                {(p.address || p.phone) && <div>{[p.address, p.phone].filter(Boolean).join('　')}</div>}
              </>
            ),
          },
          {
            key: 'officers',
            label: '执法人员',
            span: 2,
            children: c.officers.map((o) => (
              <span key={o.certNo} style={{ marginRight: 16, whiteSpace: 'nowrap', display: 'inline-block' }}>
                {o.name}
                <Typography.Text type="secondary">（执法证号 {o.certNo}）</Typography.Text>
              </span>
            )),
          },
          { key: 'facts', label: '违法事实', span: 2, children: multiline(c.facts) },
          { key: 'evidence', label: '证据摘要', span: 2, children: multiline(c.evidence) },
          { key: 'provisions', label: '违反的规定', span: 2, children: multiline(c.provisionsViolated) },
          { key: 'basis', label: '处罚依据', span: 2, children: multiline(c.legalBasis) },
          { key: 'kinds', label: '处罚种类', span: 2, children: c.penaltyKinds.length > 0 ? c.penaltyKinds.map((k) => <Tag key={k}>{PENALTY_KINDS[k]}</Tag>) : orNone('') },
          { key: 'fine', label: '罚款', span: 2, children: <span data-testid="case-fine-view"><Money fen={c.fineFen} /></span> },
          { key: 'gains', label: '没收违法所得', span: 2, children: <Money fen={c.gainsFen} /> },
          {
            key: 'property',
            label: '没收非法财物',
            span: 2,
            children: c.propertyDescription || c.propertyValueFen ? <>{c.propertyDescription}{c.propertyValueFen > 0 && `（价值 ${formatYuan(c.propertyValueFen)} 元）`}</> : orNone(''),
          },
          { key: 'review', label: '法制审核', children: c.legalReview ? `${c.legalReview.reviewer}，${c.legalReview.date}` : orNone('') },
          { key: 'collective', label: '集体讨论', children: orNone(c.collectiveDiscussionDate) },
          { key: 'referral', label: '移送公安', span: 2, children: c.policeReferral ? `${c.policeReferral.date} 移送${c.policeReferral.unit}（${c.policeReferral.docNo}）` : orNone('') },
          ...(c.restrictionEnd ? [{ key: 'restriction', label: '限制期限届满', span: 2, children: c.restrictionEnd }] : []),
          { key: 'decisionNo', label: '决定书文号', children: <span data-testid="case-decision-no-view">{orNone(c.decisionNo)}</span> },
          { key: 'decisionDate', label: '决定日期', children: orNone(c.decisionDate) },
          { key: 'service', label: '送达日期', children: orNone(c.serviceDate) },
          {
            key: 'payment',
            label: '缴款',
            children: c.payment ? `${c.payment.paidOn} 缴纳 ${formatYuan(c.payment.amountFen)} 元${c.payment.surchargeFen > 0 ? `，加处罚款 ${formatYuan(c.payment.surchargeFen)} 元` : ''}` : c.surcharge && c.surcharge.daysLate > 0 ? <Typography.Text type="danger">逾期 {c.surcharge.daysLate} 天，加处罚款至今 {formatYuan(c.surcharge.surchargeFen)} 元</Typography.Text> : orNone(''),
          },
          ...(c.endDate || c.endReason ? [{ key: 'end', label: '办结', span: 2, children: `${c.endDate ?? ''} ${c.endReason}` }] : []),
          ...(c.revokedOn ? [{ key: 'revoked', label: '决定变更/撤销', span: 2, children: <Typography.Text type="danger">{c.revokedOn}：{c.revokeReason}</Typography.Text> }] : []),
          {
            key: 'seizures',
            label: '关联查扣记录',
            span: 2,
            children:
              c.seizures.length > 0
                ? c.seizures.map((s) => (
                    <Link key={s.id} to={`/seizures/${s.id}`} style={{ marginRight: 16 }} data-testid="case-seizure-link">
                      {s.registerNo} {s.partyName}
                    </Link>
                  ))
                : orNone(''),
          },
          { key: 'notes', label: '备注', span: 2, children: multiline(c.notes) },
          { key: 'createdBy', label: '登记人', children: c.createdByName },
          { key: 'createdAt', label: '登记时间', children: formatLocalTime(c.createdAt) },
        ]}
      />
    </Card>
  )
}
