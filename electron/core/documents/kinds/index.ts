import type { DocumentKind } from '../../../../shared/domain/documents'
import { noticeKind } from './notice'
import type { DocumentKindDef } from './types'

// Every kind the contract names has its definition: a missing one is a type error here.
export const KINDS: Record<DocumentKind, DocumentKindDef> = {
  notice: noticeKind,
}
