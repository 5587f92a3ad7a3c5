import { Form } from 'antd'
import { PASSWORD_MIN } from '../../../../shared/api/auth'
import { PasswordInput } from '../../components/PasswordInput'

/** New password twice; the second must match. Field names: `next`, `confirm`. */
export function NewPasswordFields({ label = '新密码', autoFocus = false }: { label?: string; autoFocus?: boolean }) {
  return (
    <>
      <Form.Item
        name="next"
        label={label}
        extra={`至少${PASSWORD_MIN}位，不能与登录名相同`}
        rules={[
          { required: true, message: `请填写${label}` },
          { min: PASSWORD_MIN, message: `密码至少${PASSWORD_MIN}位` },
        ]}
      >
        <PasswordInput autoComplete="new-password" autoFocus={autoFocus} />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={`确认${label}`}
        dependencies={['next']}
        rules={[
          { required: true, message: `请再次输入${label}` },
          ({ getFieldValue }) => ({
            validator: (_, v) => (!v || v === getFieldValue('next') ? Promise.resolve() : Promise.reject(new Error('两次输入的密码不一致'))),
          }),
        ]}
      >
        <PasswordInput autoComplete="new-password" />
      </Form.Item>
    </>
  )
}
