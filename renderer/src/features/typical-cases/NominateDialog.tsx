import { useState } from 'react'
import { Alert, App as AntApp, Modal, Table, Typography } from 'antd'
import type { CaseRow } from '../../../../shared/api/case-types'
import { CASE_FIELDS } from '../../../../shared/domain/cases'
import { formatYuan } from '../../../../shared/rules/decimal'
import { invoke } from '../../api/client'
import { useLoad } from '../../api/use-load'
import { SearchBox } from '../../components/SearchBox'

// 推选案件: the decided cases (已决定, 已执行, 已结案), searched as the case register is, several ticked at once.

interface Props {
  collectionId: string
  /** Cases already in the collection: shown, not offered again. */
  taken: ReadonlySet<string>
  onDone(): void
  onClose(): void
}

export function NominateDialog({ collectionId, taken, onDone, onClose }: Props) {
  const { message } = AntApp.useApp()
  const [query, setQuery] = useState('')
  const [picked, setPicked] = useState<string[]>([])
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const cases = useLoad(() => invoke('cases.list', { query, statuses: ['decided', 'executed', 'closed'], sort: 'filingDate', pageSize: 50 }), [query])

  const submit = async () => {
    setBusy(true)
    setError(null)
    try {
      const rows = await invoke('typical.nominate', { collectionId, caseIds: picked })
      message.success(`已推选 ${rows.length} 件案例，初稿已按案件信息生成`)
      onDone()
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal open title="推选典型案例" okText={`推选${picked.length > 0 ? ` ${picked.length} 件` : ''}`} okButtonProps={{ disabled: picked.length === 0, loading: busy, ...{ 'data-testid': 'nominate-submit' } }} onOk={() => void submit()} onCancel={onClose} width={860} destroyOnHidden>
      <Typography.Paragraph type="secondary">只有已作出处罚决定的案件可以推选。推选后按案件信息生成初稿：当事人和个人信息已脱敏，典型意义由撰写人填写。</Typography.Paragraph>
      <SearchBox testId="nominate-search" placeholder="搜索当事人、文号、案件编号…" value={query} onSearch={setQuery} style={{ marginBottom: 8, maxWidth: 360 }} />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} data-testid="nominate-error" />}
      <Table<CaseRow>
        size="small"
        rowKey="id"
        data-testid="nominate-table"
        dataSource={cases.data?.rows ?? []}
        loading={cases.data === null && !cases.error}
        pagination={false}
        scroll={{ y: 360 }}
        rowSelection={{ selectedRowKeys: picked, onChange: (keys) => setPicked(keys as string[]), getCheckboxProps: (r) => ({ disabled: taken.has(r.id) }) }}
        columns={[
          { key: 'caseNo', dataIndex: 'caseNo', title: '案件编号', width: 110 },
          { key: 'decisionNo', dataIndex: 'decisionNo', title: '决定书文号', width: 180 },
          { key: 'party', dataIndex: 'partyName', title: '当事人', ellipsis: true },
          { key: 'field', title: '领域', width: 110, render: (_v, r) => CASE_FIELDS[r.field] },
          { key: 'fine', title: '罚款（元）', width: 100, align: 'right', render: (_v, r) => (r.fineFen > 0 ? formatYuan(r.fineFen) : '—') },
          { key: 'in', title: '', width: 70, render: (_v, r) => (taken.has(r.id) ? <Typography.Text type="secondary">已在集中</Typography.Text> : null) },
        ]}
      />
    </Modal>
  )
}
