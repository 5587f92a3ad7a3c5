// Template wording: plain text with {{占位符}}. One line per paragraph; a line starting "一、" is a first-level
// heading, "（一）" a second-level one. Every other line is body text: the 主送机关 comes from its own field,
// never from a body line that happens to end in "：".

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g

export type TemplateLine =
  | { kind: 'heading1'; text: string }
  | { kind: 'heading2'; text: string }
  | { kind: 'paragraph'; text: string }

/** Placeholder names in order of first use, without braces. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))]
}

/** Problems that must be fixed before a template is saved: unknown names, empty or unclosed braces. */
export function checkTemplate(text: string, known: readonly string[]): string[] {
  const problems: string[] = []
  const unknown = placeholdersIn(text).filter((n) => n !== '' && !known.includes(n))
  if (unknown.length > 0) problems.push(`未知的占位符：${unknown.map((n) => `{{${n}}}`).join('、')}`)
  if (placeholdersIn(text).includes('')) problems.push('有空的占位符 {{}}')
  const rest = text.replace(PLACEHOLDER, '')
  if (rest.includes('{{') || rest.includes('}}')) problems.push('有未配对的 {{ 或 }}，占位符应写成 {{名称}}')
  return problems
}

/**
 * Fills every placeholder. A placeholder whose value is missing or blank is an error naming it, so a
 * document is never printed with a hole in it.
 */
export function fillTemplate(text: string, values: Readonly<Record<string, string>>): string {
  const missing = placeholdersIn(text).filter((n) => !(values[n] ?? '').trim())
  if (missing.length > 0) throw new MissingValuesError(missing)
  return text.replace(PLACEHOLDER, (_m, name: string) => values[name] ?? '')
}

export class MissingValuesError extends Error {
  constructor(readonly names: string[]) {
    super(`以下内容未填写：${names.join('、')}`)
    this.name = 'MissingValuesError'
  }
}

const HEADING1 = /^[一二三四五六七八九十百]+、/
const HEADING2 = /^（[一二三四五六七八九十百]+）/

/** Splits filled wording into typed lines; blank lines are dropped. */
export function templateLines(text: string): TemplateLine[] {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
  return lines.map((line): TemplateLine => {
    if (HEADING1.test(line)) return { kind: 'heading1', text: line }
    if (HEADING2.test(line)) return { kind: 'heading2', text: line }
    return { kind: 'paragraph', text: line }
  })
}

/**
 * A heading line split into the heading words, up to and including the first "。", and the body text that
 * follows on the same line ("一、销毁时间。本次集中销毁定于…"): only the words take the heading's face. A line
 * without a "。" before its end is all heading.
 */
export function headingParts(text: string): { heading: string; rest: string } {
  const end = text.indexOf('。')
  return end === -1 || end === text.length - 1 ? { heading: text, rest: '' } : { heading: text.slice(0, end + 1), rest: text.slice(end + 1) }
}
