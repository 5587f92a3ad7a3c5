import { memo, type CSSProperties } from 'react'
import { Button, Tooltip, theme } from 'antd'
import { DeleteOutlined, LockOutlined } from '@ant-design/icons'
import { ITEM_CATEGORIES, ITEM_TEXT_MAX } from '../../../../../shared/domain/seizures'
import { ChoiceCell, TextCell, UnitCell, type Focusable, type NavDirection } from './ItemCell'
import { ITEM_COLUMNS, type ItemColumn, type ItemRow } from './item-rows'

// One row of the item grid, and the column geometry the header shares. Rows are flex boxes rather than <tr>:
// with content-visibility the browser skips laying out and painting rows off screen, which keeps typing quick
// in a 500-line seizure (a table relays out every row on each keystroke).

type GridColumn = ItemColumn | 'no' | 'remove'

/** Base widths in px (10 columns in about 1060 px: a 1366-px window less the side menu); the text columns grow. */
const WIDTHS: Record<GridColumn, number> = {
  no: 36,
  name: 140,
  brand: 128,
  spec: 96,
  category: 100,
  qty: 68,
  unit: 60,
  weightKg: 76,
  valueYuan: 88,
  location: 140,
  note: 92,
  remove: 32,
}
const GROW: Partial<Record<GridColumn, number>> = { name: 2, brand: 2, spec: 1, location: 1, note: 1 }
export const GRID_MIN_WIDTH = Object.values(WIDTHS).reduce((a, b) => a + b, 0)
export const NUMERIC = new Set<ItemColumn>(['qty', 'weightKg', 'valueYuan'])

export const columnStyle = (c: GridColumn): CSSProperties => ({ flex: `${GROW[c] ?? 0} 0 ${WIDTHS[c]}px`, minWidth: 0 })

export const CATEGORY_OPTIONS = Object.entries(ITEM_CATEGORIES).map(([value, label]) => ({ value, label: label as string }))
export type ChoiceOption = { value: string; label: string; disabled?: boolean }

// Contract limits, so a too-long cell shows the contract's message rather than being cut off.
const MAX_LENGTH: Partial<Record<ItemColumn, number>> = { ...ITEM_TEXT_MAX, qty: 20, weightKg: 20, valueYuan: 20 }

export type RowErrors = Partial<Record<ItemColumn, string>>

export interface ItemGridRowProps {
  row: ItemRow
  index: number
  errors: RowErrors | undefined
  /** Messages for the line as a whole (`items.<n>` or a field without a column). */
  lineMessage: string | undefined
  /** A saved line with outcomes: cannot be removed. */
  locked: boolean
  locationOptions: ChoiceOption[]
  /** Cell box style (borders, padding) from the theme; stable between renders. */
  cellStyle: CSSProperties
  setCell(rowKey: string, column: ItemColumn, value: string | null): void
  navigate(rowKey: string, column: ItemColumn, direction: NavDirection): void
  register(rowKey: string, column: ItemColumn, target: Focusable | null): void
  removeRow(rowKey: string): void
}

/** Re-renders only when its own row, errors or position change. */
export const ItemGridRow = memo(function ItemGridRow(p: ItemGridRowProps) {
  const { token } = theme.useToken()
  const { row, index } = p
  const cell = (column: ItemColumn) => {
    const base = {
      testId: `item-${index}-${column}`,
      error: p.errors?.[column],
      onNav: (d: NavDirection) => p.navigate(row.key, column, d),
      register: (t: Focusable | null) => p.register(row.key, column, t),
    }
    switch (column) {
      case 'category':
        return (
          <ChoiceCell
            {...base}
            value={row.category === '' ? null : row.category}
            onChange={(v) => p.setCell(row.key, column, v)}
            options={CATEGORY_OPTIONS}
            placeholder="选择"
          />
        )
      case 'location':
        return (
          <ChoiceCell
            {...base}
            value={row.storageLocationId}
            onChange={(v) => p.setCell(row.key, column, v)}
            options={p.locationOptions}
            allowClear
            labelRender={(label) => label ?? '（位置不存在）'}
          />
        )
      case 'unit':
        return <UnitCell {...base} value={row.unit} onChange={(v) => p.setCell(row.key, column, v)} />
      default:
        return (
          <TextCell
            {...base}
            value={row[column]}
            onChange={(v) => p.setCell(row.key, column, v)}
            maxLength={MAX_LENGTH[column] ?? 100}
            inputMode={NUMERIC.has(column) ? 'decimal' : undefined}
            align={NUMERIC.has(column) ? 'right' : undefined}
          />
        )
    }
  }
  return (
    <div role="row" style={{ display: 'flex', contentVisibility: 'auto', containIntrinsicSize: 'auto 31px' }}>
      <div role="rowheader" style={{ ...columnStyle('no'), ...p.cellStyle, textAlign: 'center', paddingTop: 5, color: token.colorTextSecondary }} title={p.lineMessage}>
        {index + 1}
        {p.lineMessage && <div style={{ color: token.colorError, fontSize: 12, lineHeight: '16px', wordBreak: 'break-all' }}>{p.lineMessage}</div>}
      </div>
      {ITEM_COLUMNS.map((column) => (
        <div role="cell" key={column} style={{ ...columnStyle(column), ...p.cellStyle }} data-row={index} data-col={column}>
          {cell(column)}
        </div>
      ))}
      <div role="cell" style={{ ...columnStyle('remove'), ...p.cellStyle, textAlign: 'center' }}>
        {p.locked ? (
          // No delete button for a line with outcomes (core would refuse the save): a lock that says why.
          <Tooltip title="此行已有处置记录，不能删除；数量可以更正，但不能少于已处置的数量">
            <LockOutlined data-testid={`item-${index}-locked`} style={{ color: token.colorTextTertiary, paddingTop: 8 }} aria-label="此行已有处置记录，不能删除" />
          </Tooltip>
        ) : (
          <Button
            size="small"
            type="text"
            danger
            icon={<DeleteOutlined />}
            data-testid={`item-${index}-remove`}
            aria-label={`删除第${index + 1}行`}
            title={`删除第${index + 1}行`}
            onClick={() => p.removeRow(row.key)}
          />
        )}
      </div>
    </div>
  )
}, sameRow)

function sameRow(a: ItemGridRowProps, b: ItemGridRowProps): boolean {
  for (const k of Object.keys(a) as (keyof ItemGridRowProps)[]) {
    if (k !== 'errors' && a[k] !== b[k]) return false
  }
  const ea = a.errors ?? {}
  const eb = b.errors ?? {}
  return ITEM_COLUMNS.every((c) => ea[c] === eb[c])
}
