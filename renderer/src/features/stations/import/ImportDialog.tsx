import { useRef, useState } from 'react'
import { Alert, Button, Checkbox, Flex, Modal, Progress, Select, Space, Switch, Table, Tag, Typography } from 'antd'
import { DownloadOutlined, FileExcelOutlined } from '@ant-design/icons'
import type { ImportOutcome, ImportPreview, ImportResult, ImportRow } from '../../../../../shared/api/station-import-types'
import { STATION_SHEET_FIELD_KEYS, stationFieldLabel, type StationSheetField } from '../../../../../shared/domain/stations'
import { invoke } from '../../../api/client'
import { blobToBase64 } from '../../../api/file-read'
import { downloadFile, MIME } from '../../../api/download'

// 导入表格: the user picks an .xlsx or .csv; it is read (progress shown) and checked in core with nothing written;
// the preview shows which column feeds which field (changeable: checked again at once) and every row's result with
// the message at its column; warned rows are confirmed one by one or all at once; then the valid rows are
// imported in one go — or, in strict mode, nothing unless all are valid — and the rows left out can be
// downloaded with the reason beside each.

const OUTCOME: Record<ImportOutcome, [string, string]> = { new: ['新增', 'green'], warning: ['需确认', 'orange'], existing: ['已有', 'default'], invalid: ['有误', 'red'] }

interface Picked {
  fileName: string
  base64: string
}

