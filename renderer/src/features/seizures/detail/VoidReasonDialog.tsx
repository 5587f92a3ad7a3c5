import type { ReactNode } from 'react'
import { Form, Input } from 'antd'
import type { Seizure } from '../../../../../shared/api/seizure-types'
import { SeizureDialog } from './SeizureDialog'

// 作废 with a reason: the record itself, one outcome, or one testing period. Nothing is deleted; the reason,
// who and when stay on record and in 修改记录.

interface Values {
  reason: string
}

interface Props {
  title: string
  /** What voiding means here, shown above the reason. */
  children: ReactNode
  placeholder: string
  success: string
  submit(reason: string): Promise<Seizure>
  onDone(seizure: Seizure): void
  onStale(): void
  onClose(): void
  testId: string
}

export function VoidReasonDialog({ title, children, placeholder, success, submit, onDone, onStale, onClose, testId }: Props) {
  const [form] = Form.useForm<Values>()
  return (
    <SeizureDialog<Values>
      title={title}
      okText="确认作废"
      danger
      form={form}
      initialValues={{ reason: '' }}
      submit={({ reason }) => submit(reason)}
      success={success}
      onDone={onDone}
      onStale={onStale}
      onClose={onClose}
      testId={testId}
      submitTestId={`${testId}-submit`}
    >
      {children}
      <Form.Item name="reason" label="作废原因" rules={[{ required: true, whitespace: true, message: '请填写作废原因' }, { min: 2, message: '请填写作废原因（至少2个字）' }]}>
        <Input autoFocus maxLength={200} showCount placeholder={placeholder} data-testid={`${testId}-reason`} />
      </Form.Item>
    </SeizureDialog>
  )
}
