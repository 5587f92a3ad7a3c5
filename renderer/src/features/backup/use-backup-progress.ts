import { useEffect, useState } from 'react'
import { invoke } from '../../api/client'

const POLL_MS = 300

/**
 * The running backup's percent, asked of core every 300 ms while `active` (a create or restore call is
 * pending). One question at a time: a slow answer is not stacked on by the next tick. A failed poll just
 * keeps the last figure; the pending call itself reports any real failure.
 */
export function useBackupProgress(active: boolean): number {
  const [percent, setPercent] = useState(0)

  useEffect(() => {
    if (!active) return
    let current = true
    let asking = false
    const timer = window.setInterval(() => {
      if (asking) return
      asking = true
      invoke('backup.progress', {})
        .then((p) => current && p.running && setPercent(p.percent))
        .catch(() => undefined)
        .finally(() => {
          asking = false
        })
    }, POLL_MS)
    return () => {
      current = false
      window.clearInterval(timer)
      setPercent(0) // the next run starts from nothing
    }
  }, [active])

  return percent
}
