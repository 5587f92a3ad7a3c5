import type { IParagraphOptions, Paragraph } from 'docx'

// Pagination flags added to a paragraph already made, for blocks that must stay together on a page.

export interface KeepFlags {
  /** On the same page as the next paragraph. */
  keepNext?: boolean
  /** All its lines on one page. */
  keepLines?: boolean
  /** No single line of it left alone at the foot or head of a page. */
  widowControl?: boolean
}

/** The paragraph again, of the same class (an off-grid one stays off the grid), with the flags set. */
export function keep<P extends Paragraph>(p: P, flags: KeepFlags): P {
  const options = typeof p.options === 'string' ? { text: p.options } : p.options
  return new (p.constructor as new (o: IParagraphOptions) => P)({ ...options, ...flags })
}
