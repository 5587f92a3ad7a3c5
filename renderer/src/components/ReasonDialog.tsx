// The dialog that asks why before a record is voided, removed or retired: nothing is deleted, the reason stays on record.
import type { ReactNode } from 'react'
import { Form, Input } from 'antd'
import { FormDialog, type FormDialogProps } from './FormDialog'

interface Values {
  reason: string
}

type Props<R> = Omit<FormDialogProps<Values, R>, 'form' | 'initialValues' | 'submit' | 'submitTestId' | 'children'> & {
  /** What the action means here, shown above the reason. */
  intro: ReactNode
  /** 作废原因, 移除原因, 停用原因: the field's label, and the subject of its messages. */
  label: string
  placeholder: string
  /** One line, where Enter submits; otherwise a text area for longer reasons, where Ctrl+Enter submits. */
  oneLine?: boolean
  /** Prefix of the testids: the form itself, `-reason` and `-submit`. */
  testId?: string
  /** Where the reason field's testid predates the prefix. */
  reasonTestId?: string
  submit(reason: string): Promise<R>
}

/** At least 2 characters and at most 200, as core's voidReason checks, so most refusals never leave the form. */
export function ReasonDialog<R = unknown>({ intro, label, placeholder, oneLine, testId, reasonTestId, submit, ...rest }: Props<R>) {
  const [form] = Form.useForm<Values>()
  const field = { autoFocus: true, maxLength: 200, showCount: true, placeholder, 'data-testid': reasonTestId ?? (testId ? `${testId}-reason` : undefined) }
  return (
    <FormDialog<Values, R>
      {...rest}
      form={form}
      initialValues={{ reason: '' }}
      submit={({ reason }) => submit(reason)}
      testId={testId}
      submitTestId={testId ? `${testId}-submit` : undefined}
    >
      {intro}
      <Form.Item
        name="reason"
        label={label}
        rules={[
          { required: true, whitespace: true, message: `请填写${label}` },
          { min: 2, transform: (v: string) => v.trim(), message: `请填写${label}（至少2个字）` },
        ]}
      >
        {oneLine ? <Input {...field} /> : <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} {...field} />}
      </Form.Item>
    </FormDialog>
  )
}
