import { useState } from 'react'
import type { FormInstance } from 'antd'
import { applyFieldErrors } from './form-errors'

/**
 * The save half of a form: busy while a call runs; a refusal lands under its fields (by the contract's
 * field paths) or, where no field matches, in `banner`. `run` resolves true when the save succeeded.
 */
export function useFormSubmit(form: FormInstance) {
  const [busy, setBusy] = useState(false)
  const [banner, setBanner] = useState<string | null>(null)

  const run = async (save: () => Promise<void>): Promise<boolean> => {
    setBusy(true)
    setBanner(null)
    try {
      await save()
      return true
    } catch (err) {
      setBanner(applyFieldErrors(form, err))
      return false
    } finally {
      setBusy(false)
    }
  }

  return { busy, banner, setBanner, run }
}
