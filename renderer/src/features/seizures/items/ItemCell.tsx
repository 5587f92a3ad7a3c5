import { useRef, type KeyboardEvent, type ReactNode } from 'react'
import { AutoComplete, Input, Select, theme } from 'antd'
import type { InputRef, RefSelectProps } from 'antd'
import { COMMON_UNITS } from '../../../../../shared/domain/seizures'

// The three kinds of cell in the item grid and their keys. Enter/Shift+Enter go to the next/previous cell,
// ArrowUp/ArrowDown to the row above/below; an open dropdown keeps its own keys first.

export type NavDirection = 'next' | 'prev' | 'up' | 'down'

export interface Focusable {
  focus(): void
}

/** The grid move a key asks for, or null. Never while an IME is composing: its Enter and arrows pick characters. */
export function navDirection(e: KeyboardEvent): NavDirection | null {
  if (e.nativeEvent.isComposing || e.keyCode === 229 || e.altKey || e.ctrlKey || e.metaKey) return null
  if (e.key === 'Enter') return e.shiftKey ? 'prev' : 'next'
  if (e.shiftKey) return null
  if (e.key === 'ArrowUp') return 'up'
  if (e.key === 'ArrowDown') return 'down'
  return null
}

/** Whether the combobox the key went to shows its list (rc-select keeps aria-expanded on its input). */
const listOpen = (e: KeyboardEvent) => (e.target as HTMLElement).getAttribute('aria-expanded') === 'true'
/** Keys on the combobox's text box only: Enter on its clear button still clears. */
const onInput = (e: KeyboardEvent) => e.target instanceof HTMLInputElement

interface CellBase {
  testId: string
  error: string | undefined
  onNav(direction: NavDirection): void
  register(target: Focusable | null): void
}

export function CellError({ error }: { error: string | undefined }) {
  const { token } = theme.useToken()
  if (!error) return null
  return <div style={{ color: token.colorError, fontSize: 12, lineHeight: '16px', marginTop: 1, whiteSpace: 'normal' }}>{error}</div>
}

export function TextCell({ testId, error, onNav, register, value, onChange, maxLength, inputMode, align }: CellBase & {
  value: string
  onChange(value: string): void
  maxLength: number
  inputMode?: 'decimal'
  align?: 'right'
}) {
  return (
    <>
      <Input
        size="small"
        data-testid={testId}
        ref={(r: InputRef | null) => register(r && { focus: () => r.focus({ cursor: 'all' }) })}
        value={value}
        status={error ? 'error' : undefined}
        title={error ?? (value.length > 6 ? value : undefined)}
        // A little over the contract's limit: the clerk sees the error message instead of silently cut text.
        maxLength={maxLength + 20}
        inputMode={inputMode}
        style={align ? { textAlign: align } : undefined}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          const direction = navDirection(e)
          if (!direction) return
          e.preventDefault()
          onNav(direction)
        }}
      />
      <CellError error={error} />
    </>
  )
}

/**
 * 类别 and 存放位置: a searchable Select. Enter on a closed one moves on (it does not open the list; typing or
 * ArrowDown does). Enter in an open list picks the highlighted option and moves on in the same keystroke; if
 * nothing matches the search, it stays. Arrows stay with the Select.
 */
export function ChoiceCell({ testId, error, onNav, register, value, onChange, options, placeholder, allowClear, labelRender }: CellBase & {
  value: string | null
  onChange(value: string | null): void
  options: { value: string; label: string; disabled?: boolean }[]
  placeholder?: string
  allowClear?: boolean
  labelRender?: (label: ReactNode, value: string) => ReactNode
}) {
  // Enter that went into an open list: the direction to move once the Select has picked.
  const pending = useRef<{ direction: NavDirection; picked: boolean } | null>(null)
  return (
    <>
      <span
        style={{ display: 'block' }}
        onKeyDownCapture={(e) => {
          const direction = navDirection(e)
          if ((direction !== 'next' && direction !== 'prev') || !onInput(e)) return
          if (listOpen(e)) {
            pending.current = { direction, picked: false }
            return
          }
          // Before rc-select sees it, which would open the list.
          e.preventDefault()
          e.stopPropagation()
          onNav(direction)
        }}
      >
        <Select<string>
          size="small"
          data-testid={testId}
          ref={(r: RefSelectProps | null) => register(r && { focus: () => r.focus() })}
          value={value ?? undefined}
          status={error ? 'error' : undefined}
          // The full path when the narrow cell cuts it off.
          title={error ?? options.find((o) => o.value === value)?.label}
          options={options}
          placeholder={placeholder}
          allowClear={allowClear}
          showSearch={{ optionFilterProp: 'label' }}
          popupMatchSelectWidth={false}
          labelRender={labelRender && ((p) => labelRender(p.label, String(p.value)))}
          style={{ width: '100%' }}
          onChange={(v) => onChange(v ?? null)}
          onSelect={() => {
            if (pending.current) pending.current.picked = true
          }}
          onKeyDown={() => {
            const p = pending.current
            pending.current = null
            // At once, not after a timer: keys typed right after the pick belong to the next cell. Choice cells
            // are never last in a row, so the next cell always exists already.
            if (p?.picked) onNav(p.direction)
          }}
        />
      </span>
      <CellError error={error} />
    </>
  )
}

const UNIT_OPTIONS = COMMON_UNITS.map((u) => ({ value: u }))

/**
 * 单位: free text with COMMON_UNITS offered by prefix. Typing highlights the first unit that starts with the text,
 * and Enter takes it and moves on in one keystroke (千 → 千克); text no unit starts with (只, 克) has no list, so
 * Enter keeps it as typed and moves on. Arrows choose in an open list and move between rows otherwise.
 */
export function UnitCell({ testId, error, onNav, register, value, onChange }: CellBase & { value: string; onChange(value: string): void }) {
  const pending = useRef<NavDirection | null>(null)
  return (
    <>
      <span
        style={{ display: 'block' }}
        onKeyDownCapture={(e) => {
          const direction = navDirection(e)
          if (!direction || !onInput(e)) return
          if (listOpen(e)) {
            if (direction === 'next' || direction === 'prev') pending.current = direction
            return
          }
          e.preventDefault()
          e.stopPropagation()
          onNav(direction)
        }}
      >
        <AutoComplete
          size="small"
          data-testid={testId}
          ref={(r: RefSelectProps | null) => register(r && { focus: () => r.focus() })}
          value={value}
          status={error ? 'error' : undefined}
          title={error}
          options={UNIT_OPTIONS}
          showSearch={{ filterOption: (input, option) => String(option?.value ?? '').startsWith(input.trim()) }}
          popupMatchSelectWidth={false}
          style={{ width: '100%' }}
          onChange={(v: string) => onChange(v ?? '')}
          onKeyDown={() => {
            const direction = pending.current
            pending.current = null
            // At once, not after a timer: a fast second Enter would otherwise arrive first and be lost.
            if (direction) onNav(direction)
          }}
        />
      </span>
      <CellError error={error} />
    </>
  )
}
