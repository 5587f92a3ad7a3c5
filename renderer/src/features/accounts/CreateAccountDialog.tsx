import { Alert, Form, Input } from 'antd'
import type { Role } from '../../../../shared/domain/roles'
import { invoke } from '../../api/client'
import { FormDialog } from '../../components/FormDialog'
import { NameField, PasswordFields, RolesField } from './account-fields'

interface Values {
  login: string
  name: string
  roles: Role[]
  password: string
  confirm: string
}

/** 新建账号: login name, name, roles and an initial password the person changes at first login. */
export function CreateAccountDialog({ onClose }: { onClose(): void }) {
  const [form] = Form.useForm<Values>()
  return (
    <FormDialog<Values>
      title="新建账号"
      okText="创建账号"
      form={form}
      initialValues={{ roles: ['clerk'] }}
      submit={({ login, name, roles, password }) => invoke('accounts.create', { login, name, roles, password })}
      success="账号已创建"
      onClose={onClose}
    >
      <Form.Item
        name="login"
        label="登录名"
        rules={[{ required: true, whitespace: true, message: '请填写登录名' }]}
        extra="2–32位字母、数字或 _ . -，创建后不能修改。"
      >
        <Input maxLength={32} autoComplete="off" />
      </Form.Item>
      <NameField />
      <RolesField />
      <PasswordFields label="初始密码" />
      <Alert type="info" showIcon title="请把初始密码当面告知本人。本人首次登录时须改为自己的密码。" />
    </FormDialog>
  )
}
