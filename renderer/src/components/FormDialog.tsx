// The modal form behind every "fill in and confirm" dialog, so busy, errors and keys work the same in each.
import type { ReactNode } from 'react'
import { Alert, App as AntApp, Form, Modal, type FormInstance } from 'antd'
import { useFormSubmit } from '../api/use-form-submit'

export interface FormDialogProps<V extends object, R = unknown> {
  title: ReactNode
  /** The confirm button's text, e.g. 确认作废. */
  okText: string
  danger?: boolean
  /** Keeps the confirm button off until the form says so, e.g. until a confirmation word is typed. */
  okDisabled?: boolean
  /** 520 unless the form needs more or less room. */
  width?: number
  form: FormInstance<V>
  initialValues?: Partial<V>
  /** Calls core; a refusal keeps the dialog open with the error shown. */
  submit(values: V): Promise<R>
  /** Shown once the call succeeded; left out where the caller words it from the result. */
  success?: string
  /** After a success, with what core returned; without it the dialog just closes. */
  onDone?(result: R): void
  /** On cancel, and after a success when there is no onDone. */
  onClose(): void
  /**
   * Sees a refusal before it is shown and returns what to show: field paths renamed to the form's, or a
   * CONFLICT explained once the caller has started a reload.
   */
  mapError?(err: unknown): unknown
  testId?: string
  submitTestId?: string
  errorTestId?: string
  children: ReactNode
}

/**
 * Enter in a one-line field submits, Ctrl+Enter submits from anywhere (a text area too). Field errors from
 * core go under their fields, anything else in a banner; nothing closes until the call succeeds.
 */
export function FormDialog<V extends object, R = unknown>(props: FormDialogProps<V, R>) {
  const { title, okText, danger, okDisabled, width = 520, form, initialValues, submit, success, onDone, onClose, mapError } = props
  const { testId, submitTestId, errorTestId, children } = props
  const { message } = AntApp.useApp()
  const { busy, banner, run, formProps } = useFormSubmit(form)

  const finish = async (values: V) => {
    if (busy) return // Enter pressed again while the call runs
    await run(async () => {
      let result: R
      try {
        result = await submit(values)
      } catch (err) {
        throw mapError ? mapError(err) : err
      }
      if (success) message.success(success)
      if (onDone) onDone(result)
      else onClose()
    })
  }

  return (
    <Modal
      open
      title={title}
      okText={okText}
      okButtonProps={{ htmlType: 'submit', danger, disabled: okDisabled && !busy, loading: busy, ...(submitTestId ? { 'data-testid': submitTestId } : {}) }}
      cancelButtonProps={{ disabled: busy }}
      onCancel={() => !busy && onClose()}
      mask={{ closable: false }}
      width={width}
      styles={{ body: { paddingTop: 8 } }}
      destroyOnHidden
      modalRender={(dom) => (
        <Form<V>
          form={form}
          layout="vertical"
          initialValues={initialValues}
          onFinish={(v) => void finish(v)}
          {...formProps}
          autoComplete="off"
          data-testid={testId}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !busy) {
              e.preventDefault()
              form.submit()
            }
          }}
        >
          {dom}
        </Form>
      )}
    >
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 16 }} data-testid={errorTestId} />}
      {children}
    </Modal>
  )
}
