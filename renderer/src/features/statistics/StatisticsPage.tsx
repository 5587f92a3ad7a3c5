import { useMemo, useState } from 'react'
import { Alert, Button, Card, Flex, Modal, Skeleton, Typography } from 'antd'
import { DownloadOutlined, FileTextOutlined } from '@ant-design/icons'
import { useSearchParams } from 'react-router'
import type { SummaryDocumentKind } from '../../../../shared/domain/documents'
import { periodText, yearBefore } from '../../../../shared/rules/stat-periods'
import { invoke } from '../../api/client'
import { downloadFile } from '../../api/download'
import { useLoad } from '../../api/use-load'
import { todayText } from '../../components/today'
import { RecordDocuments } from '../documents/RecordDocuments'
import { PeriodBar } from './PeriodBar'
import { StatSectionCard } from './StatSectionCard'
import { periodOf, readChoice, writeChoice, type StatChoice } from './stat-params'

// 统计: the period's figures of every area, each beside the same period a year earlier, with charts and tables
// that open the records behind them; the whole page as one workbook; the 工作总结 and 消费维权工作情况 written
// from the same figures.

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export function StatisticsPage() {
  const today = todayText()
  const [sp, setSp] = useSearchParams()
  const choice = useMemo(() => readChoice(sp, today), [sp, today])
  const period = periodOf(choice, today)
  const input = { from: period.from, to: period.to, unit: choice.unit }
  const key = JSON.stringify(input)
  const report = useLoad(() => invoke('stats.report', input), [key])
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [writing, setWriting] = useState(false)
  const change = (patch: Partial<StatChoice>) => setSp(writeChoice({ ...choice, ...patch }), { replace: true })
  const thisLabel = periodText(period)
  const beforeLabel = periodText(yearBefore(period))

  const exportXlsx = async () => {
    setBusy(true)
    setError(null)
    try {
      downloadFile(await invoke('stats.export', input), XLSX)
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
    } finally {
      setBusy(false)
    }
  }

  const kinds: { kind: SummaryDocumentKind; hint: string }[] = [
    { kind: 'work_summary', hint: `${thisLabel}${choice.unit ? `（${choice.unit}）` : ''}：基本情况的数字取自本页，附主要数据统计表和统计图` },
    { kind: 'consumer_summary', hint: `${thisLabel}：服务站、投诉、执法办案和销毁的数字，一页` },
  ]
  const docInput = (kind: SummaryDocumentKind, date: string) => ({ kind, period: input, date })

  return (
    <Flex vertical gap={12} style={{ padding: '16px 24px' }} data-testid="stats-page">
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Flex align="baseline" gap={12}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            统计
          </Typography.Title>
          <Typography.Text type="secondary" data-testid="stat-period">
            {thisLabel}（{period.from} 至 {period.to}）{choice.unit ? ` · ${choice.unit}` : ' · 全局'}，对比上年同期（{beforeLabel}）
          </Typography.Text>
        </Flex>
        <Flex gap={8}>
          <Button icon={<DownloadOutlined />} loading={busy} disabled={!report.data} data-testid="stat-export" onClick={() => void exportXlsx()}>
            导出Excel
          </Button>
          <Button type="primary" icon={<FileTextOutlined />} disabled={!report.data} data-testid="stat-summary" onClick={() => setWriting(true)}>
            生成工作总结
          </Button>
        </Flex>
      </Flex>
      <Card size="small">
        <PeriodBar choice={choice} today={today} units={report.data?.units ?? []} onChange={change} />
      </Card>
      {error && <Alert type="error" showIcon closable title={error} onClose={() => setError(null)} />}
      {report.error && <Alert type="error" showIcon title={report.error} action={<Button size="small" onClick={report.reload}>重试</Button>} />}
      {!report.data && !report.error && <Skeleton active />}
      {report.data?.sections.map((s) => (
        <StatSectionCard key={s.key} s={s} thisLabel={thisLabel} beforeLabel={beforeLabel} />
      ))}
      {writing && (
        <Modal open title="工作总结和消费维权工作情况" width={860} footer={null} onCancel={() => setWriting(false)} destroyOnHidden>
          <RecordDocuments title="文书" prefix="stat" kinds={kinds} preview={(kind, date) => invoke('stats.document.preview', docInput(kind, date))} issue={(kind, date) => invoke('stats.document.issue', docInput(kind, date))} />
        </Modal>
      )}
    </Flex>
  )
}
