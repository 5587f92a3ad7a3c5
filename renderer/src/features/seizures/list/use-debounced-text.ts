import { useEffect, useEffectEvent, useState } from 'react'

// A text filter that searches as the clerk types: the value is sent after a short pause, at once on Enter or
// when a suggestion is picked, and never in the middle of a pinyin composition (the IME's “xie” is not a search).

export const TYPING_PAUSE_MS = 300

export interface DebouncedText {
  text: string
  setText(text: string): void
  /** Sends now (Enter, a picked suggestion, the clear icon). */
  commit(text?: string): void
  /** Spread on the input so an open IME composition holds the search back. */
  compositionProps: { onCompositionStart(): void; onCompositionEnd(): void }
}

export function useDebouncedText(committed: string, onCommit: (text: string) => void): DebouncedText {
  const [text, setText] = useState(committed)
  const [composing, setComposing] = useState(false)
  // The value last seen from outside: when it changes to something this box did not type (清除筛选, a link),
  // the box follows it. Adjusted during render, React's pattern for state derived from a prop.
  const [seen, setSeen] = useState(committed)
  if (committed !== seen) {
    setSeen(committed)
    if (committed !== text.trim()) setText(committed)
  }

  const send = useEffectEvent((value: string) => {
    if (value !== committed) onCommit(value)
  })

  useEffect(() => {
    if (composing) return
    const timer = setTimeout(() => send(text.trim()), TYPING_PAUSE_MS)
    return () => clearTimeout(timer)
  }, [text, composing])

  return {
    text,
    setText,
    commit: (value = text) => {
      setText(value)
      if (value.trim() !== committed) onCommit(value.trim())
    },
    compositionProps: { onCompositionStart: () => setComposing(true), onCompositionEnd: () => setComposing(false) },
  }
}
