import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  VerticalAlignTable,
  WidthType,
  type FileChild,
} from 'docx'
import { formatChineseDate } from '../../../shared/rules/chinese-date'
import { headingParts, type TemplateLine } from '../../../shared/rules/template-text'
import { BODY_CHAR_TWIPS, gridSpacing, LINE_PITCH_TWIPS, PAGE, TITLE_PT, textRun, type DocumentFonts } from './gbt9704'
import { keep } from './keep'
import { OffGridParagraph } from './off-grid'
import { sealCentreTwips } from './seal-centre'
import { contentWidths } from './table-widths'
import { RowSets } from './row-expansion'
import { mmToTwip, ptToTwip, textWidthInChars, ZIHAO } from './units'

// The GB/T 9704 elements a document kind composes. Each returns docx paragraphs or tables laid out on the
// page model; none sets page size, margins or fonts of its own.

const chars = (n: number): number => Math.round(n * BODY_CHAR_TWIPS)
const blank = (): Paragraph => new Paragraph({ spacing: gridSpacing, children: [] })

/** Cell padding of ruled tables, left and right. */
const CELL_SIDE_TWIPS = 80

export interface TableOptions {
  /**
   * Relative column weights, or 'content' for widths from what each column holds (`nowrap` columns as wide as
   * their widest cell, so a number is never broken).
   */
  widths?: number[] | 'content'
  nowrap?: boolean[]
  /** With 'content' widths: each column's part of the room the columns share (1 each unless told). */
  shares?: number[]
  sizePt?: number
  align?: ('left' | 'center' | 'right')[]
  /**
   * What closes the table and must not stand alone on a page (a form's wording, signatures and seal): set in
   * the table's last row, under its last rows, so the three go over to a new page together (Word and
   * LibreOffice alike never split a row; LibreOffice does not keep a table's last row with what follows).
   */
  closing?: (Paragraph | Table)[]
}

/** From this many body rows a table's rows are written as text (row-expansion.ts); fewer stay docx objects. */
export const TEXT_ROWS_FROM = 40

export class Blocks {
  /** Long tables' rows, written into the packed document by toDocxBytes. */
  readonly rowSets = new RowSets()

  /** `textRowsFrom`: Infinity keeps every row a docx object (the test that compares the two ways). */
  constructor(
    readonly fonts: DocumentFonts,
    private readonly textRowsFrom: number = TEXT_ROWS_FROM,
  ) {}

