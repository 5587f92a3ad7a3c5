import type { ReactNode } from 'react'
import { Alert, App as AntApp, Form, Modal, type FormInstance } from 'antd'
import { useFormSubmit } from '../../api/use-form-submit'

interface Props<V> {
  title: string
  /** The confirm button's text, e.g. 确认作废. */
  okText: string
  danger?: boolean
  form: FormInstance<V>
  initialValues?: Partial<V>
  /** Calls core; a refusal keeps the dialog open with the error shown. */
  submit(values: V): Promise<unknown>
  /** Shown once the call succeeded. */
  success: string
  /** On cancel and after a success: the page closes the dialog and reloads the list. */
  onClose(): void
  children: ReactNode
}

/**
 * One account action in a modal form. Field errors from core go under their fields, anything else
 * (已被他人修改, 至少要保留一个启用的管理员账号…) in a banner; nothing closes until the call succeeds.
 */
export function AccountDialog<V extends object>({ title, okText, danger, form, initialValues, submit, success, onClose, children }: Props<V>) {
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
      maskClosable={false}
      width={520}
      styles={{ body: { paddingTop: 8 } }}
      destroyOnHidden
      modalRender={(dom) => (
        <Form<V> form={form} layout="vertical" initialValues={initialValues} onFinish={(v) => void finish(v)} autoComplete="off">
          {dom}
        </Form>
      )}
    >
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 16 }} />}
      {children}
    </Modal>
  )
}
