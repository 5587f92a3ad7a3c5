import { useState } from 'react'
import { Alert, App as AntApp, Button, Flex, Space, Switch, Table, Tag, Tooltip, Typography } from 'antd'
import { DownloadOutlined, StopOutlined } from '@ant-design/icons'
import type { ArchivedDocument } from '../../../../shared/api/documents'
import { DOCUMENT_KIND_LABELS } from '../../../../shared/domain/documents'
import { invoke } from '../../api/client'
import { useLoad } from '../../api/use-load'
import { RecordHistoryButton } from '../audit/RecordHistory'
import { useCan } from '../auth/can'
import { downloadDocx, errorText } from './docx-file'
import { VoidDocumentModal } from './VoidDocumentModal'
import { formatLocalTime } from '../../../../shared/rules/local-time'

// 存档: every generated document, exactly as it was generated, with its SHA-256 for checking a copy.
// A wrong document is voided (审核领导), never deleted; voided ones are listed on request.
// The page mounts this tab afresh each time it is opened, so the list is always current.

const sizeText = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`
const timeText = (t: string): string => formatLocalTime(t)

function StatusTag({ voided }: { voided: ArchivedDocument['voided'] }) {
  if (!voided) return <Tag color="green">有效</Tag>
  return (
    <Tooltip title={`作废原因：${voided.reason}（${voided.byName}，${timeText(voided.at)}）`}>
      <Tag color="red">已作废</Tag>
    </Tooltip>
  )
}

export function ArchiveTab() {
  const { message } = AntApp.useApp()
  const can = useCan()
  const [includeVoided, setIncludeVoided] = useState(false)
  const { data: rows, error, setData: setRows } = useLoad(() => invoke('documents.archive.list', { includeVoided }), [includeVoided])
  const [banner, setBanner] = useState<string | null>(null)
  const [downloading, setDownloading] = useState<string | null>(null)
  const [voiding, setVoiding] = useState<ArchivedDocument | null>(null)

  const download = async (doc: ArchivedDocument) => {
    setDownloading(doc.id)
    setBanner(null)
    try {
      downloadDocx(await invoke('documents.archive.get', { id: doc.id }))
    } catch (err) {
      setBanner(errorText(err))
    } finally {
      setDownloading(null)
    }
  }

  const voided = (doc: ArchivedDocument) => {
    setVoiding(null)
    setRows((rows ?? []).flatMap((r) => (r.id !== doc.id ? [r] : includeVoided ? [doc] : [])))
    message.success(`已作废：${doc.title}`)
  }

  return (
    <Flex vertical gap={16}>
      <Space>
        <Switch id="archive-include-voided" size="small" checked={includeVoided} onChange={setIncludeVoided} />
        <label htmlFor="archive-include-voided">显示已作废</label>
      </Space>
      {(banner ?? error) && <Alert type="error" showIcon title={banner ?? error} />}
      <Table<ArchivedDocument>
        data-testid="archive-table"
        rowKey="id"
        size="small"
        loading={rows === null && !error}
        dataSource={rows ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: '还没有生成过文书' }}
        columns={[
          { title: '标题', dataIndex: 'title' },
          { title: '文书种类', dataIndex: 'kind', width: 100, render: (k: ArchivedDocument['kind']) => DOCUMENT_KIND_LABELS[k] ?? k },
          { title: '生成时间', dataIndex: 'createdAt', width: 140, render: timeText },
          { title: '生成人', dataIndex: 'createdByName', width: 80 },
          { title: '大小', dataIndex: 'sizeBytes', width: 80, align: 'right', render: sizeText },
          {
            title: 'SHA-256',
            dataIndex: 'sha256',
            width: 160,
            render: (hash: string) => (
              <Typography.Text code copyable={{ text: hash, tooltips: ['复制完整校验值', '已复制'] }} title={hash}>
                {hash.slice(0, 12)}
              </Typography.Text>
            ),
          },
          { title: '状态', key: 'status', width: 72, render: (_: unknown, doc) => <StatusTag voided={doc.voided} /> },
          {
            title: '操作',
            key: 'actions',
            width: 260,
            render: (_: unknown, doc) => (
              <Space size={6} wrap>
                <Button size="small" icon={<DownloadOutlined />} loading={downloading === doc.id} onClick={() => void download(doc)}>
                  下载
                </Button>
                <RecordHistoryButton recordType="document" recordId={doc.id} title={doc.title} />
                {!doc.voided && can('documents.archive.void') && (
                  <Button size="small" danger icon={<StopOutlined />} onClick={() => setVoiding(doc)}>
                    作废
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {voiding && <VoidDocumentModal doc={voiding} onClose={() => setVoiding(null)} onVoided={voided} />}
    </Flex>
  )
}
