import { Form, Typography } from 'antd'
import type { Account } from '../../../../shared/api/accounts'
import { invoke } from '../../api/client'
import { FormDialog } from '../../components/FormDialog'
import { formatTime } from './AccountStatus'

/** 解除锁定: lets a person locked out by wrong passwords log in again before the lock runs out. */
export function UnlockAccountDialog({ account, onClose }: { account: Account; onClose(): void }) {
  const [form] = Form.useForm<object>()
  return (
    <FormDialog<object>
      title={`解除锁定：${account.name}（${account.login}）`}
      okText="确认解除"
      form={form}
      submit={() => invoke('accounts.unlock', { id: account.id, version: account.version })}
      success={`已解除${account.name}的锁定`}
      onClose={onClose}
    >
      <Typography.Paragraph>
        该账号因连续输错密码被锁定{account.lockedUntil ? `至 ${formatTime(account.lockedUntil)}` : ''}。解除后，本人可以立即用原密码登录。
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">如果本人忘记了密码，请改用“重置密码”，重置同时也会解除锁定。</Typography.Paragraph>
    </FormDialog>
  )
}
