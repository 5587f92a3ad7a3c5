import writeXlsxFile from 'write-excel-file/node'

// Station sheets as offices send them, for unit and E2E tests alike (no core here): an .xlsx with a merged title
// row, a CSV in GBK.

export type SheetValue = string | number | Date | null

/** An .xlsx as Excel saves one: optionally a title merged across the columns above the header. */
export async function sheetXlsx(rows: SheetValue[][], title?: string): Promise<string> {
  const width = Math.max(...rows.map((r) => r.length))
  const cell = (v: SheetValue) => (v === null ? null : v instanceof Date ? { value: v, type: Date, format: 'yyyy-mm-dd' } : typeof v === 'number' ? { value: v, type: Number } : { value: v })
  const data = [...(title ? [[{ value: title, columnSpan: width }, ...Array(width - 1).fill(null)]] : []), ...rows.map((r) => r.map(cell))]
  return (await writeXlsxFile(data as never).toBuffer()).toString('base64')
}

let gbkTable: Map<string, number[]> | null = null
/** Text in GBK, as Chinese Excel writes a CSV: built from the platform decoder itself, two-byte codes only. */
export function gbk(text: string): Buffer {
  if (!gbkTable) {
    gbkTable = new Map()
    const d = new TextDecoder('gbk')
    for (let a = 0x81; a <= 0xfe; a++)
      for (let b = 0x40; b <= 0xfe; b++) {
        if (b === 0x7f) continue
        const ch = d.decode(Uint8Array.of(a, b))
        if (ch.length === 1 && ch !== '\ufffd' && !gbkTable.has(ch)) gbkTable.set(ch, [a, b])
      }
  }
  const out: number[] = []
  for (const ch of text) {
    const code = ch.codePointAt(0)!
    if (code < 0x80) out.push(code)
    else {
      const bytes = gbkTable.get(ch)
      if (!bytes) throw new Error(`no GBK code for ${ch}`)
      out.push(...bytes)
    }
  }
  return Buffer.from(out)
}

