import { useEffect, useRef } from 'react'

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const

/**
 * Calls `onIdle` once after `minutes` without keyboard, mouse or touch activity in the window. Core
 * ends the session on its own as well; this makes the screen leave the records at the same time.
 */
export function useIdle(minutes: number, onIdle: () => void): void {
  const callback = useRef(onIdle)
  useEffect(() => {
    callback.current = onIdle
  })

  useEffect(() => {
    let timer = 0
    let last = 0
    const arm = () => {
      window.clearTimeout(timer)
      timer = window.setTimeout(() => callback.current(), minutes * 60_000)
    }
    // Re-arming on every mouse move would be wasteful; once a second is plenty.
    const onActivity = () => {
      const now = Date.now()
      if (now - last < 1000) return
      last = now
      arm()
    }
    arm()
    for (const e of ACTIVITY) window.addEventListener(e, onActivity, { passive: true })
    return () => {
      window.clearTimeout(timer)
      for (const e of ACTIVITY) window.removeEventListener(e, onActivity)
    }
  }, [minutes])
}
