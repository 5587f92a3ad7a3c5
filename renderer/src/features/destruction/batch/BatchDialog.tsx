import type { Batch } from '../../../../../shared/api/destruction-types'
import { ApiError } from '../../../api/client'
import { FormDialog, type FormDialogProps } from '../../../components/FormDialog'
import { batchFieldErrors } from '../destruction-format'

type Props<V extends object> = Omit<FormDialogProps<V, Batch>, 'onDone' | 'mapError' | 'errorTestId'> & {
  /** Core's field path endings the form names differently, e.g. destroyedMilli → qty. */
  rename?: Record<string, string>
  onDone(batch: Batch): void
  /** Another window changed the batch (CONFLICT): the page loads the newer copy under the open dialog. */
  onStale(): void
}

/** One step on a batch in a modal form, sent with the version read; on CONFLICT the page reloads under it. */
export function BatchDialog<V extends object>({ rename, onStale, ...rest }: Props<V>) {
  return (
    <FormDialog<V, Batch>
      {...rest}
      errorTestId="batch-dialog-error"
      mapError={(err) => {
        if (err instanceof ApiError && err.code === 'CONFLICT' && Object.keys(err.fields).length === 0) {
          onStale()
          return new Error(`${err.message}。已载入最新内容，请核对后再提交。`, { cause: err })
        }
        return batchFieldErrors(err, rename)
      }}
    />
  )
}
