import { useMemo, useState } from 'react'
import { Alert, App, Button, Card, Form, Input, Space, Spin, Typography } from 'antd'
import { useLocation, useNavigate, useParams } from 'react-router'
import type { SeizureInput } from '../../../../../shared/api/seizures'
import type { Seizure } from '../../../../../shared/api/seizure-types'
import { ApiError, invoke } from '../../../api/client'
import { applyFieldErrors } from '../../../api/form-errors'
import { focusFirstError, useFocusErrorWhenIdle } from '../../../api/use-form-submit'
import { useLoad } from '../../../api/use-load'
import { useUnsavedChanges } from '../../../components/unsaved-changes'
import { useDraft } from '../../../components/use-draft'
import { todayText } from '../../../components/today'
import { useSession } from '../../auth/session'
import { uploadAttachments } from '../attachments/use-add-attachments'
import { ItemGrid } from '../items/ItemGrid'
import { emptyRow, itemIndexes, rowFromLine, rowsToInput, type ItemRow } from '../items/item-rows'
import { DecisionFields } from './DecisionFields'
import { DraftOffer } from './DraftOffer'
import { OfficerFields } from './OfficerFields'
import { PartyFields } from './PartyFields'
import { PendingPhotos } from './PendingPhotos'

// 新建登记 / 更正: one page for both. Header fields live in an antd Form named by the contract's paths (so
// core's field errors land under them); the item lines live in the grid, whose errors are keyed items.N.field.
// Nothing typed is lost: leaving asks first, and a new record's form is kept as a draft in this browser.

