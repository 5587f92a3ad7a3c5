import { Button, Card, Space, Typography } from 'antd'
import type { CaseRecord } from '../../../../../shared/api/case-types'
import type { CaseDialogKind } from './CaseDialogs'

// What can be done to the case now, by its status: the legal staff's next steps, the main one first.

type Simple = Extract<CaseDialogKind, { kind: string; pause?: never }>['kind']

interface Action {
  kind: Simple
  label: string
  primary?: boolean
  danger?: boolean
}

export function actionsFor(c: CaseRecord): Action[] {
  const out: Action[] = []
  const decidedish = c.status === 'decided' || c.status === 'executed' || c.status === 'closed'
  if (c.status === 'filed') {
    out.push({ kind: 'decide', label: '作出处罚决定', primary: true })
    out.push({ kind: 'extend', label: '延长办案期限' }, { kind: 'pause', label: '登记中止等期间' })
    out.push({ kind: 'not_punished', label: '不予处罚' }, { kind: 'cancelled', label: '撤销立案' })
  }
  if (decidedish && c.mustPublish && !c.publication && !c.revokedOn) out.push({ kind: 'publish', label: '登记公示', primary: true })
  if (c.status === 'decided') {
    if (!c.payment) out.push({ kind: 'serve', label: c.serviceDate ? '更正送达日期' : '登记送达', primary: !c.serviceDate && c.publication !== null })
    if (c.serviceDate && !c.payment && c.fineFen + c.gainsFen > 0) out.push({ kind: 'pay', label: '登记缴款', primary: true })
    out.push({ kind: 'execute', label: '执行完毕' })
  }
  if (c.status === 'executed') out.push({ kind: 'close', label: '结案', primary: true })
  if (c.publication && !c.publication.withdrawnOn) {
    out.push({ kind: 'withdraw', label: '撤下公示', primary: c.revokedOn !== null })
    if (!c.publication.earlyStopOn) out.push({ kind: 'earlyStop', label: '提前停止公示' })
  }
  if (decidedish && !c.revokedOn) out.push({ kind: 'revoke', label: '决定变更/撤销', danger: true })
  return out
}

export function CaseActions({ record, onAction }: { record: CaseRecord; onAction(kind: Simple): void }) {
  const actions = actionsFor(record)
  if (actions.length === 0) return null
  return (
    <Card size="small" title="办理" data-testid="case-actions">
      <Space wrap>
        {actions.map((a) => (
          <Button key={a.kind} type={a.primary ? 'primary' : 'default'} danger={a.danger} onClick={() => onAction(a.kind)} data-testid={`case-action-${a.kind}`}>
            {a.label}
          </Button>
        ))}
      </Space>
      {record.status === 'filed' && (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          自立案之日起九十日内作出处理决定；中止、听证、公告和检测鉴定期间不计入。
        </Typography.Paragraph>
      )}
    </Card>
  )
}
