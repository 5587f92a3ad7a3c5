import { useCallback, useEffect, useRef, useState } from 'react'
import type { FormInstance, FormProps } from 'antd'
import { applyFieldErrors } from './form-errors'
import { useUnsavedChanges } from '../components/unsaved-changes'

/** Scrolls to the first field in error and puts the cursor in it. */
export function focusFirstError(form: FormInstance): void {
  const first = form.getFieldsError().find((f) => f.errors.length > 0)
  if (first) form.scrollToField(first.name, { block: 'center', focus: true })
}

/**
 * focusFirstError once the form takes input again: a refusal arrives while the form is disabled for the save,
 * and a disabled field cannot take the cursor.
 */
export function useFocusErrorWhenIdle(form: FormInstance, busy: boolean): () => void {
  const wanted = useRef(false)
  useEffect(() => {
    if (busy || !wanted.current) return
    wanted.current = false
    focusFirstError(form)
  }, [busy, form])
  return () => {
    wanted.current = true
  }
}

/**
 * The save half of a form: busy while a call runs; a refusal lands under its fields (by the contract's field
 * paths) and the first of them is scrolled to and focused, or, where no field matches, in `banner`. `dirty`
 * says the user changed something since the form was last shown or saved; `formProps` go on the <Form>: they
 * track that, bring the first field in error into view when the form's own rules refuse a save, and take a
 * banner that was about fields away once those fields are fixed. While dirty, leaving the page asks first
 * (components/unsaved-changes.tsx). `run` resolves true when the save succeeded; a save that navigates away
 * itself calls `release()` first.
 */
export function useFormSubmit(form: FormInstance) {
  const [busy, setBusy] = useState(false)
  const [banner, setBannerState] = useState<{ text: string; aboutFields: boolean } | null>(null)
  const [dirty, setDirty] = useState(false)
  const guard = useUnsavedChanges(dirty)
  const markClean = useCallback(() => setDirty(false), [])
  const focusError = useFocusErrorWhenIdle(form, busy)

  const setBanner = (text: string | null, aboutFields = false) => setBannerState(text === null ? null : { text, aboutFields })

  /** `saves: false` for a call that keeps nothing (a preview): the form stays changed. */
  const run = async (save: () => Promise<void>, { saves = true } = {}): Promise<boolean> => {
    setBusy(true)
    setBannerState(null)
    try {
      await save()
      if (saves) setDirty(false)
      return true
    } catch (err) {
      const text = applyFieldErrors(form, err)
      setBannerState(text === null ? null : { text, aboutFields: false })
      focusError()
      return false
    } finally {
      setBusy(false)
    }
  }

  const formProps: Pick<FormProps, 'onValuesChange' | 'onFieldsChange' | 'scrollToFirstError'> = {
    onValuesChange: () => setDirty(true),
    onFieldsChange: () => {
      if (banner?.aboutFields && !form.getFieldsError().some((f) => f.errors.length > 0)) setBannerState(null)
    },
    scrollToFirstError: { block: 'center', focus: true },
  }

  return {
    busy,
    banner: banner?.text ?? null,
    setBanner,
    run,
    dirty,
    release: guard.release,
    /** The form now shows what is saved (loaded, reloaded or discarded). */
    markClean,
    formProps,
  }
}
