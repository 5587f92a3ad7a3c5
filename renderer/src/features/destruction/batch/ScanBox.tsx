import { useRef, useState } from 'react'
import { App as AntApp, Input, Space, Typography, type InputRef } from 'antd'
import { BarcodeOutlined } from '@ant-design/icons'
import type { Batch } from '../../../../../shared/api/destruction-types'
import { invoke } from '../../../api/client'

// 扫码加入: a USB scanner types the register number and Enter; every confiscated line of that seizure comes in.
// The box clears and keeps the cursor, so the next label can be scanned at once.

interface Props {
  batch: Batch
  onAdded(batch: Batch): void
}

export function ScanBox({ batch, onAdded }: Props) {
  const { message } = AntApp.useApp()
  const box = useRef<InputRef>(null)
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  const add = async () => {
    const registerNo = text.trim()
    if (registerNo === '' || busy) return
    setBusy(true)
    setProblem(null)
    try {
      const result = await invoke('destruction.lines.addSeizure', { id: batch.id, version: batch.version, registerNo })
      setText('')
      message.success(`已加入 ${registerNo} 的 ${result.added} 行物品`)
      onAdded(result)
    } catch (err) {
      setProblem(err instanceof Error ? err.message : String(err))
    } finally {
      setBusy(false)
      box.current?.focus()
    }
  }

  return (
    <Space direction="vertical" size={2} style={{ width: 420 }}>
      <Input
        ref={box}
        data-testid="batch-scan"
        aria-label="扫码或输入登记号"
        prefix={<BarcodeOutlined />}
        placeholder="扫码或输入登记号后回车，加入该查扣记录的全部待销毁物品"
        value={text}
        maxLength={20}
        status={problem ? 'error' : undefined}
        suffix={busy ? <Typography.Text type="secondary">正在加入…</Typography.Text> : null}
        onChange={(e) => {
          setText(e.target.value)
          setProblem(null)
        }}
        onPressEnter={() => void add()}
        autoComplete="off"
      />
      {problem && (
        <Typography.Text type="danger" data-testid="batch-scan-error">
          {problem}
        </Typography.Text>
      )}
    </Space>
  )
}
