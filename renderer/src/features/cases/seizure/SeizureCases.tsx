import { Card, Space } from 'antd'
import { Link } from 'react-router'
import { invoke } from '../../../api/client'
import { useLoad } from '../../../api/use-load'
import { CaseStatusTag } from '../case-format'

// On a seizure's page: the penalty cases that grew from it, one click from each.

export function SeizureCases({ seizureId }: { seizureId: string }) {
  const { data } = useLoad(() => invoke('cases.forSeizure', { seizureId }), [seizureId])
  if (!data || data.length === 0) return null
  return (
    <Card size="small" title="处罚案件" data-testid="seizure-cases">
      <Space direction="vertical">
        {data.map((c) => (
          <Space key={c.id}>
            <Link to={`/cases/${c.id}`}>{c.caseNo}</Link>
            {c.decisionNo && <span>{c.decisionNo}</span>}
            <CaseStatusTag status={c.status} voided={false} />
          </Space>
        ))}
      </Space>
    </Card>
  )
}
