import type { ReactNode } from 'react'
import { Alert, App as AntApp, Form, Modal, type FormInstance } from 'antd'
import type { Seizure } from '../../../../../shared/api/seizure-types'
import { ApiError } from '../../../api/client'
import { useFormSubmit } from '../../../api/use-form-submit'

interface Props<V> {
  title: ReactNode
  okText: string
  danger?: boolean
  width?: number
  form: FormInstance<V>
  initialValues?: Partial<V>
  /** Calls core with the record's current version; resolves with the updated record. */
  submit(values: V): Promise<Seizure>
  /** Core's field paths that the form names differently, e.g. qtyMilli → qty. */
  fieldNames?: Record<string, string>
  /** Shown once the call succeeded. */
  success: string
  /** After a success, with the record core returned. */
  onDone(seizure: Seizure): void
  /** Another window changed the record (CONFLICT): the page loads the newer copy under the open dialog. */
  onStale(): void
  onClose(): void
  testId?: string
  submitTestId?: string
  children: ReactNode
}

const renamed = (err: unknown, names: Record<string, string>): unknown =>
  err instanceof ApiError
    ? new ApiError({ code: err.code, message: err.message, fields: Object.fromEntries(Object.entries(err.fields).map(([k, v]) => [names[k] ?? k, v])) })
    : err

/**
 * One action on a seizure in a modal form. Enter in a one-line field submits, Ctrl+Enter submits from
 * anywhere (a text area too). Field errors from core go under their fields, STATE messages and the rest in a
 * banner; nothing closes until the call succeeds. On CONFLICT the dialog stays open with what was typed
 * while the page reloads, so a second 确定 goes out with the newer version.
 */
export function SeizureDialog<V extends object>(props: Props<V>) {
  const { title, okText, danger, width = 520, form, initialValues, submit, fieldNames = {}, success, onDone, onStale, onClose, testId, submitTestId, children } = props
  const { message } = AntApp.useApp()
  const { busy, banner, run } = useFormSubmit(form)

  const finish = async (values: V) => {
    if (busy) return // Enter pressed again while the call runs
    await run(async () => {
      let saved: Seizure
      try {
        saved = await submit(values)
      } catch (err) {
        if (err instanceof ApiError && err.code === 'CONFLICT') {
          onStale()
          throw new Error(`${err.message}。已载入最新内容，请核对后再提交。`, { cause: err })
        }
        throw renamed(err, fieldNames)
      }
      message.success(success)
      onDone(saved)
    })
  }

  return (
    <Modal
      open
      title={title}
      okText={okText}
      okButtonProps={{ htmlType: 'submit', danger, loading: busy, ...(submitTestId ? { 'data-testid': submitTestId } : {}) }}
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
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 16 }} data-testid="seizure-dialog-error" />}
      {children}
    </Modal>
  )
}
