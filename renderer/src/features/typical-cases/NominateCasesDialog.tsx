import { useState } from 'react'
import { Alert, App as AntApp, Button, Form, Modal, Select, Typography } from 'antd'
import { useNavigate } from 'react-router'
import { invoke } from '../../api/client'
import { useLoad } from '../../api/use-load'
import { CollectionDialog } from './CollectionDialog'

// 推选为典型案例 from the case register or a case's page: the cases are chosen already, the user picks one of
// the collections being written (or makes one here); core refuses undecided, voided or revoked cases by name.

interface Props {
  caseIds: string[]
  /** What is being nominated, for the title: one case's number, or "3件案件". */
  what: string
  onDone(): void
  onClose(): void
}

export function NominateCasesDialog({ caseIds, what, onDone, onClose }: Props) {
  const navigate = useNavigate()
  const { message } = AntApp.useApp()
  const collections = useLoad(() => invoke('typical.collections.list', {}), [])
  const [picked, setPicked] = useState<string | null>(null)
  const [creating, setCreating] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const open = (collections.data ?? []).filter((k) => k.status === 'open')
  const chosen = picked ?? open[0]?.id ?? null

  const submit = async () => {
    if (!chosen) return
    setBusy(true)
    setError(null)
    try {
      const rows = await invoke('typical.nominate', { collectionId: chosen, caseIds })
      const k = open.find((x) => x.id === chosen)
      message.success(
        <span>
          已推选 {rows.length} 件到“{k?.name}”，初稿已按案件信息生成{' '}
          <Button type="link" size="small" onClick={() => navigate(`/typical/collections/${chosen}`)} data-testid="nominate-cases-open">
            打开案例集
          </Button>
        </span>,
      )
      onDone()
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <Modal
        open
        title={`推选为典型案例：${what}`}
        okText="推选"
        okButtonProps={{ disabled: !chosen, loading: busy, ...{ 'data-testid': 'nominate-cases-submit' } }}
        onOk={() => void submit()}
        onCancel={onClose}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">推选后按案件信息生成初稿：当事人和个人信息已脱敏，典型意义由撰写人填写。只有已作出处罚决定、未被撤销的案件可以推选。</Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="nominate-cases-error" />}
        {collections.error && <Alert type="error" showIcon title={collections.error} style={{ marginBottom: 12 }} />}
        <Form layout="vertical">
          <Form.Item label="案例集" extra={collections.data && open.length === 0 ? '还没有编写中的案例集：请新建一个' : undefined}>
            <Select
              data-testid="nominate-cases-collection"
              value={chosen}
              onChange={setPicked}
              loading={collections.data === null && !collections.error}
              options={open.map((k) => ({ value: k.id, label: `${k.year}年 · ${k.name}` }))}
              placeholder="选择编写中的案例集"
            />
          </Form.Item>
        </Form>
        <Button type="link" style={{ padding: 0 }} onClick={() => setCreating(true)} data-testid="nominate-cases-new">
          新建案例集…
        </Button>
      </Modal>
      {creating && (
        <CollectionDialog
          onClose={() => setCreating(false)}
          onDone={(id) => {
            setCreating(false)
            setPicked(id)
            collections.reload()
          }}
        />
      )}
    </>
  )
}
