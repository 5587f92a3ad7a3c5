import { useState } from 'react'
import { Alert, Button, Card, List, Typography } from 'antd'
import { Link } from 'react-router'
import type { CaseRecord } from '../../../../shared/api/case-types'
import { invoke } from '../../api/client'
import { useLoad } from '../../api/use-load'
import { useCan } from '../auth/can'
import { NominateCasesDialog } from './NominateCasesDialog'
import { CollectionStatusTag, EntryStatusTag } from './typical-format'

// On a case's page: the 典型案例 collections the case is in, with the day to withdraw a published one once the
// decision is revoked, and 推选为典型案例 for a decided case.

const DECIDED = new Set(['decided', 'executed', 'closed'])

export function CaseTypicalCard({ record: c }: { record: CaseRecord }) {
  const can = useCan()
  const [nominating, setNominating] = useState(false)
  const rows = useLoad(() => invoke('typical.forCase', { caseId: c.id }), [c.id, c.version])
  const mayNominate = can('typical.nominate') && !c.voided && DECIDED.has(c.status) && !c.revokedOn
  if (!rows.data?.length && !mayNominate) return null
  return (
    <Card
      size="small"
      title="典型案例"
      data-testid="case-typical"
      extra={
        mayNominate && (
          <Button size="small" onClick={() => setNominating(true)} data-testid="case-typical-nominate">
            推选为典型案例
          </Button>
        )
      }
    >
      {rows.error && <Alert type="error" showIcon title={rows.error} />}
      {rows.data?.length === 0 && <Typography.Text type="secondary">尚未推选为典型案例</Typography.Text>}
      <List
        size="small"
        dataSource={rows.data ?? []}
        renderItem={(r) => (
          <List.Item data-testid="case-typical-row">
            <div>
              <Link to={`/typical/entries/${r.entryId}`}>{r.collectionName}</Link> <CollectionStatusTag status={r.collectionStatus} /> <EntryStatusTag status={r.status} />
              {r.withdrawal && (
                <div>
                  <Typography.Text type="danger" data-testid="case-typical-withdrawal">
                    决定已撤销：案例集应于 {r.withdrawal.due} 前撤回（{r.withdrawal.words}）
                  </Typography.Text>{' '}
                  <Link to={`/typical/collections/${r.collectionId}`}>去撤回</Link>
                </div>
              )}
            </div>
          </List.Item>
        )}
      />
      {nominating && (
        <NominateCasesDialog
          caseIds={[c.id]}
          what={`案件 ${c.caseNo}`}
          onClose={() => setNominating(false)}
          onDone={() => {
            setNominating(false)
            rows.reload()
          }}
        />
      )}
    </Card>
  )
}
