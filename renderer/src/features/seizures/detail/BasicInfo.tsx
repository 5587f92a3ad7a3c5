import { Card, Descriptions, Tag, Typography } from 'antd'
import type { Seizure } from '../../../../../shared/api/seizure-types'
import { PARTY_TYPES, SEIZURE_SOURCES } from '../../../../../shared/domain/seizures'
import { formatTime } from './detail-format'

// 基本信息: the decision, the officers and the party, as registered.

const orNone = (text: string) => (text === '' ? <Typography.Text type="secondary">—</Typography.Text> : text)

export function BasicInfo({ seizure: s }: { seizure: Seizure }) {
  const p = s.party
  return (
    <Card size="small" title="基本信息">
      <Descriptions
        data-testid="seizure-basic"
        size="small"
        bordered
        column={2}
        styles={{ label: { width: 104, whiteSpace: 'nowrap' } }}
        items={[
          { key: 'decisionNo', label: '决定书文号', children: s.decisionNo },
          { key: 'decisionDate', label: '决定日期', children: s.decisionDate },
          { key: 'place', label: '实施地点', children: s.place, span: 2 },
          { key: 'source', label: '案件来源', children: s.sourceNote ? `${SEIZURE_SOURCES[s.source]}（${s.sourceNote}）` : SEIZURE_SOURCES[s.source] },
          { key: 'unit', label: '承办单位', children: s.unit },
          {
            key: 'officers',
            label: '执法人员',
            span: 2,
            children: s.officers.map((o) => (
              <span key={o.certNo} style={{ marginRight: 16, whiteSpace: 'nowrap', display: 'inline-block' }}>
                {o.name}
                <Typography.Text type="secondary">（执法证号 {o.certNo}）</Typography.Text>
              </span>
            )),
          },
          {
            key: 'party',
            label: '当事人',
            span: 2,
            children: (
              <>
                <Tag>{PARTY_TYPES[p.type]}</Tag>
                {p.name}
              </>
            ),
          },
          {
            key: 'idNo',
            label: p.type === 'natural_person' ? '身份证号码' : '统一社会信用代码',
            span: 2,
            children: (
              <>
                {orNone(p.idNo)}
                {p.idUnverified && (
                  <Tag color="warning" style={{ marginLeft: 8 }} data-testid="party-id-unverified">
                    校验位不符（已确认）
                  </Tag>
                )}
              </>
            ),
          },
          // A natural person has no representative: the row would always read —.
          ...(p.type === 'natural_person' ? [] : [{ key: 'legalRep', label: p.type === 'individual_business' ? '经营者' : '法定代表人', children: orNone(p.legalRep) }]),
          { key: 'phone', label: '电话', children: orNone(p.phone), span: p.type === 'natural_person' ? 2 : 1 },
          { key: 'address', label: '地址', children: orNone(p.address), span: 2 },
          { key: 'notes', label: '备注', children: orNone(s.notes), span: 2 },
          { key: 'createdBy', label: '登记人', children: s.createdByName },
          { key: 'createdAt', label: '登记时间', children: formatTime(s.createdAt) },
        ]}
      />
    </Card>
  )
}
