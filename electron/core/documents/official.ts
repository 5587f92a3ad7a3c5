import type { FileChild, Paragraph } from 'docx'
import { titleLines } from '../../../shared/rules/title-lines'
import type { TemplateLine } from '../../../shared/rules/template-text'
import { textWidthInChars } from '../../../shared/rules/text-width'
import type { Blocks } from './blocks'
import { PAGE, TITLE_CHARS_PER_LINE } from './gbt9704'
import { keep } from './keep'

// A 公文 without a 版头 (公告, 通告 …) from its parts, in the order and spacing of GB/T 9704: 发文字号,
// 标题, 主送机关, 正文, 附件说明, 署名 and 成文日期, then the attachments on pages of their own. The end of the
// body, the 附件说明 and the signature stay on one page (§7.3.5: the seal's top within a line of the text; a
// page holding only the agency's name and the date is sent back).

export interface Attachment {
  name: string
  /** What the attachment page holds under its title (a generated table); empty to be filled in by hand. */
  content?: FileChild[]
}

export interface OfficialParts {
  documentNumber?: string
  titleLines: readonly string[]
  /** From the form's own field; body lines are never taken for it. */
  addressee?: string
  lines: readonly TemplateLine[]
  attachments?: readonly Attachment[]
  agencyName: string
  /** 成文日期, YYYY-MM-DD. */
  date: string
  sealed: boolean
}

export function officialDocument(b: Blocks, d: OfficialParts): FileChild[] {
  const attachments = d.attachments ?? []
  const head: FileChild[] = [
    ...(d.documentNumber ? [b.documentNumber(d.documentNumber), ...b.blankLines(1).map((p) => keep(p, { keepNext: true }))] : []),
    ...b.title(d.titleLines),
    ...b.blankLines(1),
    ...(d.addressee ? [b.addressee(d.addressee)] : []),
  ]
  const body: Paragraph[] = b.wording(d.lines)
  // The last paragraph goes over with the signature, at least two of its lines if it is split. A closing
  // formula on one line (特此公告。) takes the paragraph before it along too: a page with only the formula over
  // the signature is as bare as one with the signature alone.
  const formula = d.lines.length > 1 && d.lines.at(-1)!.kind === 'paragraph' && isOneLine(d.lines.at(-1)!.text)
  const last = body.splice(formula ? -2 : -1)
  const closing = [
    ...last.map((p) => keep(p, { keepNext: true, widowControl: true })),
    ...b.attachmentNote(attachments.map((a) => a.name)).map((p) => keep(p, { keepNext: true, keepLines: true })),
    ...b.signature(d.agencyName, d.date, { sealed: d.sealed }),
  ]
  const pages = attachments.flatMap((a, i) =>
    b.attachmentPage(attachments.length > 1 ? `附件${i + 1}` : '附件', titleLines(a.name, { maxChars: TITLE_CHARS_PER_LINE, width: textWidthInChars }), a.content ?? []),
  )
  return [...head, ...body, ...closing, ...pages]
}

/** A body paragraph that fits on its one line (two characters of indent, then the text). */
const isOneLine = (text: string) => textWidthInChars(text) + 2 <= PAGE.charsPerLine

/** Most attachments a document lists, and the longest name: a 附件说明 is a few lines, not a page. */
export const MAX_ATTACHMENTS = 20
export const MAX_ATTACHMENT_NAME = 60

/**
 * The attachment names typed one per line: numbering the writer typed ("1." "2、") is dropped, since the
 * 附件说明 numbers them itself, and so is punctuation after a name (the standard puts none there).
 */
export function attachmentNames(text: string | undefined): string[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((l) =>
      l
        .trim()
        .replace(/^\d+\s*[.、．。]\s*/, '')
        .replace(/[。；;，,、.．：:]+$/, '')
        .trim(),
    )
    .filter(Boolean)
}

/** A message for an attachment list that is too long, or null. */
export function attachmentProblem(text: string | undefined): string | null {
  const names = attachmentNames(text)
  if (names.length > MAX_ATTACHMENTS) return `附件最多${MAX_ATTACHMENTS}个（现有${names.length}个）`
  const long = names.findIndex((n) => [...n].length > MAX_ATTACHMENT_NAME)
  if (long !== -1) return `第${long + 1}个附件的名称过长（${[...names[long]!].length}个字，最多${MAX_ATTACHMENT_NAME}个字）`
  return null
}
