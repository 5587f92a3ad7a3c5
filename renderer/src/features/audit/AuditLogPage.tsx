import { useState } from 'react'
import { Alert, App as AntApp, Button, Card, Flex } from 'antd'
import { FileExcelOutlined } from '@ant-design/icons'
import { invoke } from '../../api/client'
import { downloadFile, MIME } from '../../api/download'
import { useLoad } from '../../api/use-load'
import { AuditFilters, type AuditFilter } from './AuditFilters'
import { AUDIT_PAGE_SIZE, AuditTable } from './AuditTable'
import { AuditVerifyCard } from './AuditVerifyCard'

// 审计日志 (administrators): browse the append-only log by user, day, record type and action, export what
// is shown to Excel, and check the hash chain.

interface Query {
  filter: AuditFilter
  page: number
}

export function AuditLogPage() {
  const { message } = AntApp.useApp()
  // A new object on every 查询, so querying again with the same filter loads again (new entries).
  const [query, setQuery] = useState<Query>({ filter: {}, page: 1 })
  const loaded = useLoad(
    async () => ({ query, result: await invoke('audit.list', { filter: query.filter, page: query.page, pageSize: AUDIT_PAGE_SIZE }) }),
    [query],
  )
  const loading = loaded.data?.query !== query && !loaded.error
  const [exporting, setExporting] = useState(false)
  const [banner, setBanner] = useState<string | null>(null)

  const exportXlsx = async () => {
    setExporting(true)
    setBanner(null)
    try {
      const file = await invoke('audit.export', { filter: query.filter })
      downloadFile(file, MIME.xlsx)
      message.success(`已导出 ${file.rows} 条审计记录：${file.fileName}`)
    } catch (err) {
      setBanner(err instanceof Error ? err.message : String(err))
    } finally {
      setExporting(false)
    }
  }

  const error = banner ?? loaded.error
  return (
    <Flex vertical gap={16}>
      <AuditVerifyCard />
      <Card size="small">
        <Flex justify="space-between" align="start" gap={12}>
          <AuditFilters busy={loading} onSearch={(filter) => setQuery({ filter, page: 1 })} />
          <Button icon={<FileExcelOutlined />} onClick={() => void exportXlsx()} loading={exporting}>
            导出 Excel
          </Button>
        </Flex>
      </Card>
      {error && <Alert type="error" showIcon title={error} />}
      <AuditTable
        entries={loaded.data?.result.entries ?? []}
        total={loaded.data?.result.total ?? 0}
        capped={loaded.data?.result.capped ?? false}
        page={query.page}
        loading={loading}
        onPage={(page) => setQuery({ ...query, page })}
      />
    </Flex>
  )
}
