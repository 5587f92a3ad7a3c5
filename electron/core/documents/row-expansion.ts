import { randomBytes } from 'node:crypto'
import { officeText } from '../../../shared/rules/text-chars'
import { AppError } from '../errors'

// A long table's body rows, written as XML text instead of as docx objects. The docx library builds, spreads
// and formats an object per row, cell, paragraph, run and property — for a 5,000-line 清单 some 400,000 objects
// and most of its seconds, in garbage collection. The table keeps one template row made by docx itself, whose
// cells hold a token; after packing, the template row is replaced by one copy per row with the cells' text in
// place of the tokens (a cell's "\n" repeats its paragraph, as Blocks.table does). The XML is the library's
// own, byte for byte (tests/unit/documents/row-expansion.test.ts compares the two ways).

/** The same escaping as the docx library's (its escapeAll): markup characters, and C0 controls dropped. */
const escapeXml = (value: string): string =>
  // eslint-disable-next-line no-control-regex -- the C0 controls are what the library drops
  value.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ({ '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' })[c] ?? '')

const MARK_END = '⟧'

export class RowSets {
  private readonly sets = new Map<string, readonly (readonly string[])[]>()
  /** Unguessable per document: typed text can never be taken for a token. */
  private readonly nonce = randomBytes(6).toString('hex')

  /** Keeps the rows; returns each column's token, for the template row's cells. */
  add(rows: readonly (readonly string[])[], columns: number): string[] {
    const key = `⟦tz${this.nonce}r${this.sets.size}c`
    this.sets.set(key, rows)
    return Array.from({ length: columns }, (_v, i) => `${key}${i}${MARK_END}`)
  }

  get size(): number {
    return this.sets.size
  }

  /** document.xml with every template row replaced by its rows. */
  expand(xml: string): string {
    let out = xml
    for (const [key, rows] of this.sets) out = expandOne(out, key, rows)
    if (out.includes(`⟦tz${this.nonce}`)) throw new AppError('INTERNAL', '文书表格生成失败（模板行未替换）')
    return out
  }
}

function expandOne(xml: string, key: string, rows: readonly (readonly string[])[]): string {
  const first = xml.indexOf(`${key}0${MARK_END}`)
  if (first < 0) throw new AppError('INTERNAL', '文书表格生成失败（找不到模板行）')
  // The row opens with <w:tr> (or <w:tr …>), not to be confused with its <w:trPr>.
  const trStart = Math.max(xml.lastIndexOf('<w:tr>', first), xml.lastIndexOf('<w:tr ', first))
  const trEnd = xml.indexOf('</w:tr>', first) + '</w:tr>'.length
  const row = xml.slice(trStart, trEnd)
  // Split the row at each cell's paragraph: fixed text between, and each paragraph around its token.
  const between: string[] = []
  const paragraphs: [before: string, after: string][] = []
  let at = 0
  for (let i = 0; ; i++) {
    const token = `${key}${i}${MARK_END}`
    const t = row.indexOf(token, at)
    if (t < 0) break
    const pStart = Math.max(row.lastIndexOf('<w:p>', t), row.lastIndexOf('<w:p ', t))
    const pEnd = row.indexOf('</w:p>', t) + '</w:p>'.length
    between.push(row.slice(at, pStart))
    paragraphs.push([row.slice(pStart, t), row.slice(t + token.length, pEnd)])
    at = pEnd
  }
  const tail = row.slice(at)
  const parts: string[] = []
  for (const r of rows) {
    for (let i = 0; i < paragraphs.length; i++) {
      parts.push(between[i]!)
      const [before, after] = paragraphs[i]!
      for (const line of (r[i] ?? '').split('\n')) parts.push(before, escapeXml(officeText(line)), after)
    }
    parts.push(tail)
  }
  return xml.slice(0, trStart) + parts.join('') + xml.slice(trEnd)
}
