import type { DocumentKind } from '../../../../shared/domain/documents'
import { noticeKind } from './notice'
import { seizureInventoryKind } from './seizure-inventory'
import type { DocumentKindDef } from './types'

// Every kind the contract names has its definition: a missing one is a type error here.
export const KINDS: Record<DocumentKind, DocumentKindDef> = {
  notice: noticeKind,
  seizure_inventory: seizureInventoryKind,
}
