import { Alert, App as AntApp, Typography } from 'antd'
import { useLocation, useNavigate } from 'react-router'
import { invoke } from '../../../api/client'
import { useCan, whoMay } from '../../auth/can'
import type { PickedLine } from '../stock/AddToBatchDialog'
import { BatchFactsForm, blankFacts } from './BatchFactsForm'

// #/destructions/batches/new: a new 草稿 batch (批次号 given by core), with the lines picked in the stock
// list when it was opened from there.

export function NewBatchPage() {
  const navigate = useNavigate()
  const can = useCan()
  const { message } = AntApp.useApp()
  const picked = ((useLocation().state as { lines?: PickedLine[] } | null)?.lines ?? []).filter((l) => typeof l.itemId === 'string')

  if (!can('destruction.batch.create')) {
    return <Alert style={{ margin: 24 }} type="info" showIcon title={`销毁批次由${whoMay('destruction.batch.create')}新建`} />
  }
  return (
    <div style={{ padding: '12px 24px 24px' }} data-testid="batch-new-page">
      <Typography.Title level={3}>新建销毁批次</Typography.Title>
      {picked.length > 0 && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={`保存后，已选的 ${picked.length} 行待销毁物品将加入本批次`} data-testid="batch-new-picked" />
      )}
      <BatchFactsForm
        initial={blankFacts()}
        editable
        saveText="创建批次"
        onSave={async (facts, release) => {
          const batch = await invoke('destruction.batch.create', facts)
          // The batch exists now: a refused line must not make a second batch on the next click.
          if (picked.length > 0) {
            await invoke('destruction.lines.add', { id: batch.id, version: batch.version, lines: picked }).catch((err: unknown) =>
              message.error(`批次 ${batch.batchNo} 已创建，但物品未能加入：${err instanceof Error ? err.message : String(err)}`),
            )
          }
          message.success(`已创建销毁批次 ${batch.batchNo}`)
          release()
          navigate(`/destructions/batches/${batch.id}`, { replace: true })
        }}
      />
    </div>
  )
}
