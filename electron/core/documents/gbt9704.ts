import { AlignmentType, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun, type FileChild, type IRunOptions } from 'docx'
import { DocumentGridType } from 'docx'
import type { DocumentFonts } from '../../../shared/api/documents'
import { officeText } from '../../../shared/rules/text-chars'
import { mmToTwip, ptToHalfPoints, ptToTwip, ZIHAO } from './units'

// The GB/T 9704-2012 page (DOMAIN.md part 2 §6). Every document kind builds on this; no kind sets margins,
// fonts or page numbers itself.

export type { DocumentFonts }

export const DEFAULT_FONTS: DocumentFonts = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
  latin: 'Times New Roman',
}

export const PAGE = {
  widthMm: 210,
  heightMm: 297,
  /** 天头 37, 订口 28; right and bottom follow from the 156 × 225 mm type area. */
  marginMm: { top: 37, left: 28, right: 26, bottom: 35 },
  typeAreaMm: { width: 156, height: 225 },
  linesPerPage: 22,
  charsPerLine: 28,
  /** Footer distance from the page's bottom edge: puts the page number's dashes about 7 mm below the type area. */
  footerMm: 28,
} as const

export const BODY_PT = ZIHAO.三号
export const TITLE_PT = ZIHAO.二号
export const PAGE_NUMBER_PT = ZIHAO.四号

/** Line pitch: the type area's height over 22 lines (≈ 28.95 pt). */
export const LINE_PITCH_TWIPS = Math.round(mmToTwip(PAGE.typeAreaMm.height) / PAGE.linesPerPage)

/**
 * 28 characters per line. Word's character grid ("linesAndChars") is laid out differently by other readers
 * (LibreOffice spreads 3号 text to about 15 characters a line), so the line of 28 is made by condensing
 * 3号 runs by a quarter point instead, which every reader honours: 28 × 15.75 pt fits 156 mm, 29 do not.
 */
export const BODY_CHAR_SPACING_TWIPS = -5
export const BODY_CHAR_PITCH_PT = BODY_PT + BODY_CHAR_SPACING_TWIPS / 20

/** One character of body text, in twips (for indents counted in 字). */
export const BODY_CHAR_TWIPS = ptToTwip(BODY_CHAR_PITCH_PT)

/** Fonts for all four slots: Chinese in the east-Asian slot, digits and Latin in the others. */
export function fontSlots(eastAsia: string, latin: string) {
  return { ascii: latin, hAnsi: latin, cs: latin, eastAsia, hint: 'eastAsia' }
}

export type FontRole = keyof Omit<DocumentFonts, 'latin'>

/** A run with its fonts set in every slot, in 3号 unless told otherwise. */
export function textRun(text: string, fonts: DocumentFonts, role: FontRole = 'body', opts: Omit<IRunOptions, 'text' | 'font'> & { sizePt?: number } = {}): TextRun {
  const { sizePt = BODY_PT, ...rest } = opts
  // Page numbers are 半角宋体 digits: the page-number font in every slot.
  const latin = role === 'pageNumber' ? fonts.pageNumber : fonts.latin
  const spacing = sizePt === BODY_PT ? { characterSpacing: BODY_CHAR_SPACING_TWIPS } : {}
  // Text stored before the contract refused unusable characters must still print into a file Word opens.
  return new TextRun({ ...spacing, ...rest, text: officeText(text), font: fontSlots(fonts[role], latin), size: ptToHalfPoints(sizePt) })
}

/** Exact line spacing on the 22-line grid. */
export const gridSpacing = { line: LINE_PITCH_TWIPS, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const

/**
 * "— N —", 4号, one character in from the outer edge: right on odd pages, left on even ones. Lines `above`
 * it (a form's per-page signature line) do not move it: a footer grows upwards from its bottom.
 */
function pageNumberFooter(fonts: DocumentFonts, side: 'odd' | 'even', above: Paragraph[] = []): Footer {
  const indent = ptToTwip(PAGE_NUMBER_PT)
  return new Footer({
    children: [
      ...above,
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: indent } : { left: indent },
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: fontSlots(fonts.pageNumber, fonts.pageNumber),
            size: ptToHalfPoints(PAGE_NUMBER_PT),
          }),
        ],
      }),
    ],
  })
}

export interface PageDocumentOptions {
  fonts: DocumentFonts
  /** Document title for the file's properties. */
  title: string
  creator: string
  children: FileChild[]
  /** Lines over the page number on every page, made afresh for each of the odd and even footers. */
  footerLines?: () => Paragraph[]
}

/** A4 GB/T 9704 document: margins, 22 × 28 grid, default fonts, odd/even page numbers. */
export function pageDocument({ fonts, title, creator, children, footerLines }: PageDocumentOptions): Document {
  const bodyRun = { font: fontSlots(fonts.body, fonts.latin), size: ptToHalfPoints(BODY_PT), characterSpacing: BODY_CHAR_SPACING_TWIPS }
  return new Document({
    title,
    creator,
    lastModifiedBy: creator,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: { run: bodyRun, paragraph: { spacing: gridSpacing } },
      },
      // The grid's character pitch is relative to the Normal style's size: state it there too, or readers
      // that do not fall back to the document defaults lay the grid out for their own default size.
      paragraphStyles: [{ id: 'Normal', name: 'Normal', run: bodyRun, paragraph: { spacing: gridSpacing } }],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: mmToTwip(PAGE.widthMm), height: mmToTwip(PAGE.heightMm) },
            margin: {
              top: mmToTwip(PAGE.marginMm.top),
              left: mmToTwip(PAGE.marginMm.left),
              right: mmToTwip(PAGE.marginMm.right),
              bottom: mmToTwip(PAGE.marginMm.bottom),
              header: mmToTwip(15),
              footer: mmToTwip(PAGE.footerMm),
            },
          },
          grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH_TWIPS },
        },
        footers: { default: pageNumberFooter(fonts, 'odd', footerLines?.()), even: pageNumberFooter(fonts, 'even', footerLines?.()) },
        children,
      },
    ],
  })
}

export const toDocxBytes = (doc: Document): Promise<Buffer> => Packer.toBuffer(doc)
