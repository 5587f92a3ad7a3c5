/** `text` with `token` put in place of the selection [start, end), and where the caret goes after it. */
export function insertAt(text: string, token: string, start: number, end: number): { value: string; caret: number } {
  const from = Math.max(0, Math.min(start, text.length))
  const to = Math.max(from, Math.min(end, text.length))
  return { value: text.slice(0, from) + token + text.slice(to), caret: from + token.length }
}