export function ImportDialog({ onClose, onImported }: { onClose(): void; onImported(): void }) {
  const input = useRef<HTMLInputElement>(null)
  const [picked, setPicked] = useState<Picked | null>(null)
  const [progress, setProgress] = useState<{ percent: number; text: string } | null>(null)
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const [mapping, setMapping] = useState<(StationSheetField | null)[] | null>(null)
  const [accepted, setAccepted] = useState<number[]>([])
  const [acceptAll, setAcceptAll] = useState(false)
  const [strict, setStrict] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [result, setResult] = useState<ImportResult | null>(null)

  const check = async (file: Picked, map: (StationSheetField | null)[] | null) => {
    setError(null)
    setProgress({ percent: 100, text: '正在逐行检查…' })
    try {
      const p = await invoke('stations.import.check', { ...file, mapping: map })
      setPreview(p)
      setMapping(p.columns.map((c) => c.field))
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
    } finally {
      setProgress(null)
    }
  }

  const pick = async (file: File) => {
    setResult(null)
    setPreview(null)
    setAccepted([])
    setAcceptAll(false)
    setError(null)
    setProgress({ percent: 0, text: '正在读取文件…' })
    try {
      const base64 = await blobToBase64(file, (f) => setProgress({ percent: Math.round(f * 100), text: '正在读取文件…' }))
      const next = { fileName: file.name, base64 }
      setPicked(next)
      await check(next, null)
    } catch (err) {
      setProgress(null)
      setError(err instanceof Error ? err.message : String(err))
    }
  }

  const commit = async () => {
    if (!picked) return
    setBusy(true)
    setError(null)
    try {
      const r = await invoke('stations.import.commit', { ...picked, mapping, strict, acceptWarnings: acceptAll ? 'all' : accepted })
      setResult(r)
      onImported()
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
    } finally {
      setBusy(false)
    }
  }

  const counts = preview?.counts
  const toImport = counts ? counts.new + (acceptAll ? counts.warning : accepted.length) : 0
  const leftOut = counts ? counts.invalid + counts.warning - (acceptAll ? counts.warning : accepted.length) : 0

  return (
    <Modal
      open
      title="导入服务站表格"
      width={1100}
      onCancel={onClose}
      destroyOnHidden
      footer={
        result ? (
          <Button type="primary" onClick={onClose} data-testid="import-close">
            完成
          </Button>
        ) : (
          <Space>
            <Button onClick={onClose}>取消</Button>
            <Button type="primary" loading={busy} disabled={!preview || preview.problem !== null || toImport === 0 || (strict && leftOut > 0)} onClick={() => void commit()} data-testid="import-commit">
              {strict && leftOut > 0 ? `严格模式：还有 ${leftOut} 行未通过` : `导入 ${toImport} 个服务站`}
            </Button>
          </Space>
        )
      }
    >
      <input
        ref={input}
        type="file"
        accept=".xlsx,.csv,.xls"
        style={{ display: 'none' }}
        data-testid="import-file"
        onChange={(e) => {
          const f = e.target.files?.[0]
          e.target.value = ''
          if (f) void pick(f)
        }}
      />
      <Flex gap={12} align="center" style={{ marginBottom: 12 }}>
        <Button icon={<FileExcelOutlined />} onClick={() => input.current?.click()} disabled={busy || progress !== null} data-testid="import-pick">
          {picked ? '另选文件' : '选择文件（.xlsx 或 .csv）'}
        </Button>
        {picked && <Typography.Text>{picked.fileName}</Typography.Text>}
        {progress && <Progress percent={progress.percent} status="active" style={{ width: 280 }} format={() => progress.text} data-testid="import-progress" />}
      </Flex>
      {!preview && !progress && (
        <Typography.Paragraph type="secondary">
          可以导入 Excel 或 WPS 保存的 .xlsx，以及 UTF-8 或 GBK 编码的 .csv。表头可以在标题行下面；按表头的中文名称自动对应字段，对应不对时可以在预览中修改。已登记的服务站（统一社会信用代码相同，或名称和地址相同）不会重复登记。
        </Typography.Paragraph>
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="import-error" />}
      {result && (
        <Alert
          type={result.failed > 0 ? 'warning' : 'success'}
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="import-result"
          title={`已导入 ${result.added} 个服务站；已有 ${result.existing} 个未重复登记；${result.failed} 行未导入`}
          action={
            result.errorSheet && (
              <Button icon={<DownloadOutlined />} onClick={() => downloadFile(result.errorSheet!, MIME.xlsx)} data-testid="import-error-sheet">
                下载未导入的行
              </Button>
            )
          }
        />
      )}
      {preview && !result && (
        <>
          <Flex gap={16} align="center" wrap style={{ marginBottom: 8 }} data-testid="import-counts">
            <Typography.Text>表头在第 {preview.headerRow} 行</Typography.Text>
            {(Object.keys(OUTCOME) as ImportOutcome[]).map((o) => (
              <Tag key={o} color={OUTCOME[o][1]}>
                {OUTCOME[o][0]} {preview.counts[o]}
              </Tag>
            ))}
            {preview.counts.warning > 0 && (
              <Checkbox checked={acceptAll} onChange={(e) => setAcceptAll(e.target.checked)} data-testid="import-accept-all">
                全部确认需确认的行（统一社会信用代码校验位不符）
              </Checkbox>
            )}
            <Space>
              <Switch checked={strict} onChange={setStrict} data-testid="import-strict" />
              <Typography.Text>严格模式（全部有效才导入）</Typography.Text>
            </Space>
          </Flex>
          {preview.problem && <Alert type="warning" showIcon title={preview.problem} style={{ marginBottom: 8 }} data-testid="import-problem" />}
          <Typography.Text strong>列对应</Typography.Text>
          <Flex gap={8} wrap style={{ margin: '6px 0 12px' }} data-testid="import-mapping">
            {preview.columns.map((c) => (
              <Flex key={c.index} vertical style={{ width: 150 }}>
                <Typography.Text type="secondary" ellipsis title={c.header}>
                  {c.letter}列 {c.header || '（无表头）'}
                </Typography.Text>
                <Select
                  size="small"
                  data-testid={`import-map-${c.letter}`}
                  value={mapping?.[c.index] ?? ''}
                  onChange={(v: string) => {
                    const next = [...(mapping ?? preview.columns.map((x) => x.field))]
                    // One column per field: choosing it here frees the column that had it.
                    for (let i = 0; i < next.length; i++) if (v && next[i] === v) next[i] = null
                    next[c.index] = (v || null) as StationSheetField | null
                    setMapping(next)
                    if (picked) void check(picked, next)
                  }}
                  options={[{ value: '', label: '（不导入）' }, ...STATION_SHEET_FIELD_KEYS.map((f) => ({ value: f, label: stationFieldLabel(f) }))]}
                />
              </Flex>
            ))}
          </Flex>
          <Table<ImportRow>
            size="small"
            rowKey="rowNo"
            data-testid="import-rows"
            dataSource={preview.rows}
            pagination={{ pageSize: 50, showSizeChanger: false, showTotal: (t) => `共 ${t} 行` }}
            scroll={{ y: 360 }}
            columns={[
              { key: 'rowNo', dataIndex: 'rowNo', title: '行', width: 56 },
              { key: 'name', title: '服务站名称', width: 200, ellipsis: true, render: (_v, r) => r.values.name ?? '' },
              { key: 'unit', title: '监管所', width: 150, ellipsis: true, render: (_v, r) => r.values.unit ?? '' },
              {
                key: 'outcome',
                title: '结果',
                width: 150,
                render: (_v, r) => (
                  <Space size={4}>
                    <Tag color={OUTCOME[r.outcome][1]} data-testid="import-outcome">
                      {OUTCOME[r.outcome][0]}
                    </Tag>
                    {r.outcome === 'warning' && (
                      <Checkbox
                        checked={acceptAll || accepted.includes(r.rowNo)}
                        disabled={acceptAll}
                        onChange={(e) => setAccepted((a) => (e.target.checked ? [...a, r.rowNo] : a.filter((x) => x !== r.rowNo)))}
                        data-testid={`import-accept-${r.rowNo}`}
                      >
                        确认
                      </Checkbox>
                    )}
                  </Space>
                ),
              },
              {
                key: 'issues',
                title: '问题',
                render: (_v, r) =>
                  r.existing ? (
                    <Typography.Text type="secondary">已登记为 {r.existing.stationNo}（{r.existing.by}），不重复登记</Typography.Text>
                  ) : (
                    r.issues.map((i, n) => (
                      <div key={n}>
                        <Typography.Text type={i.level === 'error' ? 'danger' : 'warning'}>
                          {i.column ? `${i.column}列（${i.header}）：` : ''}
                          {i.message}
                        </Typography.Text>
                      </div>
                    ))
                  ),
              },
            ]}
          />
        </>
      )}
    </Modal>
  )
}
