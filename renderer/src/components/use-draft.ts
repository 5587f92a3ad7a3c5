import { useEffect, useRef, useState } from 'react'

// A new record's form, kept as the clerk types in this browser's storage (per user, never sent anywhere), so a
// reload, a crash or a lost session does not lose it. Offered back when the form is opened again; gone once the
// record is saved or the draft is thrown away.

export interface Draft<T> {
  values: T
  savedAt: string
}

const PREFIX = 'taizhang.draft.'
const SAVE_PAUSE_MS = 400

function write<T>(key: string, values: T): void {
  try {
    window.localStorage.setItem(PREFIX + key, JSON.stringify({ values, savedAt: new Date().toISOString() } satisfies Draft<T>))
  } catch {
    // Storage full or disabled: the form still works, only without a draft.
  }
}

function read<T>(key: string): Draft<T> | null {
  try {
    const raw = window.localStorage.getItem(PREFIX + key)
    return raw ? (JSON.parse(raw) as Draft<T>) : null
  } catch {
    return null // a draft from an older form that no longer parses is not offered
  }
}

export interface DraftControl<T> {
  /** The draft found when the form opened, until restored or thrown away. */
  offered: Draft<T> | null
  /** Keeps these values as the draft (after a short pause in typing). */
  keep(values: T): void
  /** Restoring or throwing away the offer closes it. */
  closeOffer(): void
  /** The record was saved, or the clerk threw the draft away. */
  clear(): void
}

export function useDraft<T>(key: string | null): DraftControl<T> {
  const [offered, setOffered] = useState<Draft<T> | null>(() => (key ? read<T>(key) : null))
  const timer = useRef<number | undefined>(undefined)
  // Values waiting for the pause to end: written at once if the page goes away first.
  const pending = useRef<{ key: string; values: T } | null>(null)

  useEffect(() => {
    const flush = () => {
      window.clearTimeout(timer.current)
      if (pending.current) write(pending.current.key, pending.current.values)
      pending.current = null
    }
    window.addEventListener('pagehide', flush)
    return () => {
      window.removeEventListener('pagehide', flush)
      flush()
    }
  }, [])

  return {
    offered,
    keep: (values) => {
      if (!key) return
      pending.current = { key, values }
      window.clearTimeout(timer.current)
      timer.current = window.setTimeout(() => {
        pending.current = null
        write(key, values)
      }, SAVE_PAUSE_MS)
    },
    closeOffer: () => setOffered(null),
    clear: () => {
      window.clearTimeout(timer.current)
      pending.current = null
      if (key) window.localStorage.removeItem(PREFIX + key)
      setOffered(null)
    },
  }
}
