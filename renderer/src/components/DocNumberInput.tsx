import { useLayoutEffect, useRef, type Ref } from 'react'
import { Input, type InputProps, type InputRef } from 'antd'
import { fixDocumentNumberBrackets } from '../../../shared/rules/document-number'

// The one 文号 field of every form: [2026], (2026), 【2026】 … become 〔2026〕, full-width digits ordinary ones and
// blanks go, as the clerk types, so what is saved is what the box shows (Enter or Ctrl+S right after typing
// included). The caret stays where the clerk is typing.

export interface DocNumberInputProps extends Omit<InputProps, 'value' | 'onChange'> {
  value?: string
  onChange?(value: string): void
  /** The form's own ref (Form.Item passes one to focus the field in error). */
  ref?: Ref<InputRef>
}

export function DocNumberInput({ value, onChange, ref: outer, ...rest }: DocNumberInputProps) {
  const ref = useRef<InputRef>(null)
  const both = (r: InputRef | null) => {
    ref.current = r
    if (typeof outer === 'function') outer(r)
    else if (outer) outer.current = r
  }
  const caret = useRef<number | null>(null)

  useLayoutEffect(() => {
    const input = ref.current?.input
    if (caret.current === null || !input || document.activeElement !== input) return
    input.setSelectionRange(caret.current, caret.current)
    caret.current = null
  })

  return (
    <Input
      maxLength={60}
      autoComplete="off"
      {...rest}
      ref={both}
      value={value ?? ''}
      onChange={(e) => {
        const typed = e.target.value
        const fixed = fixDocumentNumberBrackets(typed)
        if (fixed !== typed) {
          // Only blanks are removed; the other changes keep the length. Count what went before the caret.
          const at = e.target.selectionStart ?? typed.length
          caret.current = at - (typed.slice(0, at).length - fixDocumentNumberBrackets(typed.slice(0, at)).length)
        }
        onChange?.(fixed)
      }}
    />
  )
}
