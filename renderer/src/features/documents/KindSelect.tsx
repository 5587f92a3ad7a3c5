import { Select } from 'antd'
import type { DocumentKindInfo } from '../../../../shared/api/documents'
import { DOCUMENT_RECORD_SOURCES, type DocumentKind } from '../../../../shared/domain/documents'

interface Props {
  kinds: DocumentKindInfo[]
  value: DocumentKind
  onChange(kind: DocumentKind): void
}

/** The kinds grouped by their area, in the order core lists them (通用 first). */
export function kindGroups(kinds: DocumentKindInfo[]): { area: string; kinds: DocumentKindInfo[] }[] {
  const groups: { area: string; kinds: DocumentKindInfo[] }[] = []
  for (const k of kinds) {
    const group = groups.find((g) => g.area === k.area)
    if (group) group.kinds.push(k)
    else groups.push({ area: k.area, kinds: [k] })
  }
  return groups
}

/** Picks the document kind a tab works on, grouped by area; a kind made from a record says where it is issued. */
export function KindSelect({ kinds, value, onChange }: Props) {
  return (
    <Select
      aria-label="文书种类"
      value={value}
      onChange={onChange}
      options={kindGroups(kinds).map((g) => ({
        label: g.area,
        title: g.area,
        options: g.kinds.map((k) => ({ value: k.kind, label: k.fromRecord ? `${k.label}（在${DOCUMENT_RECORD_SOURCES[k.fromRecord]}中出具）` : k.label })),
      }))}
      style={{ width: 320 }}
    />
  )
}
