import { readSheet } from 'read-excel-file/node'
import Papa from 'papaparse'
import { AppError } from '../../errors'

// A station sheet's bytes as a grid of cells: the first sheet of an .xlsx (Excel or WPS; dates as Date), or a
// .csv in UTF-8 (with or without BOM) or GBK — what Chinese Excel writes when it saves as CSV. An old .xls is
// refused with what to do.

export type SheetCell = string | number | boolean | Date | null
export type Grid = SheetCell[][]

const ZIP = [0x50, 0x4b, 0x03, 0x04]
const OLE = [0xd0, 0xcf, 0x11, 0xe0]
const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x)

/** UTF-8 if the bytes are valid UTF-8, else GBK (a Chinese text is never both). */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    return new TextDecoder('gbk').decode(bytes)
  }
}

export async function readGrid(fileName: string, bytes: Buffer): Promise<Grid> {
  const lower = fileName.toLowerCase()
  if (startsWith(bytes, OLE) || lower.endsWith('.xls')) throw new AppError('VALIDATION', '这是旧版 Excel 文件（.xls）：请在 Excel 或 WPS 中“另存为” .xlsx 格式后再导入', { base64: '不支持 .xls 文件' })
  if (startsWith(bytes, ZIP)) {
    try {
      return (await readSheet(bytes)) as Grid
    } catch {
      throw new AppError('VALIDATION', '无法读取这个 .xlsx 文件：文件可能已损坏，或不是 Excel 表格', { base64: '无法读取文件' })
    }
  }
  if (lower.endsWith('.xlsx')) throw new AppError('VALIDATION', '这个文件不是有效的 .xlsx 表格', { base64: '无法读取文件' })
  const text = decodeCsv(bytes)
  if (text.includes('\u0000')) throw new AppError('VALIDATION', '无法识别的文件：请选择 .xlsx 或 .csv 表格', { base64: '无法识别的文件' })
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false })
  return parsed.data.map((row) => row.map((c) => (c.trim() === '' ? null : c)))
}
