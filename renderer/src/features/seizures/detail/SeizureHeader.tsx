import { Alert, Button, Flex, Space, Tag, Typography } from 'antd'
import { ArrowLeftOutlined, EditOutlined, StopOutlined } from '@ant-design/icons'
import { useNavigate } from 'react-router'
import type { Seizure } from '../../../../../shared/api/seizure-types'
import { SEIZURE_KINDS } from '../../../../../shared/domain/seizures'
import { RecordHistoryButton } from '../../audit/RecordHistory'
import { StatusTag } from '../list/StatusTag'
import { formatTime } from './detail-format'
import { InventoryButton } from './InventoryButton'
import { listPath } from '../list/list-memory'

// The record's title line (登记号, 种类, 状态) and what can be done to it as a whole.

interface Props {
  seizure: Seizure
  /** Undefined when the user may not, or the record is voided: the button is not shown. */
  onEdit?: () => void
  onVoid?: () => void
}

export function SeizureHeader({ seizure: s, onEdit, onVoid }: Props) {
  const navigate = useNavigate()
  // The list as the user last had it, however they came here (not back in history: after registering, that
  // was the blank new form).
  const back = () => navigate(listPath())

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
        <Space align="center" size={12}>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="seizure-register-no">
            {s.registerNo}
          </Typography.Title>
          <Tag style={{ fontSize: 14, padding: '2px 8px' }}>{SEIZURE_KINDS[s.kind]}</Tag>
          <span data-testid="seizure-status">
            <StatusTag status={s.status} kind={s.kind} voided={s.voided !== null} />
          </span>
        </Space>
        <Space wrap>
          {onEdit && (
            <Button icon={<EditOutlined />} onClick={onEdit} data-testid="seizure-edit">
              更正
            </Button>
          )}
          {!s.voided && <InventoryButton seizureId={s.id} />}
          <RecordHistoryButton recordType="seizure" recordId={s.id} title={s.registerNo} size="middle" />
          {onVoid && (
            <Button danger icon={<StopOutlined />} onClick={onVoid} data-testid="seizure-void">
              作废
            </Button>
          )}
          <Button icon={<ArrowLeftOutlined />} onClick={() => void back()} data-testid="seizure-back">
            返回列表
          </Button>
        </Space>
      </Flex>
      {s.voided && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="seizure-voided"
          title={`本记录已作废：${s.voided.reason}`}
          description={`${s.voided.byName} 于 ${formatTime(s.voided.at)} 作废。作废的记录仅供查阅，不能再修改或处置。`}
        />
      )}
    </>
  )
}
