import { caseHandlers } from './case-handlers'
import { caseStatusHandlers } from './status-handlers'
import { casePublicationHandlers } from './publication-handlers'
import { caseDocumentHandlers } from './document-handlers'

// 处罚案件's operations, gathered from the files that keep them.
export const penaltyCaseHandlers = { ...caseHandlers, ...caseStatusHandlers, ...casePublicationHandlers, ...caseDocumentHandlers }
