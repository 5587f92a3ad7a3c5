import { useState } from 'react'
import { Alert, Button, Col, Flex, Row, Space, Spin, Tag, Typography } from 'antd'
import { ArrowLeftOutlined, EditOutlined, StopOutlined } from '@ant-design/icons'
import { useNavigate, useParams } from 'react-router'
import type { OpName } from '../../../../../shared/api'
import { CASE_PROCEDURES } from '../../../../../shared/domain/cases'
import { formatLocalTime } from '../../../../../shared/rules/local-time'
import { invoke } from '../../../api/client'
import { useLoad } from '../../../api/use-load'
import { RecordHistoryButton } from '../../audit/RecordHistory'
import { useCan } from '../../auth/can'
import { CaseStatusTag } from '../case-format'
import { CaseActions } from './CaseActions'
import { CaseDialogs, type CaseDialogKind } from './CaseDialogs'
import { CaseDocuments } from './CaseDocuments'
import { CaseFactsCard } from './CaseFactsCard'
import { DeadlinesCard } from './DeadlinesCard'
import { PublicationCard } from './PublicationCard'
import { CaseTypicalCard } from '../../typical-cases/CaseTypicalCard'

// #/cases/<id>: one penalty case with its deadlines, publication and what can be done next. Every change goes
// through a dialog with the version read here; core's answer (the updated case) replaces what is shown.

const FINAL = new Set(['closed', 'not_punished', 'cancelled'])

export function CaseDetailPage() {
  const { id = '' } = useParams()
  const navigate = useNavigate()
  const can = useCan()
  const loaded = useLoad(() => invoke('cases.get', { id }), [id])
  const [dialog, setDialog] = useState<CaseDialogKind | null>(null)
  const c = loaded.data?.id === id ? loaded.data : null

  if (!c) {
    return (
      <div style={{ padding: 24 }}>
        {loaded.error ? <Alert type="error" showIcon title={loaded.error} action={<Button onClick={() => navigate('/cases')}>返回列表</Button>} data-testid="case-load-error" /> : <Spin />}
      </div>
    )
  }

  const open = !c.voided
  const may = (op: OpName) => open && can(op)
  const legal = may('cases.decide')

  return (
    <div style={{ padding: 24 }} data-testid="case-detail">
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
        <Space align="center" size={12}>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="case-no">
            {c.caseNo}
          </Typography.Title>
          <Tag style={{ fontSize: 14, padding: '2px 8px' }}>{CASE_PROCEDURES[c.procedure]}</Tag>
          <span data-testid="case-status">
            <CaseStatusTag status={c.status} voided={c.voided !== null} />
          </span>
          <Typography.Text>{c.party.name}</Typography.Text>
        </Space>
        <Space wrap>
          {may('cases.update') && !FINAL.has(c.status) && (
            <Button icon={<EditOutlined />} onClick={() => navigate(`/cases/${c.id}/edit`)} data-testid="case-edit">
              更正
            </Button>
          )}
          <RecordHistoryButton recordType="penalty_case" recordId={c.id} title={c.caseNo} size="middle" />
          {may('cases.void') && (
            <Button danger icon={<StopOutlined />} onClick={() => setDialog({ kind: 'void' })} data-testid="case-void-button">
              作废
            </Button>
          )}
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/cases')} data-testid="case-back">
            返回列表
          </Button>
        </Space>
      </Flex>
      {c.voided && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="case-voided"
          title={`本案件记录已作废：${c.voided.reason}`}
          description={`${c.voided.byName} 于 ${formatLocalTime(c.voided.at)} 作废。作废的记录仅供查阅，不能再修改或办理。`}
        />
      )}
      {loaded.error && <Alert type="error" showIcon title={loaded.error} style={{ marginBottom: 16 }} />}
      <Row gutter={16}>
        <Col span={15}>
          <CaseFactsCard record={c} />
        </Col>
        <Col span={9}>
          <Flex vertical gap={16}>
            {legal && <CaseActions record={c} onAction={(kind) => setDialog({ kind })} />}
            <DeadlinesCard
              record={c}
              actions={{
                onEndPause: legal && c.status === 'filed' ? (pause) => setDialog({ kind: 'endPause', pause }) : undefined,
                onVoidPause: legal && c.status === 'filed' ? (pause) => setDialog({ kind: 'voidPause', pause }) : undefined,
              }}
            />
            <PublicationCard record={c} />
            <CaseTypicalCard record={c} />
          </Flex>
        </Col>
      </Row>
      {c.decisionDate && !c.voided && (
        <div style={{ marginTop: 16 }}>
          <CaseDocuments record={c} />
        </div>
      )}
      {dialog && (
        <CaseDialogs
          dialog={dialog}
          record={c}
          onDone={(updated) => {
            loaded.setData(updated)
            setDialog(null)
          }}
          onStale={loaded.reload}
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  )
}