type HeaderValues = Omit<SeizureInput, 'items'>
export interface SeizureDraft {
  header: Partial<HeaderValues>
  rows: ItemRow[]
}

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
  const location = useLocation()
  const { user } = useSession()
  const { message } = App.useApp()
  const [form] = Form.useForm<HeaderValues>()
  const draft = useDraft<SeizureDraft>(existing ? null : `seizure.new.${user.id}`)
  const [rows, setRows] = useState<ItemRow[]>(() => (existing ? existing.items.map(rowFromLine) : [emptyRow()]))
  const [gridErrors, setGridErrors] = useState<Record<string, string>>({})
  const [banner, setBanner] = useState<{ text: string; aboutFields: boolean } | null>(null)
  const [busy, setBusy] = useState(false)
  const [dirty, setDirty] = useState(false)
  const [photos, setPhotos] = useState<File[]>([])
  const [reason, setReason] = useState('')
  const guard = useUnsavedChanges(dirty || photos.length > 0)
  const focusError = useFocusErrorWhenIdle(form, busy)

  const suggestions = useLoad(() => invoke('seizures.suggestions', {}), [])
  const locations = useLoad(() => invoke('storage.list', { includeVoided: false }), [])
  // Lines with live outcomes cannot be removed (core refuses it): no delete button for them.
  const lockedRows = useMemo(() => new Set((existing?.items ?? []).filter((l) => l.remainingMilli < l.qtyMilli).map((l) => l.id)), [existing])

  const changed = (nextRows: ItemRow[]) => {
    setDirty(true)
    draft.keep({ header: form.getFieldsValue(true) as Partial<HeaderValues>, rows: nextRows })
  }

  // Error keys count non-blank rows; once rows are added or emptied in between, they point elsewhere. After a
  // refused save the grid is checked again as the clerk corrects it, and its banner goes once it is right.
  const changeRows = (next: ItemRow[]) => {
    if (itemIndexes(next).join() !== itemIndexes(rows).join()) setGridErrors({})
    else if (Object.keys(gridErrors).length > 0) setGridErrors(rowsToInput(next).errors)
    setRows(next)
    changed(next)
  }

  const clearFixedBanner = () => {
    if (banner?.aboutFields && !form.getFieldsError().some((f) => f.errors.length > 0) && Object.keys(gridErrors).length === 0) setBanner(null)
  }

  const save = async () => {
    setBanner(null)
    let header: HeaderValues
    try {
      header = await form.validateFields()
    } catch {
      setBanner({ text: '请先改正标红的项目', aboutFields: true })
      focusFirstError(form)
      return
    }
    const { items, errors } = rowsToInput(rows)
    setGridErrors(errors)
    if (Object.keys(errors).length > 0) return setBanner({ text: `物品明细有误：${Object.values(errors)[0]}`, aboutFields: true })
    if (items.length === 0) return setBanner({ text: '请至少填写一行物品', aboutFields: false })
    setBusy(true)
    try {
      const input = { ...header, items }
      const saved = existing
        ? await invoke('seizures.update', { ...input, id: existing.id, version: existing.version, reason })
        : await invoke('seizures.create', input)
      guard.release()
      draft.clear()
      const upload = photos.length > 0 ? await uploadAttachments(saved.id, photos, null) : null
      message.success(existing ? '已保存更正' : `已登记，登记号 ${saved.registerNo}${upload?.added ? `，已添加 ${upload.added} 个照片或扫描件` : ''}`)
      if (upload && upload.refused.length > 0) message.warning(`以下文件未能添加，请在记录页重新添加：${upload.refused.join('；')}`, 10)
      // The form leaves history: Back (and 返回列表) from the record goes where the clerk came from, not to a blank form.
      navigate(`/seizures/${saved.id}`, { replace: true })
    } catch (err) {
      const { grid, rest } = splitErrors(err)
      setGridErrors(grid)
      const text = applyFieldErrors(form, rest) ?? (Object.keys(grid).length > 0 ? `物品明细有误：${Object.values(grid)[0]}` : null)
      setBanner(text === null ? null : { text, aboutFields: false })
      focusError()
    } finally {
      setBusy(false)
    }
  }

  const cancel = () => (location.key === 'default' ? navigate('/seizures') : navigate(-1))
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
      {draft.offered && (
        <DraftOffer
          savedAt={draft.offered.savedAt}
          onRestore={() => {
            const { header, rows: saved } = draft.offered!.values
            form.setFieldsValue(header as HeaderValues)
            setRows(saved.length > 0 ? saved : [emptyRow()])
            draft.closeOffer()
            setDirty(true)
          }}
          onDiscard={() => draft.clear()}
        />
      )}
      <Form
        form={form}
        layout="vertical"
        initialValues={existing ? headerOf(existing) : { ...NEW_VALUES, decisionDate: todayText() }}
        requiredMark="optional"
        disabled={busy}
        onValuesChange={() => changed(rows)}
        onFieldsChange={clearFixedBanner}
      >
        <Card title="决定信息" size="small" style={{ marginBottom: 16 }}>
          <DecisionFields units={suggestions.data?.units ?? []} places={suggestions.data?.places ?? []} autoFocus={!existing} />
        </Card>
        <Card title="执法人员（不少于两人）" size="small" style={{ marginBottom: 16 }}>
          <OfficerFields known={suggestions.data?.officers ?? []} />
        </Card>
        <Card title="当事人" size="small" style={{ marginBottom: 16 }}>
          <PartyFields />
        </Card>
        <Card title="物品明细" size="small" style={{ marginBottom: 16 }} extra={<Typography.Text type="secondary">回车到下一格，最后一格回车新起一行；可从 Excel/WPS 复制多行粘贴</Typography.Text>}>
          <ItemGrid rows={rows} onChange={changeRows} errors={gridErrors} locations={locations.data ?? []} disabledRows={lockedRows} />
        </Card>
        <Card title="备注" size="small" style={{ marginBottom: 16 }}>
          <Form.Item name="notes" noStyle>
            <Input.TextArea data-testid="seizure-notes" rows={2} maxLength={1000} />
          </Form.Item>
        </Card>
      </Form>
      {!existing && <PendingPhotos files={photos} onChange={setPhotos} disabled={busy} />}
      {existing && (
        <Card title="更正原因（可不填）" size="small" style={{ marginBottom: 16 }}>
          <Input
            data-testid="seizure-correction-reason"
            maxLength={200}
            placeholder="如：数量录入有误，按现场笔录更正"
            value={reason}
            disabled={busy}
            onChange={(e) => {
              setReason(e.target.value)
              setDirty(true)
            }}
          />
        </Card>
      )}
      {banner && <Alert type="error" showIcon title={banner.text} style={{ marginBottom: 16 }} data-testid="seizure-form-error" />}
      <Space>
        <Button type="primary" onClick={() => void save()} loading={busy} data-testid="seizure-save">
          保存（Ctrl+S）
        </Button>
        <Button onClick={cancel} disabled={busy} data-testid="seizure-cancel">
          取消
        </Button>
      </Space>
    </div>
  )
}
