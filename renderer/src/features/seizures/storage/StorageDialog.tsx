import { FormDialog, type FormDialogProps } from '../../../components/FormDialog'

/** The storage panel's dialogs are a little narrower than the default, with their own banner testid. */
export const storageDialogLook = { width: 480, errorTestId: 'storage-dialog-error' }

/** One storage-location action in a modal form; a name already used goes under the name field. */
export function StorageDialog<V extends object>(props: Omit<FormDialogProps<V>, keyof typeof storageDialogLook>) {
  return <FormDialog<V> {...storageDialogLook} {...props} />
}
