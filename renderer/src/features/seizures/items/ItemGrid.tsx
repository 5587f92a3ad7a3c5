import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, type ClipboardEvent, type CSSProperties } from 'react'
import { Alert, App as AntApp, Button, theme } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import type { StorageLocation } from '../../../../../shared/api/seizure-types'
import type { Focusable, NavDirection } from './ItemCell'
import { GRID_MIN_WIDTH, ItemGridRow, NUMERIC, columnStyle, type ChoiceOption, type RowErrors } from './ItemGridRow'
import { ItemTotals } from './ItemTotals'
import { parseClipboardTable, pasteIntoRows } from './item-paste'
import { CONTRACT_FIELD, COLUMN_LABELS, ITEM_COLUMNS, emptyRow, isBlank, itemIndexes, itemTotals, type ItemColumn, type ItemRow } from './item-rows'

// 物品明细: a spreadsheet-like grid for fast keyboard entry and paste from Excel/WPS. Rows hold text; the form
// turns them into the contract's item lines with rowsToInput. Error keys are `items.<n>.<contract field>` where n
// counts the non-blank rows, the same index the server's zod paths use.

export interface ItemGridProps {
  rows: ItemRow[]
  onChange(rows: ItemRow[]): void
  /** `items.<n>.<field>` (cells), `items.<n>` (a line) or `items` (the list) → message. */
  errors: Record<string, string>
  locations: StorageLocation[]
  /** Keys of saved lines with outcomes: they stay editable but cannot be removed. */
  disabledRows?: Set<string>
}

const cellId = (rowKey: string, column: ItemColumn) => `${rowKey}|${column}`

