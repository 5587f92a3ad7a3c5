import { Select } from 'antd'
import type { DocumentKindInfo } from '../../../../shared/api/documents'
import type { DocumentKind } from '../../../../shared/domain/documents'

interface Props {
  kinds: DocumentKindInfo[]
  value: DocumentKind
  onChange(kind: DocumentKind): void
}

/** Picks the document kind a tab works on. */
export function KindSelect({ kinds, value, onChange }: Props) {
  return (
    <Select
      aria-label="文书种类"
      value={value}
      onChange={onChange}
      options={kinds.map((k) => ({ value: k.kind, label: k.label }))}
      style={{ width: 240 }}
    />
  )
}
