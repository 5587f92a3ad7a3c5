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

/** What the box holds besides its text: the value last seen from outside, and what it sent that has not landed. */
export interface BoxState {
  text: string
  seen: string
  /** Values this box sent, oldest first, not yet seen back as the committed value. */
  pending: readonly string[]
}

/**
 * The box's state once the committed value (the URL's) is `committed`. A value this box sent coming back is
 * its own search landing — which can be after the clerk typed on (the router applies it in a transition): the
 * text stays as typed. Anything else (清除筛选, Back, a link) is the list changing from outside: the box
 * follows it and forgets what it sent.
 */
export function onCommitted(state: BoxState, committed: string): BoxState {
  if (committed === state.seen) return state
  const own = state.pending.indexOf(committed)
  if (own >= 0) return { text: state.text, seen: committed, pending: state.pending.slice(own + 1) }
  return { text: committed === state.text.trim() ? state.text : committed, seen: committed, pending: [] }
}

export function useDebouncedText(committed: string, onCommit: (text: string) => void): DebouncedText {
  const [state, setState] = useState<BoxState>({ text: committed, seen: committed, pending: [] })
  const [composing, setComposing] = useState(false)
  // Adjusted during render, React's pattern for state derived from a prop.
  const next = onCommitted(state, committed)
  if (next !== state) setState(next)
  const { text } = next

  const send = (value: string) => {
    // Already the list's search, or already on its way (the pause's send, then Enter).
    if (value === committed || next.pending.at(-1) === value) return
    setState((s) => ({ ...s, pending: [...s.pending, value] }))
    onCommit(value)
  }
  const sendLater = useEffectEvent((value: string) => send(value))

  useEffect(() => {
    if (composing) return
    const timer = setTimeout(() => sendLater(text.trim()), TYPING_PAUSE_MS)
    return () => clearTimeout(timer)
  }, [text, composing])

  return {
    text,
    setText: (value) => setState((s) => ({ ...s, text: value })),
    commit: (value = text) => {
      setState((s) => ({ ...s, text: value }))
      send(value.trim())
    },
    compositionProps: { onCompositionStart: () => setComposing(true), onCompositionEnd: () => setComposing(false) },
  }
}
