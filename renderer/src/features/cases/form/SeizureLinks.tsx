import { useState } from 'react'
import { Button, Flex, Input, Space, Tag, Typography } from 'antd'
import { LinkOutlined } from '@ant-design/icons'
import { invoke } from '../../../api/client'

// 关联查扣记录: the seizures the case grew from. The clerk types a register number (2026-0012) and presses Enter;
// the record is looked up through the register's own search, and shown by number and party.

export interface LinkedSeizure {
  id: string
  registerNo: string
  partyName: string
}

interface Props {
  value?: string[]
  onChange?(ids: string[]): void
  /** What the ids already linked are called (from the case read). */
  known: LinkedSeizure[]
  disabled?: boolean
}

export function SeizureLinks({ value = [], onChange, known, disabled }: Props) {
  const [names, setNames] = useState<Record<string, LinkedSeizure>>(() => Object.fromEntries(known.map((s) => [s.id, s])))
  const [text, setText] = useState('')
  const [note, setNote] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const add = async () => {
    const wanted = text.trim()
    if (wanted === '') return
    setBusy(true)
    setNote(null)
    try {
      const page = await invoke('seizures.list', { query: wanted, pageSize: 10 })
      const hit = page.rows.find((r) => r.registerNo === wanted) ?? (page.rows.length === 1 ? page.rows[0] : undefined)
      if (!hit) {
        setNote(page.rows.length === 0 ? `没有找到登记号为 ${wanted} 的查扣记录` : `找到 ${page.rows.length} 条记录，请输入完整的登记号`)
        return
      }
      if (value.includes(hit.id)) {
        setNote(`${hit.registerNo} 已关联`)
        return
      }
      setNames((n) => ({ ...n, [hit.id]: { id: hit.id, registerNo: hit.registerNo, partyName: hit.partyName } }))
      onChange?.([...value, hit.id])
      setText('')
    } catch (err) {
      setNote(err instanceof Error ? err.message : String(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Flex vertical gap={8}>
      <Space wrap>
        {value.map((id) => (
          <Tag key={id} closable={!disabled} onClose={() => onChange?.(value.filter((v) => v !== id))} icon={<LinkOutlined />} data-testid="case-linked-seizure">
            {names[id] ? `${names[id].registerNo} ${names[id].partyName}` : id}
          </Tag>
        ))}
        {value.length === 0 && <Typography.Text type="secondary">未关联查扣记录</Typography.Text>}
      </Space>
      <Space.Compact style={{ width: 360 }}>
        <Input
          placeholder="输入查扣登记号，如 2026-0012，回车添加"
          value={text}
          disabled={disabled}
          maxLength={50}
          onChange={(e) => setText(e.target.value)}
          onPressEnter={(e) => {
            e.preventDefault()
            void add()
          }}
          data-testid="case-seizure-input"
        />
        <Button onClick={() => void add()} loading={busy} disabled={disabled} data-testid="case-seizure-add">
          添加
        </Button>
      </Space.Compact>
      {note && (
        <Typography.Text type="warning" data-testid="case-seizure-note">
          {note}
        </Typography.Text>
      )}
    </Flex>
  )
}
