import { Alert, Button, Modal, Typography } from 'antd'
import type { CurrentUser, SessionInfo } from '../../../../shared/api/auth'
import { LoginForm } from './LoginForm'

// The session ended (idle time, or core said so) while a page was open: sign in again over the page, which
// stays as it was — a half-typed form included. The same user carries on where they were; someone else signing
// in starts afresh. The page is veiled meanwhile, so an unattended PC does not show the records.

interface Props {
  user: CurrentUser
  notice: string
  /** The same user signed in again. */
  onSameUser(session: SessionInfo): void
  /** Another user signed in: the window starts afresh for them. */
  onOtherUser(session: SessionInfo, password: string): void
  onLogout(): void
}

export function ReauthDialog({ user, notice, onSameUser, onOtherUser, onLogout }: Props) {
  return (
    <Modal
      open
      title="请重新登录"
      closable={false}
      keyboard={false}
      mask={{ closable: false }}
      footer={null}
      width={400}
      styles={{ mask: { background: 'rgba(240, 242, 245, 0.97)', backdropFilter: 'blur(6px)' } }}
      data-testid="reauth-dialog"
    >
      <Alert type="info" showIcon title={notice} style={{ marginBottom: 16 }} data-testid="reauth-notice" />
      <Typography.Paragraph type="secondary">{user.name}，重新登录后可以接着刚才的工作，已填写的内容都还在。</Typography.Paragraph>
      <LoginForm
        login={user.login}
        submitText="重新登录"
        onLoggedIn={(session, password) => (session.user.id === user.id ? onSameUser(session) : onOtherUser(session, password))}
      />
      <Button type="link" style={{ padding: 0, marginTop: 12 }} onClick={onLogout}>
        退出登录
      </Button>
    </Modal>
  )
}
