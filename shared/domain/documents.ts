// Document kinds Taizhang writes. Areas add theirs (清单, 记录, 名录…) as they are built.
export const DOCUMENT_KINDS = ['notice'] as const
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  notice: '公告（通用）',
}
