import { useState } from 'react'
import { Alert, App as AntApp, Button, Card, Flex, Select, Typography } from 'antd'
import { FileExcelOutlined } from '@ant-design/icons'
import type { Campaign } from '../../../../shared/api/campaign-types'
import type { CampaignDocumentKind } from '../../../../shared/domain/documents'
import { invoke } from '../../api/client'
import { downloadFile, MIME } from '../../api/download'
import { useCan } from '../auth/can'
import { RecordDocuments } from '../documents/RecordDocuments'

// 文书 of a campaign: 活动方案 (with the 任务分解表), 活动情况统计表 (.docx here, .xlsx below) and 活动总结 — of the
// whole bureau (the units' sum) or of one unit.

const KINDS: { kind: CampaignDocumentKind; hint: string }[] = [
  { kind: 'campaign_plan', hint: '活动方案，附任务分解表（序号、具体工作安排、责任科室、配合部门、负责人、负责领导）' },
  { kind: 'campaign_stat_form', hint: '活动情况统计表：按统计表项目逐项填写已报送的数字' },
  { kind: 'campaign_summary', hint: '活动总结：活动概况、统计数字和各项工作开展情况' },
]

export function CampaignDocuments({ campaign: c }: { campaign: Campaign }) {
  const can = useCan()
  const { message } = AntApp.useApp()
  const [unit, setUnit] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const options = [{ value: '', label: '全局（各单位合计）' }, ...c.units.map((u) => ({ value: u, label: u }))]

  const xlsx = async () => {
    setBusy(true)
    setProblem(null)
    try {
      const file = await invoke('campaigns.statForm.xlsx', { id: c.id, unit })
      downloadFile(file, MIME.xlsx)
      message.success(`已下载：${file.fileName}`)
    } catch (err) {
      setProblem(err instanceof Error ? err.message : String(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Flex vertical gap={12}>
      <Card size="small">
        <Flex align="center" gap={12} wrap>
          <label htmlFor="campaign-doc-unit">填报单位</label>
          <Select id="campaign-doc-unit" data-testid="campaign-doc-unit" value={unit} onChange={setUnit} options={options} style={{ width: 260 }} />
          <Button icon={<FileExcelOutlined />} loading={busy} onClick={() => void xlsx()} data-testid="campaign-xlsx">
            下载统计表（Excel）
          </Button>
          <Typography.Text type="secondary">统计表和活动总结按所选单位的数字生成；“全局”为各已报送单位的合计。</Typography.Text>
        </Flex>
        {problem && <Alert type="error" showIcon closable={{ onClose: () => setProblem(null) }} title={problem} style={{ marginTop: 12 }} data-testid="campaign-xlsx-error" />}
      </Card>
      <RecordDocuments
        title={unit ? `专项行动文书（${unit}）` : '专项行动文书'}
        prefix="campaign"
        kinds={KINDS}
        mayIssue={c.voided === null && can('campaigns.document.issue')}
        preview={(kind, date) => invoke('campaigns.document.preview', { id: c.id, kind, date, unit })}
        issue={(kind, date) => invoke('campaigns.document.issue', { id: c.id, kind, date, unit })}
      />
    </Flex>
  )
}
