import type { Seizure } from '../../../../../shared/api/seizure-types'
import { ApiError } from '../../../api/client'
import { FormDialog, type FormDialogProps } from '../../../components/FormDialog'

type Props<V extends object> = Omit<FormDialogProps<V, Seizure>, 'onDone' | 'mapError' | 'errorTestId'> & {
  /** Core's field paths that the form names differently, e.g. qtyMilli → qty. */
  fieldNames?: Record<string, string>
  /** After a success, with the record core returned. */
  onDone(seizure: Seizure): void
  /** Another window changed the record (CONFLICT): the page loads the newer copy under the open dialog. */
  onStale(): void
}

/**
 * How every dialog on the seizure page shows a refusal. On CONFLICT the dialog stays open with what was
 * typed while the page reloads, so a second 确定 goes out with the newer version.
 */
export const seizureRefusals = (onStale: () => void, fieldNames: Record<string, string> = {}) => ({
  errorTestId: 'seizure-dialog-error',
  mapError(err: unknown): unknown {
    if (!(err instanceof ApiError)) return err
    if (err.code === 'CONFLICT') {
      onStale()
      return new Error(`${err.message}。已载入最新内容，请核对后再提交。`, { cause: err })
    }
    const fields = Object.fromEntries(Object.entries(err.fields).map(([k, v]) => [fieldNames[k] ?? k, v]))
    return new ApiError({ code: err.code, message: err.message, fields })
  },
})

/** One action on a seizure in a modal form: calls core with the record's current version. */
export function SeizureDialog<V extends object>({ fieldNames, onStale, ...rest }: Props<V>) {
  return <FormDialog<V, Seizure> {...rest} {...seizureRefusals(onStale, fieldNames)} />
}
