import { useState } from 'react'
import { Alert, Button, Flex, Table, Typography } from 'antd'
import { DownloadOutlined } from '@ant-design/icons'
import dayjs from 'dayjs'
import type { ArchivedDocument } from '../../../../shared/api/documents'
import { DOCUMENT_KIND_LABELS } from '../../../../shared/domain/documents'
import { invoke } from '../../api/client'
import { useLoad } from '../../api/use-load'
import { downloadDocx, errorText } from './docx-file'

// 存档: every generated document, exactly as it was generated, with its SHA-256 for checking a copy.
// The page mounts this tab afresh each time it is opened, so the list is always current.

const sizeText = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`

export function ArchiveTab() {
  const { data: rows, error } = useLoad(() => invoke('documents.archive.list', {}), [])
  const [banner, setBanner] = useState<string | null>(null)
  const [downloading, setDownloading] = useState<string | null>(null)

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

  return (
    <Flex vertical gap={16}>
      {(banner ?? error) && <Alert type="error" showIcon title={banner ?? error} />}
      <Table<ArchivedDocument>
        rowKey="id"
        size="small"
        loading={rows === null && !error}
        dataSource={rows ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: '还没有生成过文书' }}
        columns={[
          { title: '标题', dataIndex: 'title' },
          { title: '文书种类', dataIndex: 'kind', render: (k: ArchivedDocument['kind']) => DOCUMENT_KIND_LABELS[k] ?? k },
          { title: '生成时间', dataIndex: 'createdAt', render: (t: string) => dayjs(t).format('YYYY-MM-DD HH:mm') },
          { title: '生成人', dataIndex: 'createdByName' },
          { title: '大小', dataIndex: 'sizeBytes', align: 'right', render: sizeText },
          {
            title: 'SHA-256',
            dataIndex: 'sha256',
            render: (hash: string) => (
              <Typography.Text code copyable={{ text: hash, tooltips: ['复制完整校验值', '已复制'] }} title={hash}>
                {hash.slice(0, 12)}
              </Typography.Text>
            ),
          },
          {
            title: '操作',
            key: 'download',
            render: (_: unknown, doc) => (
              <Button size="small" icon={<DownloadOutlined />} loading={downloading === doc.id} onClick={() => void download(doc)}>
                下载
              </Button>
            ),
          },
        ]}
      />
    </Flex>
  )
}
