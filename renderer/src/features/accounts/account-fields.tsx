import { Checkbox, Form, Input } from 'antd'
import { PASSWORD_MIN } from '../../../../shared/api/auth'
import { ROLE_LABELS, ROLES } from '../../../../shared/domain/roles'
import { PasswordInput } from '../../components/PasswordInput'

// Form items shared by the account dialogs. Names are the contract's field names, so core's field
// errors land under them.

const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))

export function RolesField() {
  return (
    <Form.Item
      name="roles"
      label="角色"
      rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一个角色' }]}
      extra="一人可同时担任多个角色。"
    >
      <Checkbox.Group options={ROLE_OPTIONS} />
    </Form.Item>
  )
}

export function NameField() {
  return (
    <Form.Item name="name" label="姓名" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
      <Input maxLength={20} />
    </Form.Item>
  )
}

/** A new password typed twice; only `password` is sent. */
export function PasswordFields({ label }: { label: string }) {
  return (
    <>
      <Form.Item
        name="password"
        label={label}
        rules={[{ required: true, message: `请填写${label}` }]}
        extra={`至少${PASSWORD_MIN}位，不能与登录名相同。`}
      >
        <PasswordInput maxLength={128} autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label="确认密码"
        dependencies={['password']}
        rules={[
          { required: true, message: '请再次输入密码' },
          ({ getFieldValue }) => ({
            validator: (_, value: string | undefined) =>
              !value || value === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error('两次输入的密码不一致')),
          }),
        ]}
      >
        <PasswordInput maxLength={128} autoComplete="new-password" />
      </Form.Item>
    </>
  )
}
