import type { Ref } from 'react'
import { Input, type InputProps, type InputRef } from 'antd'

// Every password field: the show-password eye can be clicked but is not a Tab stop, so Tab goes from the
// password to the next field or button.
export function PasswordInput(props: Omit<InputProps, 'type'> & { ref?: Ref<InputRef> }) {
  return <Input.Password visibilityToggle={{ tabIndex: -1 }} {...props} />
}