  /**
   * 标题: 2号小标宋, centred, one line per entry (break a long title with shared/rules/title-lines). Each line
   * is exactly one grid line high, off the grid: a title font taller than the pitch would otherwise take two.
   */
  title(lines: readonly string[]): Paragraph[] {
    return lines.map(
      (line) =>
        new OffGridParagraph({
          alignment: AlignmentType.CENTER,
          keepNext: true,
          spacing: { line: LINE_PITCH_TWIPS, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
          children: [textRun(line, this.fonts, 'title', { sizePt: TITLE_PT })],
        }),
    )
  }

  /**
   * 发文字号 of a document without a 版头 (the 公告): as the standard's 信函格式 places it, flush with the type
   * area's right edge on its first line, the title following a line below.
   */
  documentNumber(text: string): Paragraph {
    return new Paragraph({ alignment: AlignmentType.RIGHT, keepNext: true, spacing: gridSpacing, children: [textRun(text, this.fonts)] })
  }

  /** 主送机关: flush left, ending with a full-width colon. */
  addressee(name: string): Paragraph {
    return new Paragraph({ spacing: gridSpacing, children: [textRun(name.endsWith('：') ? name : `${name}：`, this.fonts)] })
  }

  /** Body paragraph: 3号仿宋, first line indented two characters. */
  paragraph(text: string): Paragraph {
    return new Paragraph({ spacing: gridSpacing, indent: { firstLine: chars(2) }, children: [textRun(text, this.fonts)] })
  }

  /**
   * "一、…" in 黑体, "（一）…" in 楷体. Only the heading words (up to the first "。") take the heading's face;
   * text after them on the same line is body text. A heading alone on its line keeps with what follows.
   */
  heading(level: 1 | 2, text: string): Paragraph {
    const { heading, rest } = headingParts(text)
    return new Paragraph({
      spacing: gridSpacing,
      indent: { firstLine: chars(2) },
      keepNext: rest === '',
      children: [textRun(heading, this.fonts, level === 1 ? 'heading1' : 'heading2'), ...(rest ? [textRun(rest, this.fonts)] : [])],
    })
  }

  /** Filled template wording: a paragraph per line, "一、" and "（一）" lines as headings. */
  wording(lines: readonly TemplateLine[]): Paragraph[] {
    return lines.map((line) => (line.kind === 'heading1' ? this.heading(1, line.text) : line.kind === 'heading2' ? this.heading(2, line.text) : this.paragraph(line.text)))
  }

  blankLines(n: number): Paragraph[] {
    return Array.from({ length: n }, blank)
  }

  /**
   * A ruled table across the type area. The header row repeats on every page; rows never split across pages.
   * "\n" in a cell's text breaks the line there.
   */
  table(header: string[], rows: string[][], opts: TableOptions = {}): Table {
    const { sizePt = ZIHAO.小四, widths = header.map(() => 1), align = [] } = opts
    const total = mmToTwip(PAGE.typeAreaMm.width)
    const char = ptToTwip(sizePt)
    const lineTwips = ptToTwip(sizePt * 1.4)
    const layout =
      widths === 'content'
        ? contentWidths(
            header.map((head, i) => ({ head, cells: rows.map((r) => r[i] ?? ''), nowrap: opts.nowrap?.[i], share: opts.shares?.[i] })),
            total / char,
            (2 * CELL_SIDE_TWIPS) / char,
          )
        : { widths, rowLines: rows.map(() => 1) }
    const weights = layout.widths
    const sum = weights.reduce((a, b) => a + b, 0)
    const columnWidths = weights.map((w) => Math.floor((total * w) / sum))
    const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
    const borders = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line }
    const cell = (text: string, i: number, head: boolean) =>
      new TableCell({
        width: { size: columnWidths[i] ?? 0, type: WidthType.DXA },
        verticalAlign: VerticalAlignTable.CENTER,
        margins: { top: 40, bottom: 40, left: CELL_SIDE_TWIPS, right: CELL_SIDE_TWIPS },
        children: text.split('\n').map(
          (part) =>
            new OffGridParagraph({
              alignment: head ? AlignmentType.CENTER : ALIGN[align[i] ?? 'left'],
              spacing: { line: lineTwips, lineRule: 'exact', before: 0, after: 0 },
              // Off the body's character grid: table text is smaller and must not be spread to 3号 cells.
              children: [textRun(part, this.fonts, head ? 'heading1' : 'body', { sizePt, snapToGrid: false })],
            }),
        ),
      })
    const row = (r: string[]) => new TableRow({ cantSplit: true, children: header.map((_h, i) => cell(r[i] ?? '', i, false)) })
    // Two rows go over with the closing, or one if two would be too tall to share a page with it.
    const twoRows = layout.rowLines.slice(-2).reduce((a, n) => a + n * lineTwips + 80, 0)
    const carried = opts.closing ? rows.slice(twoRows <= CARRIED_MAX_TWIPS ? -2 : -1) : []
    const before = rows.slice(0, rows.length - carried.length)
    return new Table({
      width: { size: total, type: WidthType.DXA },
      columnWidths,
      // Fixed: the widths above are the layout; readers must not re-balance them by their own measure.
      layout: TableLayoutType.FIXED,
      borders,
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h, i) => cell(h, i, true)) }),
        ...(before.length >= this.textRowsFrom ? [row(this.rowSets.add(before, header.length))] : before.map(row)),
        ...(opts.closing
          ? [
              new TableRow({
                cantSplit: true,
                children: [
                  new TableCell({
                    columnSpan: header.length,
                    width: { size: total, type: WidthType.DXA },
                    margins: { top: 0, bottom: 0, left: 0, right: 0 },
                    // The rule over the carried rows is this cell's; its sides and foot are the carried rows' own.
                    borders: { top: line, left: NO_LINE, right: NO_LINE, bottom: NO_LINE },
                    children: [
                      // The carried rows in a table of their own with the same columns.
                      ...(carried.length
                        ? [new Table({ width: { size: total, type: WidthType.DXA }, columnWidths, layout: TableLayoutType.FIXED, borders: { ...borders, top: NO_LINE }, rows: carried.map(row) })]
                        : []),
                      ...opts.closing,
                    ],
                  }),
                ],
              }),
            ]
          : []),
      ],
    })
  }

  /**
   * 附件说明: one blank line below the body, "附件：" two characters in; several attachments are numbered
   * "1." and a wrapped name lines up with the first character of its name (a tab to the hanging indent, so the
   * digits' own width does not matter).
   */
  attachmentNote(names: readonly string[]): Paragraph[] {
    if (names.length === 0) return []
    const lead = '附件：'
    const numbered = names.length > 1
    // Room for the widest number ("10."), so every name starts at the same place.
    const numberChars = numbered ? Math.ceil(textWidthInChars(`${names.length}.`) * 2) / 2 + 0.25 : 0
    const nameAt = chars(2 + 3 + numberChars)
    return [
      blank(),
      ...names.map(
        (name, i) =>
          new Paragraph({
            spacing: gridSpacing,
            indent: { left: nameAt, hanging: nameAt - chars(i === 0 ? 2 : 5) },
            tabStops: [{ type: TabStopType.LEFT, position: nameAt }],
            children: [textRun(`${i === 0 ? lead : ''}${numbered ? `${i + 1}.` : ''}`, this.fonts), ...(numbered ? [textRun('', this.fonts, 'body', { children: [new Tab()] })] : []), textRun(name, this.fonts)],
          }),
      ),
    ]
  }

  /**
   * Attachment page: "附件" (with its number when there are several) in 3号黑体 flush left on the first line of
   * a new page, the title centred on the third, then the attachment itself.
   */
  attachmentPage(label: string, titleLines: readonly string[], children: readonly FileChild[]): FileChild[] {
    return [
      new Paragraph({ pageBreakBefore: true, keepNext: true, spacing: gridSpacing, children: [textRun(label, this.fonts, 'heading1')] }),
      keep(blank(), { keepNext: true }),
      ...this.title(titleLines),
      blank(),
      ...children,
    ]
  }

  /**
   * 机关署名 + 成文日期. With a seal: the date four characters in from the right, the agency name centred
   * on it (seal-centre.ts), three lines below the text for the seal. Without: the name two characters in from
   * the right and the date on the next line starting two characters further right (or, when the date is
   * longer, the date two in and the name moved left to keep that offset). Name and date keep together, and
   * with the blank lines above them.
   */
  signature(agencyName: string, isoDate: string, opts: { sealed: boolean }): Paragraph[] {
    const date = formatChineseDate(isoDate)
    const blanks = this.blankLines(opts.sealed ? 3 : 1).map((p) => keep(p, { keepNext: true }))
    const common = { keepLines: true, autoSpaceEastAsianText: false, spacing: gridSpacing } as const
    if (opts.sealed) {
      const centre = sealCentreTwips(agencyName, date, { widthTwips: mmToTwip(PAGE.typeAreaMm.width), charTwips: BODY_CHAR_TWIPS })
      const line = (text: string, keepNext: boolean) =>
        new Paragraph({ ...common, keepNext, tabStops: [{ type: TabStopType.CENTER, position: centre }], children: [textRun('', this.fonts, 'body', { children: [new Tab()] }), textRun(text, this.fonts)] })
      return [...blanks, line(agencyName, true), line(date, false)]
    }
    const nameW = textWidthInChars(agencyName)
    const dateW = textWidthInChars(date)
    const [nameIndent, dateIndent] = nameW - dateW >= 2 ? [2, nameW - dateW] : [dateW + 4 - nameW, 2]
    const line = (text: string, indent: number, keepNext: boolean) =>
      new Paragraph({ ...common, alignment: AlignmentType.RIGHT, keepNext, indent: { right: chars(indent) }, children: [textRun(text, this.fonts)] })
    return [...blanks, line(agencyName, nameIndent, true), line(date, dateIndent, false)]
  }

  /**
   * The same blocks kept on one page: each paragraph keeps with the next, so a closing block (wording,
   * signature lines, 机关署名 and date) moves to the next page whole rather than leaving the seal alone there.
   * A table among them (unsplittable rows) is kept by the paragraph before it.
   */
  keepTogether(blocks: readonly FileChild[]): FileChild[] {
    return blocks.map((p, i) => (i === blocks.length - 1 || !(p instanceof Paragraph) ? p : keep(p, { keepNext: true })))
  }

  /** Lines for people to sign by hand, e.g. 执法人员（签名）：＿＿＿ 日期：＿＿＿. */
  signatureLines(labels: string[], opts: { withDate?: boolean } = {}): Paragraph[] {
    const gap = '\u3000'.repeat(7)
    return labels.map(
      (label) =>
        new Paragraph({
          spacing: { ...gridSpacing, before: ptToTwip(6) },
          indent: { firstLine: chars(2) },
          children: [
            textRun(`${label}（签名）：`, this.fonts),
            textRun(gap, this.fonts, 'body', { underline: {} }),
            ...(opts.withDate === false ? [] : [textRun('\u3000\u3000日期：', this.fonts), textRun('\u3000'.repeat(5), this.fonts, 'body', { underline: {} })]),
          ],
        }),
    )
  }
}

/**
 * Most height of the two item rows carried over with a table's closing (so the page it lands on lists some):
 * about a third of the type area, leaving the rest to the closing.
 */
const CARRIED_MAX_TWIPS = ptToTwip(220)
const NO_LINE = { style: BorderStyle.NONE, size: 0, color: 'auto' }

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const
