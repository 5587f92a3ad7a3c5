import { AlignmentType, BorderStyle, PageNumber, Tab, TabStopType, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType, type IRunOptions } from 'docx'
import type { Paragraph } from 'docx'
import { formatChineseDate } from '../../../shared/rules/chinese-date'
import { headingParts, type TemplateLine } from '../../../shared/rules/template-text'
import { PAGE, TITLE_PT, textRun, type DocumentFonts, type FontRole } from './gbt9704'
import { OffGridParagraph } from './off-grid'
import { sealCentreTwips } from './seal-centre'
import { mmToTwip, ptToTwip, textWidthInChars, ZIHAO } from './units'

// A form handed over and signed on the spot (物品清单) is denser than a 公文 page: its header, closing and
// per-page signature line are smaller print off the 22-line grid, so a short list fits on one sheet with
// its signatures. Line heights still leave room to sign by hand.

/** Printed text, or an underlined blank to write in: `n` characters wide, or to the right edge. */
export type FormPiece = string | { blank: number | 'rest' }

const TYPE_AREA = mmToTwip(PAGE.typeAreaMm.width)
const NO_LINE = { style: BorderStyle.NONE, size: 0, color: 'auto' }
const NO_BORDERS = { top: NO_LINE, bottom: NO_LINE, left: NO_LINE, right: NO_LINE, insideHorizontal: NO_LINE, insideVertical: NO_LINE }
/** Cell padding of the header grid: none on the left, so its text lines up with the type area's edge. */
const GRID_MARGINS = { top: 15, bottom: 15, left: 0, right: 120 }

/** Exact line height, optionally with room above (for a signature written over the line). */
const exact = (linePt: number, roomPt = 0) => ({ line: ptToTwip(linePt), lineRule: 'exact' as const, before: ptToTwip(roomPt), after: 0 })

export class FormBlocks {
  constructor(readonly fonts: DocumentFonts) {}

  private run(text: string, sizePt: number, role: FontRole = 'body', extra: Pick<IRunOptions, 'underline' | 'children'> = {}) {
    return textRun(text, this.fonts, role, { sizePt, snapToGrid: false, ...extra })
  }

  /**
   * Labelled header fields (当事人：…, 地址：…) in a borderless grid: two to a line where both fit in half
   * the width, otherwise one across it. A wrapped value continues under its first character.
   */
  fieldGrid(fields: readonly (readonly [label: string, value: string])[], sizePt: number = ZIHAO.小四): Table {
    const half = Math.floor(TYPE_AREA / 2)
    const halfChars = (half - GRID_MARGINS.right) / ptToTwip(sizePt)
    const fits = (f?: readonly [string, string]) => f !== undefined && textWidthInChars(`${f[0]}：${f[1]}`) <= halfChars
    const rows: (readonly [string, string])[][] = []
    for (let i = 0; i < fields.length; ) {
      const pair = fits(fields[i]) && fits(fields[i + 1])
      rows.push(fields.slice(i, i + (pair ? 2 : 1)))
      i += pair ? 2 : 1
    }
    const cell = ([label, value]: readonly [string, string], span: number) => {
      const lead = `${label}：`
      const hang = Math.round(textWidthInChars(lead) * ptToTwip(sizePt))
      return new TableCell({
        columnSpan: span,
        width: { size: half * span, type: WidthType.DXA },
        margins: GRID_MARGINS,
        children: [
          new OffGridParagraph({
            spacing: exact(sizePt * 1.35),
            indent: { left: hang, hanging: hang },
            // Labels in the table header's 黑体, so they stand apart from what was filled in.
            children: [this.run(lead, sizePt, 'heading1'), this.run(value, sizePt)],
          }),
        ],
      })
    }
    return new Table({
      width: { size: half * 2, type: WidthType.DXA },
      columnWidths: [half, half],
      layout: TableLayoutType.FIXED,
      borders: NO_BORDERS,
      rows: rows.map((r) => new TableRow({ cantSplit: true, children: r.map((f) => cell(f, r.length === 1 ? 2 : 1)) })),
    })
  }

  /**
   * 标题: 2号小标宋, centred, as Blocks.title, but off the line grid: a reader whose fonts are taller than
   * the grid's pitch would otherwise give it two grid lines, and a form has no line to spare.
   */
  title(lines: readonly string[]): Paragraph[] {
    return lines.map((line) => new OffGridParagraph({ alignment: AlignmentType.CENTER, spacing: exact(TITLE_PT * 1.35), children: [this.run(line, TITLE_PT, 'title')] }))
  }

  /** One paragraph of text, flush left or right (e.g. 登记号 over the table, a 注 that may wrap). */
  line(text: string, opts: { sizePt: number; align?: 'left' | 'right'; roomPt?: number }): Paragraph {
    const { sizePt, align = 'left', roomPt = 0 } = opts
    return new OffGridParagraph({ alignment: align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT, spacing: exact(sizePt * 1.35, roomPt), children: [this.run(text, sizePt)] })
  }

  /** An empty line `pt` high: sets two tables apart, which Word would otherwise join into one. */
  gap(pt: number): Paragraph {
    return new OffGridParagraph({ spacing: exact(pt), children: [] })
  }

  /**
   * Filled template wording in a form's size: paragraphs indented two characters, headings in their fonts;
   * `roomPt` above the first, to set it off from what precedes it.
   */
  wording(lines: readonly TemplateLine[], sizePt: number, opts: { roomPt?: number } = {}): Paragraph[] {
    return lines.map((line, i) => {
      // As in Blocks.heading: only the heading words take the heading's face.
      const { heading, rest } = line.kind === 'paragraph' ? { heading: '', rest: line.text } : headingParts(line.text)
      return new OffGridParagraph({
        spacing: exact(sizePt * 1.35, i === 0 ? opts.roomPt : 0),
        indent: { firstLine: ptToTwip(sizePt * 2) },
        children: [...(heading ? [this.run(heading, sizePt, line.kind === 'heading1' ? 'heading1' : 'heading2')] : []), ...(rest ? [this.run(rest, sizePt)] : [])],
      })
    })
  }

