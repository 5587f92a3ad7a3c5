import { Button, Card, Empty, List, Space, Typography } from 'antd'
import { FireOutlined } from '@ant-design/icons'
import { Link } from 'react-router'
import type { Seizure } from '../../../../../shared/api/seizure-types'
import { invoke } from '../../../api/client'
import { useLoad } from '../../../api/use-load'
import { useCan } from '../../auth/can'
import { BatchStatusTag } from '../BatchStatusTag'
import { qtyText } from '../destruction-format'
import { useAddToBatch } from '../stock/AddToBatchDialog'

// On a seizure's page: the destruction batches holding its lines, and 加入销毁批次 while some confiscated
// quantity is in no batch yet.

async function load(s: Seizure) {
  const [batches, stock] = await Promise.all([
    invoke('destruction.forSeizure', { seizureId: s.id }),
    invoke('destruction.stock.list', { query: s.registerNo, pageSize: 200 }),
  ])
  return { batches, stock: stock.rows.filter((r) => r.seizureId === s.id) }
}

export function SeizureDestructions({ seizure }: { seizure: Seizure }) {
  const can = useCan()
  const adder = useAddToBatch()
  // The seizure's version changes with every outcome: what is left to destroy is read again.
  const data = useLoad(() => load(seizure), [seizure.id, seizure.version])
  const confiscated = seizure.items.some((l) => l.disposedMilli.confiscation > 0)
  if (!data.data || (!confiscated && data.data.batches.length === 0)) return null
  const { batches, stock } = data.data
  const mayAdd = seizure.voided === null && stock.length > 0 && can('destruction.lines.add')

  return (
    <Card
      size="small"
      title="销毁"
      data-testid="seizure-destructions"
      extra={
        mayAdd && (
          <Button icon={<FireOutlined />} onClick={() => adder.open(stock)} data-testid="seizure-add-to-batch">
            加入销毁批次（{stock.length}行待销毁）
          </Button>
        )
      }
    >
      {batches.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没收的物品尚未列入销毁批次" />
      ) : (
        <List
          size="small"
          dataSource={batches}
          renderItem={(b) => (
            <List.Item data-testid={`seizure-batch-${b.batchNo}`}>
              <Space wrap>
                <Link to={`/destructions/batches/${b.batchId}`}>{b.batchNo}</Link>
                <BatchStatusTag status={b.status} />
                {b.lines.map((l) => (
                  <Typography.Text key={`${l.lineNo}-${l.plannedMilli}`}>
                    第{l.lineNo}行 {l.name}：计划 {qtyText(l.plannedMilli, l.unit)}
                    {l.destroyedMilli !== null && <Typography.Text strong>，已销毁 {qtyText(l.destroyedMilli, l.unit)}</Typography.Text>}
                  </Typography.Text>
                ))}
              </Space>
            </List.Item>
          )}
        />
      )}
      {adder.dialog}
    </Card>
  )
}
