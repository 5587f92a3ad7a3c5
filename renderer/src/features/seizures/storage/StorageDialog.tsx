import type { ReactNode } from 'react'
import { Alert, App as AntApp, Form, Modal, type FormInstance } from 'antd'
import { useFormSubmit } from '../../../api/use-form-submit'

interface Props<V> {
  title: string
  okText: string
  danger?: boolean
  form: FormInstance<V>
  initialValues?: Partial<V>
  /** Calls core; a refusal keeps the dialog open with the error shown. */
  submit(values: V): Promise<unknown>
  /** Shown once the call succeeded. */
  success: string
  /** On cancel and after a success: the panel closes the dialog and reloads the list. */
  onClose(): void
  testId: string
  children: ReactNode
}

/**
 * One storage-location action in a modal form. A name already used goes under the name field; anything
 * else (已被他人修改, 请先停用其下的货架…) in a banner; nothing closes until the call succeeds.
 */
export function StorageDialog<V extends object>({ title, okText, danger, form, initialValues, submit, success, onClose, testId, children }: Props<V>) {
  const { message } = AntApp.useApp()
  const { busy, banner, run } = useFormSubmit(form)

  const finish = async (values: V) => {
    await run(async () => {
      await submit(values)
      message.success(success)
      onClose()
    })
  }

  return (
    <Modal
      open
      title={title}
      okText={okText}
      okButtonProps={{ htmlType: 'submit', danger, loading: busy }}
      cancelButtonProps={{ disabled: busy }}
      onCancel={() => !busy && onClose()}
      mask={{ closable: false }}
      width={480}
      styles={{ body: { paddingTop: 8 } }}
      destroyOnHidden
      modalRender={(dom) => (
        <Form<V> form={form} layout="vertical" initialValues={initialValues} onFinish={(v) => void finish(v)} autoComplete="off" data-testid={testId}>
          {dom}
        </Form>
      )}
    >
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 16 }} data-testid="storage-dialog-error" />}
      {children}
    </Modal>
  )
}
