import { useState } from 'react'
import { Alert, Button, Col, Flex, Row, Spin } from 'antd'
import { useNavigate, useParams } from 'react-router'
import { invoke } from '../../../api/client'
import { useLoad } from '../../../api/use-load'
import { useCan } from '../../auth/can'
import { AttachmentPanel } from '../attachments/AttachmentPanel'
import { SeizureDestructions } from '../../destruction/seizure/SeizureDestructions'
import { SeizureCases } from '../../cases/seizure/SeizureCases'
import { RecordCampaign } from '../../campaigns/RecordCampaign'
import { BasicInfo } from './BasicInfo'
import { DetailDialogs, type DetailDialog } from './DetailDialogs'
import { ItemsTable } from './ItemsTable'
import { OutcomesTable } from './OutcomesTable'
import { SeizureHeader } from './SeizureHeader'
import { TermCard } from './TermCard'

// #/seizures/<id>: one seizure with its term, item lines, outcomes and photos. Every change goes through a
// dialog that sends the version read here; core's answer (the updated record) replaces what is shown.

export function SeizureDetailPage() {
  const { id = '' } = useParams()
  const navigate = useNavigate()
  const can = useCan()
  const loaded = useLoad(() => invoke('seizures.get', { id }), [id])
  const [dialog, setDialog] = useState<DetailDialog | null>(null)
  const s = loaded.data?.id === id ? loaded.data : null

  if (!s) {
    return (
      <div style={{ padding: 24 }}>
        {loaded.error ? (
          <Alert
            type="error"
            showIcon
            title={loaded.error}
            action={<Button onClick={() => navigate('/seizures')}>返回列表</Button>}
            data-testid="seizure-load-error"
          />
        ) : (
          <Spin />
        )}
      </div>
    )
  }

  // A voided record is read-only: its buttons go, its figures stay.
  const open = !s.voided
  const may = (op: Parameters<typeof can>[0]) => open && can(op)

  return (
    <div style={{ padding: 24 }} data-testid="seizure-detail">
      <SeizureHeader
        seizure={s}
        onEdit={may('seizures.update') ? () => navigate(`/seizures/${s.id}/edit`) : undefined}
        onVoid={may('seizures.void') ? () => setDialog({ kind: 'voidSeizure' }) : undefined}
      />
      <RecordCampaign recordType="seizure" recordId={s.id} />
      {loaded.error && <Alert type="error" showIcon title={loaded.error} style={{ marginBottom: 16 }} />}
      <Flex vertical gap={16}>
        <Row gutter={16}>
          <Col span={15}>
            <BasicInfo seizure={s} />
          </Col>
          <Col span={9}>
            <TermCard
              seizure={s}
              actions={{
                onExtend: may('seizures.extend') ? () => setDialog({ kind: 'extend' }) : undefined,
                onAddPause: may('seizures.pause.add') ? () => setDialog({ kind: 'pause' }) : undefined,
                onEndPause: may('seizures.pause.end') ? (pause) => setDialog({ kind: 'endPause', pause }) : undefined,
                onVoidPause: may('seizures.pause.void') ? (pause) => setDialog({ kind: 'voidPause', pause }) : undefined,
              }}
            />
          </Col>
        </Row>
        <ItemsTable
          seizure={s}
          onOutcome={open ? (line) => setDialog({ kind: 'outcome', lineId: line.id }) : undefined}
          mayOutcome={can('seizures.outcome.add')}
        />
        <OutcomesTable seizure={s} onVoid={may('seizures.outcome.void') ? (outcome) => setDialog({ kind: 'voidOutcome', outcome }) : undefined} />
        {/* 处罚案件 grown from it */}
        <SeizureCases seizureId={s.id} />
        {/* 销毁批次 holding its lines */}
        <SeizureDestructions seizure={s} />
        {/* 照片和扫描件 */}
        <AttachmentPanel seizureId={s.id} lines={s.items.map((l) => ({ id: l.id, lineNo: l.lineNo, name: l.name }))} readOnly={!open} />
      </Flex>
      {dialog && (
        <DetailDialogs
          dialog={dialog}
          seizure={s}
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
