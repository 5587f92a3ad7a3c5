import { useState } from 'react'
import { DatePicker, Form, type DatePickerProps } from 'antd'

/**
 * A dialog's date field: Enter with the calendar closed submits the dialog like any other field (antd would
 * open the calendar instead); with the calendar open, Enter picks the typed date as usual. No clear button
 * unless asked for (an optional date): it would sit in the Tab order between this field and the next.
 */
export function DateInput(props: DatePickerProps) {
  const form = Form.useFormInstance()
  const [open, setOpen] = useState(false)
  return (
    <DatePicker
      format="YYYY-MM-DD"
      allowClear={false}
      {...props}
      onOpenChange={(o) => {
        setOpen(o)
        props.onOpenChange?.(o)
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && !open && !e.ctrlKey && !e.metaKey) {
          e.preventDefault()
          form.submit()
        }
      }}
    />
  )
}