  /**
   * A line signed by hand: printed text and underlined blanks (`'rest'` runs to the type area's right edge,
   * an underlined tab, so such lines end together). `roomPt` above leaves height to write a name in.
   */
  signLine(pieces: readonly FormPiece[], opts: { sizePt: number; roomPt: number; indentChars?: number }): Paragraph {
    const { sizePt, roomPt, indentChars = 0 } = opts
    return new OffGridParagraph({
      spacing: exact(sizePt * 1.35, roomPt),
      indent: indentChars ? { left: ptToTwip(sizePt * indentChars) } : undefined,
      tabStops: [{ type: TabStopType.RIGHT, position: TYPE_AREA }],
      children: pieces.map((p) =>
        typeof p === 'string'
          ? this.run(p, sizePt)
          : p.blank === 'rest'
            ? this.run('', sizePt, 'body', { underline: {}, children: [new Tab()] })
            : this.run('\u3000'.repeat(p.blank), sizePt, 'body', { underline: {} }),
      ),
    })
  }

  /**
   * 机关署名 + 成文日期 under a seal, placed as Blocks.signature places them (the date four characters in from
   * the right of `widthTwips`, the name centred on it) but in the form's size, with `roomPt` above for the seal's top.
   */
  sealedSignature(agencyName: string, isoDate: string, opts: { sizePt: number; roomPt: number; widthTwips: number }): Paragraph[] {
    const { sizePt, roomPt, widthTwips } = opts
    const date = formatChineseDate(isoDate)
    const centre = sealCentreTwips(agencyName, date, { widthTwips, charTwips: ptToTwip(sizePt) })
    const line = (text: string, room: number) =>
      new OffGridParagraph({
        spacing: exact(sizePt * 1.35, room),
        tabStops: [{ type: TabStopType.CENTER, position: centre }],
        children: [this.run('', sizePt, 'body', { children: [new Tab()] }), this.run(text, sizePt)],
      })
    return [line(agencyName, roomPt), line(date, 0)]
  }

  /** The widths of sideBySide's two cells, left and right. */
  static sideWidths(leftShare: number): [number, number] {
    const left = Math.round(TYPE_AREA * leftShare)
    return [left, TYPE_AREA - left]
  }

  /**
   * Two blocks side by side without borders, bottom-aligned (e.g. the 注 at the left, 机关署名 and date at the
   * right), `leftShare` of the width to the left. They share the lines the two would take one over the other.
   */
  sideBySide(left: readonly Paragraph[], right: readonly Paragraph[], leftShare: number): Table {
    const [leftWidth] = FormBlocks.sideWidths(leftShare)
    const cell = (children: readonly Paragraph[], width: number) =>
      new TableCell({ width: { size: width, type: WidthType.DXA }, verticalAlign: VerticalAlignTable.BOTTOM, margins: { top: 0, bottom: 0, left: 0, right: 0 }, children: [...children] })
    return new Table({
      width: { size: TYPE_AREA, type: WidthType.DXA },
      columnWidths: [leftWidth, TYPE_AREA - leftWidth],
      layout: TableLayoutType.FIXED,
      borders: NO_BORDERS,
      rows: [new TableRow({ cantSplit: true, children: [cell(left, leftWidth), cell(right, TYPE_AREA - leftWidth)] })],
    })
  }

  /**
   * The footer line signed on every sheet of a multi-page form, with 第N页 共M页 at the right edge:
   * 当事人签名：＿＿ 执法人员签名：＿＿ 第1页 共3页. Blanks take what the labels leave of the line.
   */
  pageSignLine(labels: readonly [string, string], sizePt: number = ZIHAO.小四): Paragraph {
    const char = ptToTwip(sizePt)
    const counterChars = 7 // "第12页 共15页" and a little gap
    const gapChars = 1.5
    const blankChars = TYPE_AREA / char - counterChars - gapChars - labels.reduce((s, l) => s + textWidthInChars(l), 0)
    // The party's blank a little shorter: officers are two or more, signing side by side.
    const firstBlank = Math.floor(blankChars * 0.45)
    const firstEnd = (textWidthInChars(labels[0]) + firstBlank) * char
    const secondStart = firstEnd + gapChars * char
    const secondEnd = TYPE_AREA - counterChars * char
    const tab = (underlined: boolean) => this.run('', sizePt, 'body', { ...(underlined ? { underline: {} } : {}), children: [new Tab()] })
    return new OffGridParagraph({
      // Room above the underline to sign in, clear of the last line of the page's text.
      spacing: exact(sizePt * 1.35, sizePt * 0.75),
      tabStops: [
        { type: TabStopType.LEFT, position: Math.round(firstEnd) },
        { type: TabStopType.LEFT, position: Math.round(secondStart) },
        { type: TabStopType.LEFT, position: Math.round(secondEnd) },
        { type: TabStopType.RIGHT, position: TYPE_AREA },
      ],
      children: [
        this.run(labels[0], sizePt),
        tab(true),
        tab(false),
        this.run(labels[1], sizePt),
        tab(true),
        tab(false),
        this.run('', sizePt, 'body', { children: ['第', PageNumber.CURRENT, '页 共', PageNumber.TOTAL_PAGES, '页'] }),
      ],
    })
  }
}
