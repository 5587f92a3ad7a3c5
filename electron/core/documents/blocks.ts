import {
  AlignmentType,
  BorderStyle,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type FileChild,
} from 'docx'
import { formatChineseDate } from '../../../shared/rules/chinese-date'
import type { TemplateLine } from '../../../shared/rules/template-text'
import { BODY_CHAR_TWIPS, gridSpacing, PAGE, TITLE_PT, textRun, type DocumentFonts } from './gbt9704'
import { OffGridParagraph } from './off-grid'
import { mmToTwip, ptToTwip, textWidthInChars, ZIHAO } from './units'

// The GB/T 9704 elements a document kind composes. Each returns docx paragraphs or tables laid out on the
// page model; none sets page size, margins or fonts of its own.

const chars = (n: number): number => Math.round(n * BODY_CHAR_TWIPS)
const blank = (): Paragraph => new Paragraph({ spacing: gridSpacing, children: [] })

export class Blocks {
  constructor(readonly fonts: DocumentFonts) {}

  /** 标题: 2号小标宋, centred; several lines for a long title (break it in a 梯形 or 菱形 shape). */
  title(lines: string | string[]): Paragraph[] {
    return [lines].flat().map(
      (line) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: gridSpacing, children: [textRun(line, this.fonts, 'title', { sizePt: TITLE_PT })] }),
    )
  }

  /** 发文字号, centred (e.g. X市监〔2026〕3号, formatted by shared/rules/document-number). */
  documentNumber(text: string): Paragraph {
    return new Paragraph({ alignment: AlignmentType.CENTER, spacing: gridSpacing, children: [textRun(text, this.fonts)] })
  }

  /** 主送机关: flush left, ending with a full-width colon. */
  addressee(name: string): Paragraph {
    return new Paragraph({ spacing: gridSpacing, children: [textRun(name.endsWith('：') ? name : `${name}：`, this.fonts)] })
  }

  /** Body paragraph: 3号仿宋, first line indented two characters. */
  paragraph(text: string): Paragraph {
    return new Paragraph({ spacing: gridSpacing, indent: { firstLine: chars(2) }, children: [textRun(text, this.fonts)] })
  }

  /** Filled template wording: a paragraph per line, "一、" and "（一）" lines as headings. */
  wording(lines: readonly TemplateLine[]): Paragraph[] {
    return lines.map((line) => (line.kind === 'addressee' ? this.addressee(line.text) : line.kind === 'heading1' ? this.heading1(line.text) : line.kind === 'heading2' ? this.heading2(line.text) : this.paragraph(line.text)))
  }

  /** "一、…": 黑体. */
  heading1(text: string): Paragraph {
    return new Paragraph({ spacing: gridSpacing, indent: { firstLine: chars(2) }, keepNext: true, children: [textRun(text, this.fonts, 'heading1')] })
  }

  /** "（一）…": 楷体. */
  heading2(text: string): Paragraph {
    return new Paragraph({ spacing: gridSpacing, indent: { firstLine: chars(2) }, keepNext: true, children: [textRun(text, this.fonts, 'heading2')] })
  }

  blankLines(n: number): Paragraph[] {
    return Array.from({ length: n }, blank)
  }

  pageBreak(): Paragraph {
    return new Paragraph({ children: [new PageBreak()] })
  }

  /**
   * A table across the type area. The header row repeats on every page; rows never split across pages.
   * `widths` are relative column weights; "\n" in a cell's text breaks the line there. `keepLastRowWithNext`
   * carries the last row over with what follows the table (a closing that must not stand alone on a page).
   */
  table(header: string[], rows: string[][], opts: { widths?: number[]; sizePt?: number; align?: ('left' | 'center' | 'right')[]; keepLastRowWithNext?: boolean } = {}): Table {
    const { sizePt = ZIHAO.小四, widths = header.map(() => 1), align = [], keepLastRowWithNext = false } = opts
    const total = mmToTwip(PAGE.typeAreaMm.width)
    const sum = widths.reduce((a, b) => a + b, 0)
    const columnWidths = widths.map((w) => Math.floor((total * w) / sum))
    const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
    const cell = (text: string, i: number, head: boolean, keepNext = false) =>
      new TableCell({
        width: { size: columnWidths[i] ?? 0, type: WidthType.DXA },
        verticalAlign: VerticalAlignTable.CENTER,
        margins: { top: 40, bottom: 40, left: 80, right: 80 },
        // A line break in the text starts a new line in the cell (e.g. a header "重量\n（千克）").
        children: text.split('\n').map(
          (part) =>
            new OffGridParagraph({
              alignment: head ? AlignmentType.CENTER : ALIGN[align[i] ?? 'left'],
              ...(keepNext ? { keepNext } : {}),
              spacing: { line: ptToTwip(sizePt * 1.4), lineRule: 'exact', before: 0, after: 0 },
              // Off the body's character grid: table text is smaller and must not be spread to 3号 cells.
              children: [textRun(part, this.fonts, head ? 'heading1' : 'body', { sizePt, snapToGrid: false })],
            }),
        ),
      })
    return new Table({
      width: { size: total, type: WidthType.DXA },
      columnWidths,
      borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h, i) => cell(h, i, true)) }),
        ...rows.map((r, n) => new TableRow({ cantSplit: true, children: header.map((_h, i) => cell(r[i] ?? '', i, false, keepLastRowWithNext && n === rows.length - 1)) })),
      ],
    })
  }

  /**
   * 附件说明: one blank line below the body, indented two characters; several attachments are numbered
   * "1." and wrapped names align with the first character of the name.
   */
  attachmentNote(names: string[]): Paragraph[] {
    if (names.length === 0) return []
    const lead = '附件：'
    if (names.length === 1) return [blank(), new Paragraph({ spacing: gridSpacing, indent: { left: chars(2 + 3), hanging: chars(3) }, children: [textRun(`${lead}${names[0]}`, this.fonts)] })]
    return [
      blank(),
      ...names.map((name, i) => {
        const number = `${i + 1}.`
        const hang = 3 + textWidthInChars(number)
        return new Paragraph({
          spacing: gridSpacing,
          indent: { left: chars(2 + hang), hanging: chars(i === 0 ? hang : hang - 3) },
          children: [textRun(`${i === 0 ? lead : ''}${number}${name}`, this.fonts)],
        })
      }),
    ]
  }

  /** Attachment page: new page, "附件N" in 黑体 on the first line, the title centred on the third. */
  attachmentPage(label: string, title: string, children: FileChild[]): FileChild[] {
    return [
      this.pageBreak(),
      new Paragraph({ spacing: gridSpacing, children: [textRun(label, this.fonts, 'heading1')] }),
      blank(),
      ...this.title(title),
      blank(),
      ...children,
    ]
  }

  /**
   * 机关署名 + 成文日期. With a seal: the date four characters in from the right, the agency name centred
   * over it, with room above for the seal. Without: the name two characters in from the right and the date
   * on the next line starting two characters further right (or, when the date is longer, the date two in
   * and the name moved left to keep that offset).
   */
  signature(agencyName: string, isoDate: string, opts: { sealed: boolean }): Paragraph[] {
    const date = formatChineseDate(isoDate)
    const nameW = textWidthInChars(agencyName)
    const dateW = textWidthInChars(date)
    let nameIndent: number
    let dateIndent: number
    if (opts.sealed) {
      dateIndent = 4
      nameIndent = Math.max(0, 4 + (dateW - nameW) / 2)
    } else if (nameW - dateW >= 2) {
      nameIndent = 2
      dateIndent = nameW - dateW
    } else {
      dateIndent = 2
      nameIndent = dateW + 4 - nameW
    }
    const line = (text: string, indent: number) =>
      new Paragraph({ alignment: AlignmentType.RIGHT, spacing: gridSpacing, indent: { right: chars(indent) }, children: [textRun(text, this.fonts)] })
    return [...this.blankLines(opts.sealed ? 3 : 1), line(agencyName, nameIndent), line(date, dateIndent)]
  }

  /**
   * The same blocks kept on one page: each paragraph keeps with the next, so a closing block (wording,
   * signature lines, 机关署名 and date) moves to the next page whole rather than leaving the seal alone there.
   * A table among them (unsplittable rows) is kept by the paragraph before it.
   */
  keepTogether(blocks: readonly FileChild[]): FileChild[] {
    return blocks.map((p, i) => (i === blocks.length - 1 || !(p instanceof Paragraph) ? p : new (p.constructor as typeof Paragraph)({ ...p.options, keepNext: true })))
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

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const
