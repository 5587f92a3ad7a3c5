import { useEffect, useRef } from 'react'
import { invoke } from '../../api/client'

// The window is in use while someone types, clicks, scrolls or moves the mouse in it. Typing in a form sends
// nothing to core, so the window tells core it is in use (auth.touch) at most once a minute — more often only
// when the idle time itself is under two minutes, so that a session set to 1 minute survives steady typing.
// After the idle time without any of it, `onIdle` runs once.

// `input` too: text committed by a pinyin IME arrives without a keydown of its own.
const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'input', 'wheel', 'touchstart', 'scroll'] as const
const REPORT_EVERY_MS = 60_000

/** How often activity is reported to core for a given idle time: once a minute, or twice per idle time when shorter. */
export const reportInterval = (idleMinutes: number): number => Math.min(REPORT_EVERY_MS, (idleMinutes * 60_000) / 2)

export function useActivity(idleMinutes: number, onIdle: () => void, paused = false): void {
  const callback = useRef(onIdle)
  useEffect(() => {
    callback.current = onIdle
  })

  useEffect(() => {
    if (paused) return
    let timer = 0
    let lastArmed = 0
    let lastReported = Date.now()
    const interval = reportInterval(idleMinutes)
    const arm = () => {
      window.clearTimeout(timer)
      timer = window.setTimeout(() => callback.current(), idleMinutes * 60_000)
    }
    const onActivity = () => {
      const now = Date.now()
      if (now - lastReported >= interval) {
        lastReported = now
        // A refusal (the session already ended in core) reaches the window through invoke's session listeners.
        invoke('auth.touch', {}).catch(() => undefined)
      }
      // Re-arming on every mouse move would be wasteful; once a second is plenty.
      if (now - lastArmed < 1000) return
      lastArmed = now
      arm()
    }
    arm()
    for (const e of ACTIVITY) window.addEventListener(e, onActivity, { passive: true, capture: true })
    return () => {
      window.clearTimeout(timer)
      for (const e of ACTIVITY) window.removeEventListener(e, onActivity, { capture: true })
    }
  }, [idleMinutes, paused])
}
