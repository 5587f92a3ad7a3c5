import { useEffect, useRef, useState } from 'react'
import { Alert, Button, Spin, Tabs, Typography } from 'antd'
import { useNavigate, useParams, useSearchParams } from 'react-router'
import type { Campaign } from '../../../../shared/api/campaign-types'
import { invoke } from '../../api/client'
import { useLoad } from '../../api/use-load'
import { ReasonDialog } from '../../components/ReasonDialog'
import { CampaignDialog } from './CampaignDialog'
import { CampaignDocuments } from './CampaignDocuments'
import { CampaignHeader } from './CampaignHeader'
import { ItemsTab } from './ItemsTab'
import { LinksTab } from './LinksTab'
import { ReportsOverview } from './ReportsOverview'
import { TasksTab } from './TasksTab'

// #/campaigns/<id>: one campaign — its facts, then 填报情况 (each unit's report and the bureau's totals), 任务分解,
// 统计表项目, 关联记录 (seizures and destruction batches) and 文书. The open tab is kept in the address (?tab=),
// so coming back from a unit's report lands where the clerk was.

const TABS = { reports: '填报情况', tasks: '任务分解', items: '统计表项目', links: '关联记录', documents: '文书' } as const
type TabKey = keyof typeof TABS
const isTab = (k: string | null): k is TabKey => k !== null && Object.hasOwn(TABS, k)

export function CampaignPage() {
  const { id = '' } = useParams()
  const navigate = useNavigate()
  const [searchParams, setSearchParams] = useSearchParams()
  const tabParam = searchParams.get('tab')
  const tab: TabKey = isTab(tabParam) ? tabParam : 'reports'
  const loaded = useLoad(() => invoke('campaigns.get', { id }), [id])
  const [dialog, setDialog] = useState<'edit' | 'void' | null>(null)
  const c = loaded.data?.id === id ? loaded.data : null
  // Units report from their own PCs meanwhile: a tab opened again reads the campaign afresh (the last one shown
  // until then), so 填报情况 never shows a unit as unreported that has sent.
  const { reload } = loaded
  const shown = useRef(tab)
  useEffect(() => {
    if (shown.current === tab) return
    shown.current = tab
    reload()
  }, [tab, reload])

  if (!c) {
    return (
      <div style={{ padding: 24 }}>
        {loaded.error ? <Alert type="error" showIcon title={loaded.error} action={<Button onClick={() => navigate('/campaigns')}>返回列表</Button>} /> : <Spin />}
      </div>
    )
  }

  const set = (next: Campaign) => loaded.setData(next)
  const live = c.status === 'open' && c.voided === null
  const content = (k: TabKey) => {
    switch (k) {
      case 'reports':
        return <ReportsOverview campaign={c} />
      case 'tasks':
        return <TasksTab campaign={c} live={live} onChanged={set} onStale={loaded.reload} />
      case 'items':
        return <ItemsTab campaign={c} live={live} onSaved={set} onStale={loaded.reload} />
      case 'links':
        return <LinksTab campaign={c} live={live} onChanged={set} />
      case 'documents':
        return <CampaignDocuments campaign={c} />
    }
  }

  return (
    <div style={{ padding: '12px 24px 24px' }} data-testid="campaign-page">
      <CampaignHeader campaign={c} onEdit={() => setDialog('edit')} onVoid={() => setDialog('void')} onChanged={set} onStale={loaded.reload} />
      {loaded.error && <Alert type="error" showIcon title={loaded.error} style={{ marginBottom: 12 }} />}
      <Tabs
        activeKey={tab}
        onChange={(k) => setSearchParams(k === 'reports' ? {} : { tab: k }, { replace: true })}
        // Only the open tab is mounted.
        items={(Object.keys(TABS) as TabKey[]).map((k) => ({
          key: k,
          label: k === 'tasks' ? `${TABS[k]}（${c.tasks.filter((t) => !t.voided).length}）` : k === 'links' ? `${TABS[k]}（${c.links.length}）` : TABS[k],
          children: k === tab ? content(k) : null,
        }))}
      />
      {dialog === 'edit' && (
        <CampaignDialog
          campaign={c}
          onStale={loaded.reload}
          onClose={() => setDialog(null)}
          onDone={(next) => {
            set(next)
            setDialog(null)
          }}
        />
      )}
      {dialog === 'void' && (
        <ReasonDialog<Campaign>
          title={`作废专项行动：${c.name}`}
          intro={<Typography.Paragraph>作废后本活动不再出现在列表和工作台中；各单位的填报、任务和关联记录仍保留备查。已锁定的活动不能作废。</Typography.Paragraph>}
          label="作废原因"
          placeholder="例如：重复建立，以 2027-ZX-02 为准"
          okText="确认作废"
          danger
          success="已作废"
          submit={(reason) => invoke('campaigns.void', { id: c.id, version: c.version, reason })}
          testId="campaign-void-dialog"
          onDone={(next) => {
            set(next)
            setDialog(null)
          }}
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  )
}
