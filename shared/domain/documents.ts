// Document kinds Taizhang writes. Areas add theirs (清单, 记录, 名录…) as they are built.
export const DOCUMENT_KINDS = ['notice', 'seizure_inventory'] as const
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  notice: '公告（通用）',
  seizure_inventory: '查封（扣押）物品清单',
}

/** The area each kind belongs to, for grouping kinds in the 文书 screens. */
export const DOCUMENT_KIND_AREAS: Record<DocumentKind, string> = {
  notice: '通用',
  seizure_inventory: '查扣登记',
}

/** Records a document can be made from, by the area a clerk issues it in. */
export const DOCUMENT_RECORD_SOURCES = {
  seizure: '查扣登记',
} as const
export type DocumentRecordType = keyof typeof DOCUMENT_RECORD_SOURCES
