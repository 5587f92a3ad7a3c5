import { isIsoDate } from '../../../shared/rules/chinese-date'

// Reading a list's state back from its URL query: anything unreadable is dropped rather than refused, so an old
// bookmark or a hand-edited link still opens the list.

export const textParam = (sp: URLSearchParams, key: string, max: number): string => (sp.get(key) ?? '').trim().slice(0, max)

/** Both `status=a,b` and `status=a&status=b`; unknown values and repeats dropped. */
export function listParam<T extends string>(sp: URLSearchParams, key: string, known: Record<T, string>): T[] {
  const values = sp.getAll(key).flatMap((v) => v.split(','))
  return [...new Set(values.filter((v): v is T => Object.hasOwn(known, v)))]
}

/** One value of a known set, or null. */
export function oneOfParam<T extends string>(sp: URLSearchParams, key: string, known: Record<T, string>): T | null {
  const v = sp.get(key)
  return v !== null && Object.hasOwn(known, v) ? (v as T) : null
}

export const dateParam = (sp: URLSearchParams, key: string): string | null => {
  const v = sp.get(key)
  return v && isIsoDate(v) ? v : null
}

export const positiveIntParam = (v: string | null): number => (v && /^\d{1,6}$/.test(v) ? Number(v) : 0)
