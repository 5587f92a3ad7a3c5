import { Alert, Button, Card, Typography } from 'antd'
import type { SessionInfo } from '../../../../shared/api/auth'
import { ChangePasswordForm } from './ChangePasswordForm'

/**
 * After a new account or a reset, nothing but this screen: core refuses every other operation until the
 * temporary password is replaced.
 */
interface Props {
  info: SessionInfo
  /** The temporary password just typed at the sign-in; unknown after a reload, when it is asked for. */
  knownPassword?: string
  onDone(info: SessionInfo): void
  onLogout(): void
}

export function ForcedPasswordChange({ info, knownPassword, onDone, onLogout }: Props) {
  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', background: '#f0f2f5' }}>
      <Card style={{ width: 420 }} title="请修改密码">
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={`${info.user.name}，您正在使用管理员设置的临时密码。`}
          description="请设置只有您自己知道的新密码，然后才能继续使用。"
        />
        <ChangePasswordForm onDone={onDone} knownCurrent={knownPassword} />
        <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
          <Button type="link" style={{ padding: 0 }} onClick={onLogout}>
            退出登录
          </Button>
        </Typography.Paragraph>
      </Card>
    </div>
  )
}
