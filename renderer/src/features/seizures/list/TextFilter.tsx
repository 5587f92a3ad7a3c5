import { AutoComplete, Input } from 'antd'
import { useDebouncedText } from '../../../components/use-debounced-text'

// A typed filter (承办单位, 执法人员, 当事人): searches after a pause like the main box, and offers values used
// before when there are any. Matching is a substring in core, so a partial name is enough.

interface Props {
  label: string
  value: string
  onCommit(value: string): void
  /** Values typed before (from seizures.suggestions); none → a plain input. */
  options?: readonly string[]
  maxLength: number
  width: number
  testId?: string
}

const MAX_OPTIONS = 30

export function TextFilter({ label, value, onCommit, options, maxLength, width, testId }: Props) {
  const box = useDebouncedText(value, onCommit)
  const input = (
    <Input
      prefix={<span style={{ color: 'rgba(0,0,0,0.45)' }}>{label}</span>}
      placeholder="全部"
      allowClear
      maxLength={maxLength}
      value={box.text}
      onChange={(e) => box.setText(e.target.value)}
      onPressEnter={() => box.commit()}
      aria-label={label}
      data-testid={testId}
      {...box.compositionProps}
    />
  )
  if (!options || options.length === 0) return <div style={{ width }}>{input}</div>
  const typed = box.text.trim()
  const matching = options.filter((o) => o.includes(typed)).slice(0, MAX_OPTIONS)
  return (
    <AutoComplete
      style={{ width }}
      value={box.text}
      options={matching.map((o) => ({ value: o }))}
      onChange={(v: string) => box.setText(v)}
      onSelect={(v: string) => box.commit(v)}
      popupMatchSelectWidth={Math.max(width, 220)}
    >
      {input}
    </AutoComplete>
  )
}
