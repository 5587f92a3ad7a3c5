import { lazy, Suspense, useEffect, useState } from 'react'
import { App as AntApp, Badge, Button, Layout, Menu, Modal, Space, Spin, Tag, Typography } from 'antd'
import { KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons'
import { Route, Routes, useLocation, useNavigate } from 'react-router'
import { ROLE_LABELS } from '../../../../shared/domain/roles'
import { ChangePasswordForm } from '../auth/ChangePasswordForm'
import { useSession } from '../auth/session'
import { useOverdueCount } from './use-overdue-count'
import { WorkbenchPage } from '../workbench/WorkbenchPage'
import { AreaPlaceholder } from './AreaPlaceholder'
import { AREAS } from './areas'
import { UnsavedChangesGuard, useConfirmLeave } from '../../components/unsaved-changes'

// The start page comes with the shell; every other area is its own chunk, loaded when first opened, so the
// window shows the login screen and 工作台 without parsing and running the code of every area first.
const loadSeizures = () => import('../seizures/SeizuresArea').then((m) => ({ default: m.SeizuresArea }))
const SeizuresArea = lazy(loadSeizures)
const DestructionArea = lazy(() => import('../destruction/DestructionArea').then((m) => ({ default: m.DestructionArea })))
const CasesArea = lazy(() => import('../cases/CasesArea').then((m) => ({ default: m.CasesArea })))
const TypicalArea = lazy(() => import('../typical-cases/TypicalArea').then((m) => ({ default: m.TypicalArea })))
const StationsArea = lazy(() => import('../stations/StationsArea').then((m) => ({ default: m.StationsArea })))
const CampaignsArea = lazy(() => import('../campaigns/CampaignsArea').then((m) => ({ default: m.CampaignsArea })))
const StatisticsArea = lazy(() => import('../statistics/StatisticsArea').then((m) => ({ default: m.StatisticsArea })))
const DocumentsPage = lazy(() => import('../documents/DocumentsPage').then((m) => ({ default: m.DocumentsPage })))
const SettingsPage = lazy(() => import('../settings/SettingsPage').then((m) => ({ default: m.SettingsPage })))

const BUILT: Record<string, React.ReactNode> = {
  '/': <WorkbenchPage />,
  '/seizures': <SeizuresArea />,
  '/destructions': <DestructionArea />,
  '/cases': <CasesArea />,
  '/typical': <TypicalArea />,
  '/stations': <StationsArea />,
  '/campaigns': <CampaignsArea />,
  '/documents': <DocumentsPage />,
  '/stats': <StatisticsArea />,
  '/settings': <SettingsPage />,
}

/** The signed-in frame, with the guard that asks before a changed form is left. */
export function AppShell() {
  // 查扣登记 is where most first clicks go (the menu, the 工作台's links): its code is fetched once the window is
  // idle after sign-in, so that click does not wait for a score of chunks (~150 ms), nor the 工作台 for it.
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 200))
    idle(() => void loadSeizures().catch(() => undefined))
  }, [])
  return (
    <UnsavedChangesGuard>
      <Shell />
    </UnsavedChangesGuard>
  )
}

/** Sidebar of areas, header with agency and user, the area's page. */
function Shell() {
  const { user, info, signOut, updateSession } = useSession()
  const { message } = AntApp.useApp()
  const navigate = useNavigate()
  const location = useLocation()
  const [changingPassword, setChangingPassword] = useState(false)
  const confirmLeave = useConfirmLeave()

  const overdue = useOverdueCount(location.pathname)
  const selected = AREAS.find((a) => a.path !== '/' && location.pathname.startsWith(a.path))?.path ?? '/'

  return (
    <Layout style={{ height: '100vh' }}>
      <Layout.Sider width={188} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
        <div style={{ padding: '18px 20px', fontSize: 18, fontWeight: 600, color: '#1f5fbf' }}>市监台账</div>
        <Menu
          mode="inline"
          selectedKeys={[selected]}
          items={AREAS.map((a) => ({
            key: a.path,
            icon: a.icon,
            label:
              a.path === '/seizures' && overdue > 0 ? (
                <span title={`${overdue} 条查扣记录已超期`}>
                  {a.label} <Badge count={overdue} size="small" data-testid="overdue-badge" />
                </span>
              ) : (
                a.label
              ),
          }))}
          onClick={({ key }) => navigate(key)}
          style={{ borderInlineEnd: 'none' }}
          aria-label="主菜单"
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{ background: '#fff', padding: '0 24px', display: 'flex', justifyContent: 'space-between', alignItems: 'center', borderBottom: '1px solid #f0f0f0' }}
        >
          <Typography.Text strong data-testid="agency-name">
            {info.agencyName}
          </Typography.Text>
          <Space>
            <UserOutlined />
            <span data-testid="current-user">{user.name}</span>
            {user.roles.map((r) => (
              <Tag key={r}>{ROLE_LABELS[r]}</Tag>
            ))}
            <Button icon={<KeyOutlined />} onClick={() => setChangingPassword(true)}>
              修改密码
            </Button>
            <Button icon={<LogoutOutlined />} onClick={() => confirmLeave(signOut)}>
              退出登录
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ overflow: 'auto', background: '#f5f6f8' }}>
          <Suspense fallback={<Spin style={{ display: 'block', margin: '48px auto' }} data-testid="area-loading" />}>
            <Routes>
              {AREAS.map((a) => (
                <Route key={a.path} path={a.path === '/' ? '/' : `${a.path}/*`} element={BUILT[a.path] ?? <AreaPlaceholder area={a} />} />
              ))}
              <Route path="*" element={<WorkbenchPage />} />
            </Routes>
          </Suspense>
        </Layout.Content>
      </Layout>
      <Modal title="修改密码" open={changingPassword} footer={null} onCancel={() => setChangingPassword(false)} destroyOnHidden>
        <ChangePasswordForm
          onCancel={() => setChangingPassword(false)}
          onDone={(session) => {
            setChangingPassword(false)
            updateSession(session)
            message.success('密码已修改')
          }}
        />
      </Modal>
    </Layout>
  )
}
