// Cells of the .xlsx exports (write-excel-file), typed so Excel can sort, filter and sum them.

export type Cell = { value: string | number | Date; type?: typeof Number | typeof Date; format?: string; fontWeight?: 'bold' } | null

/** 'YYYY-MM-DD' as a real Excel date (sortable and filterable there), shown the same way. */
export const excelDate = (iso: string): Cell => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return { value: new Date(Date.UTC(y, m - 1, d)), type: Date, format: 'yyyy-mm-dd' }
}

/** An optional date: empty when absent. */
export const dateOrEmpty = (iso: string | null): Cell => (iso ? excelDate(iso) : { value: '' })

/** Money as a number with two decimals, so Excel can sum the column. */
export const yuanCell = (fen: number): Cell => ({ value: fen / 100, type: Number, format: '#,##0.00' })

export const textCell = (value: string): Cell => ({ value })

export const headerRow = (labels: readonly string[]): Cell[] => labels.map((value) => ({ value, fontWeight: 'bold' }))
