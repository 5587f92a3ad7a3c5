import { strFromU8, unzipSync } from 'fflate'

/** The parts of a .docx as text, by path inside the zip. */
export function readDocx(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes)
  return Object.fromEntries(Object.entries(files).filter(([p]) => p.endsWith('.xml') || p.endsWith('.rels')).map(([p, b]) => [p, strFromU8(b)]))
}

/** Attribute maps of every `<tag …>` element in the XML. */
export function elements(xml: string, tag: string): Record<string, string>[] {
  const re = new RegExp(`<${tag}(\\s[^>]*?)?/?>`, 'g')
  return [...xml.matchAll(re)].map((m) => Object.fromEntries([...(m[1] ?? '').matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])))
}

export function firstElement(xml: string, tag: string): Record<string, string> {
  const [el] = elements(xml, tag)
  if (!el) throw new Error(`no <${tag}> in XML`)
  return el
}

/** Each run (`<w:r>…</w:r>`) with its text and run properties' XML. */
export function runs(xml: string): { text: string; rPr: string }[] {
  return [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => ({
    text: [...m[1]!.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    rPr: /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(m[1]!)?.[1] ?? '',
  }))
}

/** Plain text of the document body, paragraphs joined by newlines. */
export function plainText(xml: string): string {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) => [...p[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))
    .join('\n')
}

/** The footers' XML by reference type ('default' for odd pages, 'even'), followed through the document's relationships. */
export function footers(parts: Record<string, string>): Record<string, string> {
  const rels = parts['word/_rels/document.xml.rels'] ?? ''
  return Object.fromEntries(
    elements(parts['word/document.xml'] ?? '', 'w:footerReference').map((ref) => {
      const target = new RegExp(`Id="${ref['r:id']}"[^>]*Target="([^"]+)"`).exec(rels)?.[1]
      if (!target) throw new Error(`footer ${ref['r:id']} has no relationship`)
      return [ref['w:type']!, parts[`word/${target}`]!]
    }),
  )
}

/** The outermost `<tag>…</tag>` elements of the XML, nested ones inside them included whole. */
export function outermost(xml: string, tag: string): string[] {
  const re = new RegExp(`<(/?)${tag}(?=[ >/])[^>]*?(/?)>`, 'g')
  const found: string[] = []
  let depth = 0
  let start = 0
  for (const m of xml.matchAll(re)) {
    if (m[2] === '/') continue
    if (m[1] === '/') {
      depth--
      if (depth === 0) found.push(xml.slice(start, m.index + m[0].length))
    } else {
      if (depth === 0) start = m.index
      depth++
    }
  }
  return found
}

/** The body's tables, each with any tables nested in it. */
export const tables = (xml: string): string[] => outermost(xml, 'w:tbl')

/** A table's own rows (not those of tables nested in its cells). */
export const rowsOf = (table: string): string[] => outermost(table.slice(table.indexOf('>') + 1, table.lastIndexOf('</w:tbl>')), 'w:tr')

/** A row's own cells. */
export const cellsOf = (row: string): string[] => outermost(row.slice(row.indexOf('>') + 1, row.lastIndexOf('</w:tr>')), 'w:tc')

/** The body's paragraphs outside tables, in order. */
export const bodyParagraphs = (xml: string): string[] => {
  const body = xml.slice(xml.indexOf('<w:body>'))
  let flat = body
  for (const t of tables(body)) flat = flat.replace(t, '')
  return outermost(flat, 'w:p')
}

/** A long table whose header row repeats, with the rows carried into its closing row (Blocks.table), each cell's text on one line. */
export function headedTableRows(xml: string): string[][] {
  const table = tables(xml).find((x) => x.includes('<w:tblHeader/>'))!
  const rows = rowsOf(table)
  const carried = tables(cellsOf(rows.at(-1)!)[0]!)[0]
  return [...rows.slice(0, -1), ...(carried ? rowsOf(carried) : [])].map((r) => cellsOf(r).map((c) => plainText(c).replace(/\n/g, '')))
}
