import { caseHandlers } from './case-handlers'
import { caseStatusHandlers } from './status-handlers'
import { casePublicationHandlers } from './publication-handlers'
import { caseDocumentHandlers } from './document-handlers'
import { caseSettingsHandlers } from './settings-handlers'

// 处罚案件's operations, gathered from the files that keep them.
export const penaltyCaseHandlers = { ...caseHandlers, ...caseStatusHandlers, ...casePublicationHandlers, ...caseDocumentHandlers, ...caseSettingsHandlers }
