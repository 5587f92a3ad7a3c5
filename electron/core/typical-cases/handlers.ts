import { caseLinkHandlers } from './case-links'
import { collectionHandlers } from './collection-handlers'
import { typicalDocumentHandlers } from './document-handlers'
import { entryHandlers } from './entry-handlers'
import { reviewHandlers } from './review-handlers'
import { typicalSettingsHandlers } from './settings-handlers'
import { typicalWorkbenchHandlers } from './workbench'

// 典型案例's operations, gathered from the files that keep them.
export const typicalCaseHandlers = { ...collectionHandlers, ...entryHandlers, ...reviewHandlers, ...typicalDocumentHandlers, ...typicalSettingsHandlers, ...typicalWorkbenchHandlers, ...caseLinkHandlers }
