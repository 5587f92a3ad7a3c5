import { useEffect, useState, type DependencyList } from 'react'

export interface Loaded<T> {
  /** The last result; kept while a reload runs. */
  data: T | null
  /** The last load's failure, in Chinese; null after a success. */
  error: string | null
  /** Loads again (e.g. to discard edits). */
  reload(): void
  /** Replaces the data with a newer copy, e.g. what a save returned. */
  setData(data: T): void
}

/**
 * Runs `load` when the component mounts and whenever `deps` change, and keeps its result. An answer that
 * arrives after the component moved on (unmounted, or deps changed again) is dropped.
 */
export function useLoad<T>(load: () => Promise<T>, deps: DependencyList): Loaded<T> {
  const [data, setData] = useState<T | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [loads, setLoads] = useState(0)

  useEffect(() => {
    let current = true
    load().then(
      (result) => {
        if (!current) return
        setData(result)
        setError(null)
      },
      (err: unknown) => current && setError(err instanceof Error ? err.message : String(err)),
    )
    return () => {
      current = false
    }
    // The caller lists what `load` depends on; `load` itself is a new function on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, loads])

  return { data, error, reload: () => setLoads((n) => n + 1), setData }
}
