// Title lines by meaning (GB/T 9704 §7.3.1: 回行时要做到词意完整，排列对称，长短适宜): a title longer than a
// line is broken where its parts meet — before 关于, after the agency's name, before 的公告 — never inside a
// word or a number, and into lines of similar length (a 梯形 or 菱形, not a long line over a stub). The
// writer places breaks themselves with a line break in the template's title, or "|" in what they type.

/** Marks a line break the writer placed in a one-line value such as 事项. */
export const TITLE_BREAK = /[|｜]/g

export const stripTitleBreaks = (s: string): string => s.replace(TITLE_BREAK, '')

export interface TitleOptions {
  /** Characters (of the title's size) a line holds. */
  maxChars: number
  /** Width of a piece of text in characters (digits and Latin narrower than Chinese). */
  width(text: string): number
  /** The agency's name: a break right after it is a good one. */
  agencyName?: string
}

/** Kinds of document a title ends with: "的" before them is a good place to break. */
const KIND_ENDING = /的(?:公告|通告|通知|决定|报告|请示|批复|意见|函|方案|规定|办法|通报|纪要)$/
/** Nothing may start a line with these, nor end one with the opening ones. */
const NO_LINE_START = /^[、，。；：！？）》」』”’〕】…·]/
const NO_LINE_END = /[（《「『“‘〔【]$/

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })
const isCjk = (s: string) => /^[\u3400-\u9fff]$/.test(s)
const isDigit = (s: string | undefined) => s !== undefined && /[0-9A-Za-z]/.test(s)

/** Cost of breaking between the segments before and after; Infinity where a break is not allowed. */
function breakCost(text: string, at: number, before: string, after: string, agencyName: string | undefined): number {
  const head = text.slice(0, at)
  const tail = text.slice(at)
  if (NO_LINE_START.test(tail) || NO_LINE_END.test(head)) return Infinity
  let cost = 0
  // Single characters side by side are often one word the dictionary does not know (专|项, 侵|权).
  if (isCjk(before) && isCjk(after)) cost += 60
  else if (isCjk(before) || isCjk(after)) cost += 20
  if (isDigit(head.at(-1)) || isDigit(tail[0])) cost += 50
  if (head.endsWith('关于') || head.endsWith('的')) cost += 80
  if (tail.startsWith('关于')) cost -= 80
  if (agencyName && head.endsWith(agencyName)) cost -= 80
  if (KIND_ENDING.test(tail)) cost -= 30
  return cost
}

/** One group (a line the writer did not break) in as few lines as fit, broken at the cheapest places. */
function breakGroup(text: string, o: TitleOptions): string[] {
  if (o.width(text) <= o.maxChars) return [text]
  const segments = [...segmenter.segment(text)].map((s) => s.segment)
  const cuts: { at: number; cost: number }[] = []
  let at = 0
  for (let i = 0; i < segments.length - 1; i++) {
    at += segments[i]!.length
    const cost = breakCost(text, at, segments[i]!, segments[i + 1]!, o.agencyName)
    if (cost !== Infinity) cuts.push({ at, cost })
  }
  const minLines = Math.ceil(o.width(text) / o.maxChars)
  let best: { lines: string[]; cost: number } | null = null
  // One line more than the fewest may break better; more than that only if nothing else fits.
  for (let n = minLines; n <= minLines + 3 && (best === null || n <= minLines + 1); n++) {
    const found = bestSplit(text, cuts, n, o)
    const cost = found ? found.cost + (n - minLines) * 60 : Infinity
    if (found && (best === null || cost < best.cost)) best = { lines: found.lines, cost }
  }
  // A run with no allowed break wider than a line (a long number, a string of Latin): cut it by width.
  return best?.lines ?? cutByWidth(text, o)
}

function bestSplit(text: string, cuts: readonly { at: number; cost: number }[], n: number, o: TitleOptions): { lines: string[]; cost: number } | null {
  let best: { lines: string[]; cost: number } | null = null
  const choose = (from: number, start: number, picked: { at: number; cost: number }[]) => {
    if (picked.length === n - 1) {
      const bounds = [0, ...picked.map((p) => p.at), text.length]
      const lines = bounds.slice(1).map((end, i) => text.slice(bounds[i], end))
      const widths = lines.map(o.width)
      if (widths.some((w) => w > o.maxChars)) return
      const cost = picked.reduce((s, p) => s + p.cost, 0) + shapeCost(widths)
      if (best === null || cost < best.cost) best = { lines, cost }
      return
    }
    for (let i = from; i < cuts.length; i++) {
      // Lines only get wider from here on: stop once the current one no longer fits.
      if (o.width(text.slice(start, cuts[i]!.at)) > o.maxChars) break
      choose(i + 1, cuts[i]!.at, [...picked, cuts[i]!])
    }
  }
  choose(0, 0, [])
  return best
}

/** Lines of similar length; a middle line shorter than both its neighbours (an hourglass) is not symmetrical. */
function shapeCost(widths: readonly number[]): number {
  const spread = Math.max(...widths) - Math.min(...widths)
  let cost = spread * spread
  for (let i = 1; i < widths.length - 1; i++) if (widths[i]! + 2 < widths[i - 1]! && widths[i]! + 2 < widths[i + 1]!) cost += 40
  return cost
}

function cutByWidth(text: string, o: TitleOptions): string[] {
  const lines: string[] = []
  let line = ''
  for (const ch of text) {
    if (line && o.width(line + ch) > o.maxChars) {
      lines.push(line)
      line = ''
    }
    line += ch
  }
  return [...lines, line]
}

/**
 * The title's lines: each line of the title as written (and each part between "|" marks) is kept apart, and
 * one longer than a line is broken by meaning. Blank parts are dropped.
 */
export function titleLines(title: string, o: TitleOptions): string[] {
  return title
    .split(/\r?\n/)
    .flatMap((l) => l.split(TITLE_BREAK))
    .map((l) => l.trim())
    .filter(Boolean)
    .flatMap((group) => breakGroup(group, o))
}
