import { Button, Result, Tabs, Typography } from 'antd'
import { useLocation, useNavigate } from 'react-router'
import type { OpName } from '../../../../shared/api'
import { AccountsPage } from '../accounts/AccountsPage'
import { AuditLogPage } from '../audit/AuditLogPage'
import { BackupPage } from '../backup/BackupPage'
import { HolidaysPage } from '../holidays/HolidaysPage'
import { CaseSettingsCard } from '../cases/settings/CaseSettingsCard'
import { TypicalSettingsCard } from '../typical-cases/TypicalSettingsCard'
import { StationSettingsCard } from '../stations/settings/StationSettingsCard'
import { useCan } from '../auth/can'
import { AboutCard } from './AboutCard'
import { AgencyProfileCard } from './AgencyProfileCard'
import { DocumentFontsCard } from './DocumentFontsCard'
import { SecurityCard } from './SecurityCard'

// 设置: one tab per sub-route of /settings, so a tab can be linked to and survives a reload.

type TabKey = 'profile' | 'holidays' | 'cases' | 'typical' | 'stations' | 'accounts' | 'security' | 'audit' | 'backup'

interface TabDef {
  key: TabKey
  label: string
  /** The operation the tab is for; without it the tab is hidden and its address answers 403. */
  needs?: OpName
  forbidden?: string
}

const TABS: TabDef[] = [
  { key: 'profile', label: '机关信息' },
  { key: 'holidays', label: '节假日' },
  { key: 'cases', label: '处罚案件' },
  { key: 'typical', label: '典型案例' },
  { key: 'stations', label: '服务站' },
  { key: 'accounts', label: '账号管理', needs: 'accounts.list', forbidden: '只有管理员可以管理账号。' },
  { key: 'security', label: '安全设置', needs: 'settings.security.update', forbidden: '只有管理员可以修改安全设置。' },
  { key: 'audit', label: '审计日志', needs: 'audit.list', forbidden: '只有管理员可以查看审计日志。' },
  { key: 'backup', label: '备份与恢复', needs: 'backup.list', forbidden: '只有管理员可以备份和恢复数据。' },
]

const pathOf = (key: TabKey): string => (key === 'profile' ? '/settings' : `/settings/${key}`)

/** The tab named by the address: /settings/accounts → accounts; /settings or anything unknown → profile. */
function tabOf(pathname: string): TabDef {
  const segment = pathname.replace(/^\/settings\/?/, '').split('/')[0]
  return TABS.find((t) => t.key === segment) ?? TABS[0]!
}

export function SettingsPage() {
  const can = useCan()
  const navigate = useNavigate()
  const { pathname } = useLocation()
  const active = tabOf(pathname)
  const allowed = (t: TabDef) => !t.needs || can(t.needs)

  const content = (key: TabKey) => {
    switch (key) {
      case 'profile':
        return (
          <div style={{ maxWidth: 760 }}>
            <AgencyProfileCard canEdit={can('settings.update')} />
            <DocumentFontsCard canEdit={can('documents.fonts.update')} />
            <AboutCard />
          </div>
        )
      case 'holidays':
        return <HolidaysPage />
      case 'cases':
        return <CaseSettingsCard />
      case 'typical':
        return <TypicalSettingsCard />
      case 'stations':
        return <StationSettingsCard />
      case 'accounts':
        return <AccountsPage />
      case 'security':
        return (
          <div style={{ maxWidth: 760 }}>
            <SecurityCard />
          </div>
        )
      case 'audit':
        return <AuditLogPage />
      case 'backup':
        return <BackupPage />
    }
  }

  return (
    <div style={{ padding: 24, maxWidth: 1100 }}>
      <Typography.Title level={4}>设置</Typography.Title>
      {allowed(active) ? (
        <Tabs
          activeKey={active.key}
          onChange={(k) => navigate(pathOf(k as TabKey))}
          // Only the open tab is mounted: opening a tab loads it afresh, as opening a page would.
          items={TABS.filter(allowed).map((t) => ({ key: t.key, label: t.label, children: t.key === active.key ? content(t.key) : null }))}
        />
      ) : (
        <Result
          status="403"
          title="无权访问"
          subTitle={active.forbidden}
          extra={
            <Button type="primary" onClick={() => navigate('/settings')}>
              返回设置
            </Button>
          }
        />
      )}
    </div>
  )
}
