import { Alert, Button, Flex, Space, Typography } from 'antd'
import { ArrowLeftOutlined, CheckOutlined, EditOutlined, FireOutlined, RollbackOutlined, SendOutlined, StopOutlined } from '@ant-design/icons'
import { useNavigate } from 'react-router'
import type { OpName } from '../../../../../shared/api'
import type { Batch } from '../../../../../shared/api/destruction-types'
import { formatLocalTime } from '../../../../../shared/rules/local-time'
import { RecordHistoryButton } from '../../audit/RecordHistory'
import { useCan } from '../../auth/can'
import { BatchStatusTag } from '../BatchStatusTag'
import type { BatchDialogKind } from './BatchDialogs'

// The batch's title line and the workflow buttons its status and the user's roles allow:
// 草稿 → 提交审批 / 作废; 待审批 → 批准 / 退回 (审核领导); 已批准 → 登记销毁; 已销毁 → 更正 (审核领导).

interface Props {
  batch: Batch
  onDialog(d: BatchDialogKind): void
}

export function BatchHeader({ batch: b, onDialog }: Props) {
  const navigate = useNavigate()
  const can = useCan()
  const live = b.voided === null
  const may = (op: OpName) => live && can(op)
  const button = (key: string, label: string, icon: React.ReactNode, kind: BatchDialogKind, primary = false, danger = false) => (
    <Button key={key} type={primary ? 'primary' : 'default'} danger={danger} icon={icon} onClick={() => onDialog(kind)} data-testid={`batch-${key}`}>
      {label}
    </Button>
  )
  const buttons: React.ReactNode[] = []
  if (b.status === 'draft') {
    if (may('destruction.batch.submit')) buttons.push(button('submit', '提交审批', <SendOutlined />, { kind: 'submit' }, true))
    if (may('destruction.batch.void')) buttons.push(button('void', '作废', <StopOutlined />, { kind: 'void' }, false, true))
  }
  if (b.status === 'submitted') {
    if (may('destruction.batch.approve')) buttons.push(button('approve', '批准', <CheckOutlined />, { kind: 'approve' }, true))
    if (may('destruction.batch.return')) buttons.push(button('return', '退回', <RollbackOutlined />, { kind: 'return' }, false, true))
  }
  if (b.status === 'approved' && may('destruction.batch.execute')) buttons.push(button('execute', '登记销毁', <FireOutlined />, { kind: 'execute' }, true))
  if (b.status === 'executed' && may('destruction.batch.correct')) buttons.push(button('correct', '更正', <EditOutlined />, { kind: 'correct' }))

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
        <Space align="center" size={12}>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="batch-no">
            {b.batchNo}
          </Typography.Title>
          <span data-testid="batch-status">
            <BatchStatusTag status={b.status} voided={!live} />
          </span>
          {b.campaign && <Typography.Text type="secondary">{b.campaign}</Typography.Text>}
        </Space>
        <Space wrap>
          {buttons}
          <RecordHistoryButton recordType="destruction_batch" recordId={b.id} title={b.batchNo} size="middle" />
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/destructions/batches')}>
            返回列表
          </Button>
        </Space>
      </Flex>
      {b.voided && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} data-testid="batch-voided" title={`本批次已作废：${b.voided.reason}`} description={`${b.voided.byName} 于 ${formatLocalTime(b.voided.at)} 作废。`} />
      )}
      {live && b.status === 'draft' && b.returnReason && (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} data-testid="batch-returned" title={`已被退回：${b.returnReason}`} description="修改后重新提交审批。" />
      )}
      {live && b.status === 'submitted' && !can('destruction.batch.approve') && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title="已提交审批，等待审核领导批准" data-testid="batch-waiting" />
      )}
      {b.status === 'executed' && <Alert type="success" showIcon style={{ marginBottom: 16 }} title="已销毁，批次已锁定；如需修改，由审核领导更正并记录原因" />}
    </>
  )
}
