import { useState } from 'react'
import { Alert, App, Button, Card, Form, Input, Space, Spin, Typography } from 'antd'
import { useNavigate, useParams } from 'react-router'
import dayjs from 'dayjs'
import type { SeizureInput } from '../../../../../shared/api/seizures'
import type { Seizure } from '../../../../../shared/api/seizure-types'
import { ApiError, invoke } from '../../../api/client'
import { applyFieldErrors } from '../../../api/form-errors'
import { useLoad } from '../../../api/use-load'
import { ItemGrid } from '../items/ItemGrid'
import { emptyRow, itemIndexes, rowFromLine, rowsToInput, type ItemRow } from '../items/item-rows'
import { DecisionFields } from './DecisionFields'
import { OfficerFields } from './OfficerFields'
import { PartyFields } from './PartyFields'

// 新建登记 / 更正: one page for both. Header fields live in an antd Form named by the contract's paths (so
// core's field errors land under them); the item lines live in the grid, whose errors are keyed items.N.field.

type HeaderValues = Omit<SeizureInput, 'items'>

const NEW_VALUES: Partial<HeaderValues> = {
  kind: 'detention',
  source: 'inspection',
  officers: [
    { name: '', certNo: '' },
    { name: '', certNo: '' },
  ],
  party: { type: 'enterprise', name: '', idNo: '', legalRep: '', address: '', phone: '' },
}

const headerOf = (s: Seizure): HeaderValues => ({
  kind: s.kind,
  decisionNo: s.decisionNo,
  decisionDate: s.decisionDate,
  place: s.place,
  source: s.source,
  sourceNote: s.sourceNote,
  unit: s.unit,
  officers: s.officers,
  party: { type: s.party.type, name: s.party.name, idNo: s.party.idNo, confirmUnverified: s.party.idUnverified, legalRep: s.party.legalRep, address: s.party.address, phone: s.party.phone },
  notes: s.notes,
})

/** Splits a refusal: item-line errors go to the grid, the rest to the form. */
function splitErrors(err: unknown): { grid: Record<string, string>; rest: unknown } {
  if (!(err instanceof ApiError)) return { grid: {}, rest: err }
  const grid = Object.fromEntries(Object.entries(err.fields).filter(([k]) => k.startsWith('items.')))
  const other = Object.fromEntries(Object.entries(err.fields).filter(([k]) => !k.startsWith('items.')))
  return { grid, rest: new ApiError({ code: err.code, message: err.message, fields: other }) }
}

/** Loads the record to correct (if any), then hands it to the editor, which starts from it. */
export function SeizureFormPage() {
  const { id } = useParams()
  const existing = useLoad(() => (id ? invoke('seizures.get', { id }) : Promise.resolve(null)), [id])
  if (id && !existing.data) {
    return <div style={{ padding: 24 }}>{existing.error ? <Alert type="error" showIcon title={existing.error} /> : <Spin />}</div>
  }
  return <SeizureEditor key={existing.data?.id ?? 'new'} existing={existing.data} />
}

function SeizureEditor({ existing }: { existing: Seizure | null }) {
  const navigate = useNavigate()
  const { message } = App.useApp()
  const [form] = Form.useForm<HeaderValues>()
  const [rows, setRows] = useState<ItemRow[]>(() => (existing ? existing.items.map(rowFromLine) : [emptyRow()]))
  const [gridErrors, setGridErrors] = useState<Record<string, string>>({})
  const [banner, setBanner] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const suggestions = useLoad(() => invoke('seizures.suggestions', {}), [])
  const locations = useLoad(() => invoke('storage.list', { includeVoided: false }), [])

  // Error keys count non-blank rows; once rows are added or emptied in between, they point elsewhere.
  const changeRows = (next: ItemRow[]) => {
    if (itemIndexes(next).join() !== itemIndexes(rows).join()) setGridErrors({})
    setRows(next)
  }

  const save = async () => {
    setBanner(null)
    let header: HeaderValues
    try {
      header = await form.validateFields()
    } catch {
      setBanner('请先改正标红的项目')
      return
    }
    const { items, errors } = rowsToInput(rows)
    setGridErrors(errors)
    if (Object.keys(errors).length > 0) return setBanner(`物品明细有误：${Object.values(errors)[0]}`)
    if (items.length === 0) return setBanner('请至少填写一行物品')
    setBusy(true)
    try {
      const input = { ...header, items }
      const saved = existing
        ? await invoke('seizures.update', { ...input, id: existing.id, version: existing.version })
        : await invoke('seizures.create', input)
      message.success(existing ? '已保存更正' : `已登记，登记号 ${saved.registerNo}`)
      navigate(`/seizures/${saved.id}`, { replace: !!existing })
    } catch (err) {
      const { grid, rest } = splitErrors(err)
      setGridErrors(grid)
      setBanner(applyFieldErrors(form, rest) ?? (Object.keys(grid).length > 0 ? `物品明细有误：${Object.values(grid)[0]}` : null))
    } finally {
      setBusy(false)
    }
  }

  const title = existing ? `更正查扣登记 ${existing.registerNo}` : '新建查扣登记'

  return (
    <div
      style={{ padding: 24 }}
      onKeyDown={(e) => {
        // Ctrl+S saves, as in every office program.
        if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
          e.preventDefault()
          void save()
        }
      }}
    >
      <Typography.Title level={3}>{title}</Typography.Title>
      <Form form={form} layout="vertical" initialValues={existing ? headerOf(existing) : { ...NEW_VALUES, decisionDate: dayjs().format('YYYY-MM-DD') }} requiredMark="optional" disabled={busy}>
        <Card title="决定信息" size="small" style={{ marginBottom: 16 }}>
          <DecisionFields units={suggestions.data?.units ?? []} places={suggestions.data?.places ?? []} />
        </Card>
        <Card title="执法人员（不少于两人）" size="small" style={{ marginBottom: 16 }}>
          <OfficerFields known={suggestions.data?.officers ?? []} />
        </Card>
        <Card title="当事人" size="small" style={{ marginBottom: 16 }}>
          <PartyFields />
        </Card>
        <Card title="物品明细" size="small" style={{ marginBottom: 16 }} extra={<Typography.Text type="secondary">回车到下一格，最后一格回车新起一行；可从 Excel/WPS 复制多行粘贴</Typography.Text>}>
          <ItemGrid rows={rows} onChange={changeRows} errors={gridErrors} locations={locations.data ?? []} />
        </Card>
        <Card title="备注" size="small" style={{ marginBottom: 16 }}>
          <Form.Item name="notes" noStyle>
            <Input.TextArea data-testid="seizure-notes" rows={2} maxLength={1000} />
          </Form.Item>
        </Card>
      </Form>
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 16 }} data-testid="seizure-form-error" />}
      <Space>
        <Button type="primary" onClick={() => void save()} loading={busy} data-testid="seizure-save">
          保存（Ctrl+S）
        </Button>
        <Button onClick={() => navigate(-1)} disabled={busy}>
          取消
        </Button>
      </Space>
    </div>
  )
}
