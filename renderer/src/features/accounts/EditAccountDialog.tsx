import { Alert, Form, Switch } from 'antd'
import type { Account } from '../../../../shared/api/accounts'
import type { Role } from '../../../../shared/domain/roles'
import { invoke } from '../../api/client'
import { FormDialog } from '../../components/FormDialog'
import { useSession } from '../auth/session'
import { NameField, RolesField } from './account-fields'

interface Values {
  name: string
  roles: Role[]
  active: boolean
}

interface Props {
  account: Account
  /** The account is the signed-in user's own. */
  self: boolean
  onClose(): void
}

/** 编辑账号: name, roles and whether the account may log in. */
export function EditAccountDialog({ account, self, onClose }: Props) {
  const { updateSession, signOut } = useSession()
  const [form] = Form.useForm<Values>()

  const save = async (v: Values) => {
    await invoke('accounts.update', { id: account.id, version: account.version, ...v })
    // Core keeps this window's session but reads roles afresh on every call: the shell follows, and a
    // window whose own account was just disabled goes back to the login screen.
    if (self) void invoke('auth.me', {}).then(updateSession, signOut)
  }

  return (
    <FormDialog<Values>
      title={`编辑账号：${account.name}（${account.login}）`}
      okText="保存"
      form={form}
      initialValues={{ name: account.name, roles: account.roles, active: account.active }}
      submit={save}
      success="账号已保存"
      onClose={onClose}
    >
      <NameField />
      <RolesField />
      <Form.Item name="active" label="启用" valuePropName="checked" extra="停用的账号不能登录，可随时重新启用。">
        <Switch checkedChildren="启用" unCheckedChildren="停用" />
      </Form.Item>
      {self && <Alert type="warning" showIcon title="这是您本人的账号：角色的改变立即生效；停用后将立即退出登录。" />}
    </FormDialog>
  )
}
