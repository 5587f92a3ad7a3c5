import type { FormInstance } from 'antd'
import { ApiError } from './client'

const hasPath = (values: unknown, path: (string | number)[]): boolean =>
  path.reduce<{ ok: boolean; v: unknown }>(
    (acc, key) => (acc.ok && acc.v !== null && typeof acc.v === 'object' && key in acc.v ? { ok: true, v: (acc.v as Record<string, unknown>)[key] } : { ok: false, v: undefined }),
    { ok: true, v: values },
  ).ok

/**
 * Puts a refused call's field messages on the matching form items (the contract's field paths are the
 * form's names). Returns a message for a banner when some of the error matched no field, else null.
 */
export function applyFieldErrors(form: FormInstance, err: unknown): string | null {
  if (!(err instanceof ApiError)) return err instanceof Error ? err.message : String(err)
  const values: unknown = form.getFieldsValue(true)
  // A list's index is a number in antd's name paths (witnesses.0.name → ['witnesses', 0, 'name']): a string '0'
  // names no field of a Form.List.
  const entries = Object.entries(err.fields).map(([path, message]) => ({ name: path.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)), message }))
  const placed = entries.filter(({ name }) => hasPath(values, name))
  form.setFields(placed.map(({ name, message }) => ({ name, errors: [message] })))
  return placed.length > 0 && placed.length === entries.length ? null : err.message
}
