import { Form, Typography } from 'antd'
import type { Account } from '../../../../shared/api/accounts'
import { invoke } from '../../api/client'
import { FormDialog } from '../../components/FormDialog'
import { PasswordFields } from './account-fields'

interface Values {
  password: string
  confirm: string
}

/** 重置密码: a temporary password the person must change at next login; also lifts a lock. */
export function ResetPasswordDialog({ account, onClose }: { account: Account; onClose(): void }) {
  const [form] = Form.useForm<Values>()
  return (
    <FormDialog<Values>
      title={`重置密码：${account.name}（${account.login}）`}
      okText="确认重置"
      form={form}
      submit={({ password }) => invoke('accounts.resetPassword', { id: account.id, version: account.version, password })}
      success={`已重置${account.name}的密码`}
      onClose={onClose}
    >
      <Typography.Paragraph>
        设一个临时密码并当面告知本人。本人下次登录时须改为自己的密码。重置同时解除账号锁定，该账号已登录的窗口会退出登录。
      </Typography.Paragraph>
      <PasswordFields label="临时密码" />
    </FormDialog>
  )
}
