import { useEffect, useRef, useState, type RefObject } from 'react'

// A virtual table needs its body height in pixels. The table sits in a box that takes what the window leaves
// below the header and filters; this measures that box (again on every resize, or when the filters wrap) and
// returns the height left for rows once the table's own header and pager are taken off.

export function useFillHeight<T extends HTMLElement>(reserve: number, min: number): [RefObject<T | null>, number] {
  const ref = useRef<T>(null)
  const [height, setHeight] = useState(() => Math.max(min, window.innerHeight - 300 - reserve))
  useEffect(() => {
    const el = ref.current
    if (!el) return
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setHeight(Math.max(min, Math.floor(entry.contentRect.height) - reserve))
    })
    observer.observe(el)
    return () => observer.disconnect()
  }, [reserve, min])
  return [ref, height]
}