export function ItemGrid({ rows, onChange, errors, locations, disabledRows }: ItemGridProps) {
  const { token } = theme.useToken()
  const { message } = AntApp.useApp()
  const box = useRef<HTMLDivElement>(null)
  const cells = useRef(new Map<string, Focusable>())
  const pendingFocus = useRef<string | null>(null)
  // Stable callbacks for the memoised rows read the latest props through refs.
  const latest = useRef({ rows, onChange })
  useLayoutEffect(() => {
    latest.current = { rows, onChange }
  })

  const register = useCallback((rowKey: string, column: ItemColumn, target: Focusable | null) => {
    const id = cellId(rowKey, column)
    if (target) cells.current.set(id, target)
    else cells.current.delete(id)
  }, [])

  const focusCell = useCallback((rowKey: string, column: ItemColumn) => {
    const id = cellId(rowKey, column)
    const target = cells.current.get(id)
    if (target) target.focus()
    else pendingFocus.current = id // A row just added: focused once it is rendered.
  }, [])

  useEffect(() => {
    const id = pendingFocus.current
    const target = id ? cells.current.get(id) : undefined
    if (target) {
      pendingFocus.current = null
      target.focus()
    }
  }, [rows])

  const setCell = useCallback((rowKey: string, column: ItemColumn, value: string | null) => {
    const { rows: current, onChange: emit } = latest.current
    emit(
      current.map((r) => {
        if (r.key !== rowKey) return r
        return column === 'location' ? { ...r, storageLocationId: value } : { ...r, [column]: value ?? '' }
      }),
    )
  }, [])

  const appendRow = useCallback(() => {
    const { rows: current, onChange: emit } = latest.current
    const row = emptyRow()
    emit([...current, row])
    focusCell(row.key, 'name')
  }, [focusCell])

  const navigate = useCallback(
    (rowKey: string, column: ItemColumn, direction: NavDirection) => {
      const current = latest.current.rows
      const r = current.findIndex((x) => x.key === rowKey)
      const c = ITEM_COLUMNS.indexOf(column)
      if (r < 0) return
      const at = (row: number, col: number) => focusCell(current[row]!.key, ITEM_COLUMNS[col]!)
      if (direction === 'up') return r > 0 && at(r - 1, c)
      if (direction === 'down') return r < current.length - 1 && at(r + 1, c)
      if (direction === 'prev') {
        if (c > 0) return at(r, c - 1)
        return r > 0 && at(r - 1, ITEM_COLUMNS.length - 1)
      }
      if (c < ITEM_COLUMNS.length - 1) return at(r, c + 1)
      if (r < current.length - 1) return at(r + 1, 0)
      // Past the last cell of the last row: a new row, unless this one is still blank (no pile of empty rows).
      if (isBlank(current[r]!)) return at(r, 0)
      appendRow()
    },
    [focusCell, appendRow],
  )

  const removeRow = useCallback(
    (rowKey: string) => {
      const { rows: current, onChange: emit } = latest.current
      const index = current.findIndex((x) => x.key === rowKey)
      const rest = current.filter((x) => x.key !== rowKey)
      const next = rest.length > 0 ? rest : [emptyRow()]
      emit(next)
      const focus = next[Math.min(Math.max(index, 0), next.length - 1)]!
      focusCell(focus.key, 'name')
    },
    [focusCell],
  )

  // Excel/WPS: several cells (tab or newline in the text) are spread over the grid; one plain value pastes as usual.
  const onPaste = (e: ClipboardEvent<HTMLDivElement>) => {
    const text = e.clipboardData.getData('text/plain')
    if (!/[\t\r\n]/.test(text)) return
    const cell = (e.target as HTMLElement).closest<HTMLElement>('[data-col]')
    if (!cell) return
    e.preventDefault()
    const column = cell.dataset.col as ItemColumn
    const result = pasteIntoRows(rows, Number(cell.dataset.row), ITEM_COLUMNS.indexOf(column), parseClipboardTable(text), ITEM_COLUMNS, locations)
    onChange(result.rows)
    if (result.unmatchedLocations.length > 0) {
      const names = [...new Set(result.unmatchedLocations)].slice(0, 3).join('、')
      message.warning(`未找到存放位置：${names}。这些格未改动，请从列表选择`)
    } else if (result.pastedRows > 1) {
      message.success(`已粘贴 ${result.pastedRows} 行`)
    }
  }

  // Errors by row (cells) and by line (messages that name no cell), from the keys the server and rowsToInput use.
  const indexes = useMemo(() => itemIndexes(rows), [rows])
  const { byRow, lineMessages } = useMemo(() => splitErrors(rows, indexes, errors), [rows, indexes, errors])

  // Bring the first cell in error into view when a new set of errors arrives (not on every render).
  const signature = Object.keys(errors).sort().join(',')
  useEffect(() => {
    if (signature === '') return
    const first = firstErrorCell(byRow)
    if (!first) return
    const cell = box.current?.querySelector<HTMLElement>(`[data-testid="item-${first.row}-${first.column}"]`)
    cell?.scrollIntoView({ block: 'center', inline: 'nearest' })
    // The cursor goes there too, so the clerk can correct it at once (a select's box takes it through its input).
    ;(cell?.matches('input, textarea') ? cell : cell?.querySelector<HTMLElement>('input'))?.focus({ preventScroll: true })
    // Only the signature: a parent that rebuilds the same errors each render should not scroll on every key.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signature])

  const totals = useMemo(() => itemTotals(rows), [rows])
  // Keyed by the voided locations rows still name, not by rows: a new options array would re-render every row.
  const voidedInUse = usedVoided(locations, rows)
  const locationOptions = useMemo(() => locationChoices(locations, voidedInUse), [locations, voidedInUse])

  const border = `1px solid ${token.colorBorderSecondary}`
  const cellStyle = useMemo<CSSProperties>(() => ({ padding: 2, borderRight: border, borderBottom: border, boxSizing: 'border-box' }), [border])
  const head: CSSProperties = { ...cellStyle, padding: '4px', background: token.colorFillAlter, fontWeight: 500, fontSize: 13, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }

  return (
    <div>
      {errors.items && <Alert type="error" showIcon title={errors.items} style={{ marginBottom: 8 }} />}
      <div ref={box} style={{ overflowX: 'auto' }} onPaste={onPaste}>
        <div role="table" aria-label="物品明细" style={{ minWidth: GRID_MIN_WIDTH, borderLeft: border, borderTop: border }}>
          <div role="row" style={{ display: 'flex' }}>
            <div role="columnheader" style={{ ...columnStyle('no'), ...head, textAlign: 'center' }}>
              序号
            </div>
            {ITEM_COLUMNS.map((c) => (
              <div role="columnheader" key={c} style={{ ...columnStyle(c), ...head, textAlign: NUMERIC.has(c) ? 'right' : 'left' }} title={COLUMN_LABELS[c]}>
                {COLUMN_LABELS[c]}
              </div>
            ))}
            <div role="columnheader" aria-label="删除" style={{ ...columnStyle('remove'), ...head }} />
          </div>
          {rows.map((row, i) => (
            <ItemGridRow
              key={row.key}
              row={row}
              index={i}
              errors={byRow[i]}
              lineMessage={lineMessages[i]}
              locked={disabledRows?.has(row.key) ?? false}
              locationOptions={locationOptions}
              cellStyle={cellStyle}
              setCell={setCell}
              navigate={navigate}
              register={register}
              removeRow={removeRow}
            />
          ))}
        </div>
      </div>
      <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', marginTop: 6 }}>
        <Button size="small" icon={<PlusOutlined />} data-testid="item-add" onClick={appendRow}>
          添加一行
        </Button>
        <ItemTotals totals={totals} />
      </div>
    </div>
  )
}

const FIELD_TO_COLUMN = new Map(ITEM_COLUMNS.map((c) => [CONTRACT_FIELD[c] as string, c]))

/** Cell errors per row and line-level messages per row, placed through the rows' item indexes. */
function splitErrors(rows: readonly ItemRow[], indexes: readonly (number | null)[], errors: Record<string, string>) {
  const rowOfItem = new Map<number, number>()
  indexes.forEach((n, r) => n !== null && rowOfItem.set(n, r))
  const byRow: (RowErrors | undefined)[] = rows.map(() => undefined)
  const lineMessages: (string | undefined)[] = rows.map(() => undefined)
  for (const [key, text] of Object.entries(errors)) {
    const m = /^items\.(\d+)(?:\.([^.]+))?/.exec(key)
    if (!m) continue
    const r = rowOfItem.get(Number(m[1]))
    if (r === undefined) continue
    const column = m[2] ? FIELD_TO_COLUMN.get(m[2]) : undefined
    if (column) byRow[r] = { ...byRow[r], [column]: text }
    else lineMessages[r] = lineMessages[r] ? `${lineMessages[r]}；${text}` : text
  }
  return { byRow, lineMessages }
}

function firstErrorCell(byRow: readonly (RowErrors | undefined)[]): { row: number; column: ItemColumn } | null {
  for (let row = 0; row < byRow.length; row++) {
    const column = ITEM_COLUMNS.find((c) => byRow[row]?.[c])
    if (column) return { row, column }
  }
  return null
}

/** Ids of voided locations that some row still names, as one string (a stable memo key). */
function usedVoided(locations: readonly StorageLocation[], rows: readonly ItemRow[]): string {
  const voided = new Set(locations.filter((l) => l.voided !== null).map((l) => l.id))
  return [...new Set(rows.map((r) => r.storageLocationId).filter((id): id is string => id !== null && voided.has(id)))].sort().join('|')
}

/** Non-voided locations by path, in the order given; a voided one a row still names is shown disabled, not as a bare id. */
function locationChoices(locations: readonly StorageLocation[], voidedInUse: string): ChoiceOption[] {
  const used = new Set(voidedInUse.split('|'))
  return locations
    .filter((l) => l.voided === null || used.has(l.id))
    .map((l) => ({ value: l.id, label: l.voided ? `${l.path}（已作废）` : l.path, disabled: l.voided !== null }))
}
