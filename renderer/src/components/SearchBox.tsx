import type { CSSProperties } from 'react'
import { Input } from 'antd'
import { useDebouncedText } from './use-debounced-text'

// The one search box above every list (register, stock, batches, cases, archive): it searches as the clerk types,
// after a short pause, at once on Enter, never in the middle of a pinyin composition (use-debounced-text.ts).

export interface SearchBoxProps {
  value: string
  onSearch(query: string): void
  placeholder: string
  testId: string
  ariaLabel?: string
  style?: CSSProperties
}

export function SearchBox({ value, onSearch, placeholder, testId, ariaLabel, style }: SearchBoxProps) {
  const search = useDebouncedText(value, onSearch)
  return (
    <Input.Search
      data-testid={testId}
      aria-label={ariaLabel}
      placeholder={placeholder}
      allowClear
      maxLength={50}
      value={search.text}
      onChange={(e) => search.setText(e.target.value)}
      onSearch={(v) => search.commit(v)}
      {...search.compositionProps}
      style={style ?? { flex: '1 1 280px', minWidth: 280, maxWidth: 420 }}
    />
  )
}

/** A filter's name inside its select, in the secondary text colour. */
export const FilterLabel = ({ children }: { children: string }) => <span style={{ color: 'rgba(0,0,0,0.45)' }}>{children}</span>
