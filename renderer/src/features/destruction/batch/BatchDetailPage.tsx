import { useState } from 'react'
import { Alert, Button, Col, Flex, Row, Spin } from 'antd'
import { useNavigate, useParams } from 'react-router'
import type { Batch } from '../../../../../shared/api/destruction-types'
import { invoke } from '../../../api/client'
import { useLoad } from '../../../api/use-load'
import { useCan } from '../../auth/can'
import { BatchAttachments } from './BatchAttachments'
import { BatchDialogs, type BatchDialogKind } from './BatchDialogs'
import { BatchDocuments } from './BatchDocuments'
import { BatchFactsForm, factsOf } from './BatchFactsForm'
import { BatchHeader } from './BatchHeader'
import { BatchLinesCard } from './BatchLinesCard'
import { BatchRecord } from './BatchRecord'
import { RecordCampaign } from '../../campaigns/RecordCampaign'

// #/destructions/batches/<id>: one batch — its facts (editable in 草稿), lines and totals, the workflow,
// photos and scans, and its four documents. Every change sends the version read here; core's answer replaces it.

export function BatchDetailPage() {
  const { id = '' } = useParams()
  const navigate = useNavigate()
  const can = useCan()
  const loaded = useLoad(() => invoke('destruction.batch.get', { id }), [id])
  const [dialog, setDialog] = useState<BatchDialogKind | null>(null)
  const b = loaded.data?.id === id ? loaded.data : null

  if (!b) {
    return (
      <div style={{ padding: 24 }}>
        {loaded.error ? (
          <Alert type="error" showIcon title={loaded.error} action={<Button onClick={() => navigate('/destructions/batches')}>返回列表</Button>} />
        ) : (
          <Spin />
        )}
      </div>
    )
  }

  const draft = b.status === 'draft' && b.voided === null
  const set = (updated: Batch) => loaded.setData(updated)

  return (
    <div style={{ padding: '12px 24px 24px' }} data-testid="batch-detail">
      <BatchHeader batch={b} onDialog={setDialog} />
      <RecordCampaign recordType="destruction_batch" recordId={b.id} />
      {loaded.error && <Alert type="error" showIcon title={loaded.error} style={{ marginBottom: 16 }} />}
      <Flex vertical gap={16}>
        <BatchLinesCard
          batch={b}
          edit={
            draft && can('destruction.lines.addSeizure')
              ? { onChanged: set, onEditLine: (line) => setDialog({ kind: 'editLine', line }), onRemoveLine: (line) => setDialog({ kind: 'removeLine', line }) }
              : undefined
          }
        />
        <Row gutter={16}>
          <Col span={14}>
            <BatchFactsForm
              initial={factsOf(b)}
              editable={draft && can('destruction.batch.update')}
              saveText="保存"
              revision={`${b.id}:${JSON.stringify(factsOf(b))}`}
              onSave={async (facts) => set(await invoke('destruction.batch.update', { id: b.id, version: b.version, facts }))}
            />
          </Col>
          <Col span={10}>
            <Flex vertical gap={16}>
              <BatchRecord batch={b} />
              <BatchAttachments batchId={b.id} readOnly={b.voided !== null} />
            </Flex>
          </Col>
        </Row>
        <BatchDocuments batch={b} />
      </Flex>
      {dialog && (
        <BatchDialogs
          dialog={dialog}
          batch={b}
          onDone={(updated) => {
            set(updated)
            setDialog(null)
          }}
          onStale={loaded.reload}
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  )
}
