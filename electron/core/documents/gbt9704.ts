import { AlignmentType, Document, DocumentGridType, Footer, LineRuleType, Packer, PageNumber, TextRun, type FileChild, type IRunOptions, type Paragraph } from 'docx'
import type { DocumentFonts } from '../../../shared/api/documents'
import { officeText } from '../../../shared/rules/text-chars'
import { finishDocx } from './docx-parts'
import type { RowSets } from './row-expansion'
import { OffGridParagraph } from './off-grid'
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
  /** The page number's 一字线 sits this far below the type area (GB/T 9704 §7.5). */
  pageNumberDropMm: 7,
} as const

export const BODY_PT = ZIHAO.三号
export const TITLE_PT = ZIHAO.二号
export const PAGE_NUMBER_PT = ZIHAO.四号

/** Title characters (2号) a line of the type area holds: 20. */
export const TITLE_CHARS_PER_LINE = Math.floor(((PAGE.typeAreaMm.width / 25.4) * 72) / TITLE_PT)
/** A title beyond this many lines is refused: it would fill the first page's head (say it shorter). */
export const TITLE_MAX_LINES = 4

/** The type area's height as Word computes it: the page less the margins, each rounded to twips. */
export const TYPE_AREA_HEIGHT_TWIPS = mmToTwip(PAGE.heightMm) - mmToTwip(PAGE.marginMm.top) - mmToTwip(PAGE.marginMm.bottom)

/**
 * Line pitch: the type area's height over 22 lines, rounded down (579 twips ≈ 28.95 pt), so that 22 lines
 * fit in it; rounded to the nearest (580) they need 4 twips more than the 12,756 there are, and a page
 * holds 21.
 */
export const LINE_PITCH_TWIPS = Math.floor(TYPE_AREA_HEIGHT_TWIPS / PAGE.linesPerPage)

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
 * The page number's line: exactly its own size high, off the body's grid, so it neither inherits the body's
 * 29 pt line nor is stretched to a grid line; the 一字线 then sits about the middle of it in any reader.
 */
export const PAGE_NUMBER_LINE_TWIPS = ptToTwip(PAGE_NUMBER_PT * 1.25)

/**
 * The footer's distance from the page's bottom edge, to the bottom of its last line: the page number's line
 * centred 7 mm below the type area, less the 0.5 mm the 一字线 sits above the middle of a CJK line (measured
 * in LibreOffice with Noto CJK; 宋体 in Word places it within a few tenths of that).
 */
export const FOOTER_TWIPS = mmToTwip(PAGE.marginMm.bottom - PAGE.pageNumberDropMm + 0.5) - Math.round(PAGE_NUMBER_LINE_TWIPS / 2)

/**
 * "— N —", 4号, one character in from the outer edge: right on odd pages, left on even ones. Lines `above`
 * it (a form's per-page signature line) do not move it: a footer grows upwards from its bottom. A form that
 * counts its own pages (第N页 共M页) prints only `above`.
 */
function pageFooter(fonts: DocumentFonts, side: 'odd' | 'even', above: Paragraph[], pageNumber: boolean): Footer {
  const indent = ptToTwip(PAGE_NUMBER_PT)
  const number = new OffGridParagraph({
    alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    indent: side === 'odd' ? { right: indent } : { left: indent },
    spacing: { line: PAGE_NUMBER_LINE_TWIPS, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    children: [
      new TextRun({
        children: ['— ', PageNumber.CURRENT, ' —'],
        font: fontSlots(fonts.pageNumber, fonts.pageNumber),
        size: ptToHalfPoints(PAGE_NUMBER_PT),
      }),
    ],
  })
  return new Footer({ children: [...above, ...(pageNumber ? [number] : [])] })
}

export interface PageDocumentOptions {
  fonts: DocumentFonts
  /** Document title for the file's properties. */
  title: string
  creator: string
  children: FileChild[]
  /** Lines over the page number on every page, made afresh for each of the odd and even footers. */
  footerLines?: () => Paragraph[]
  /** "— N —" on every page; false for a form whose footer lines count its pages (第N页 共M页). */
  pageNumbers?: boolean
}

/** A4 GB/T 9704 document: margins, 22 × 28 grid, default fonts, odd/even page numbers. */
export function pageDocument({ fonts, title, creator, children, footerLines, pageNumbers = true }: PageDocumentOptions): Document {
  const bodyRun = { font: fontSlots(fonts.body, fonts.latin), size: ptToHalfPoints(BODY_PT), characterSpacing: BODY_CHAR_SPACING_TWIPS }
  return new Document({
    title,
    creator,
    lastModifiedBy: creator,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: { run: bodyRun, paragraph: { spacing: gridSpacing, } },
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
              footer: FOOTER_TWIPS,
            },
          },
          grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH_TWIPS },
        },
        footers: {
          default: pageFooter(fonts, 'odd', footerLines?.() ?? [], pageNumbers),
          even: pageFooter(fonts, 'even', footerLines?.() ?? [], pageNumbers),
        },
        children,
      },
    ],
  })
}

/**
 * The .docx bytes, with the fonts it uses declared so a PC without them substitutes sensibly, and widow
 * control stated (docx-parts.ts), and the rows of long tables written in (row-expansion.ts: `Blocks.rowSets`).
 */
export const toDocxBytes = async (doc: Document, fonts: DocumentFonts, rowSets: RowSets): Promise<Buffer> => finishDocx(await Packer.toBuffer(doc), fonts, rowSets)
