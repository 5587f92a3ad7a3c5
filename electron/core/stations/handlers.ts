import { stationAttachmentHandlers } from './attachment-handlers'
import { stationDocumentHandlers } from './document-handlers'
import { stationImportHandlers } from './import/import-handlers'
import { stationReviewHandlers } from './review-handlers'
import { stationSettingsHandlers } from './settings-handlers'
import { stationHandlers } from './station-handlers'
import { stationStatusHandlers } from './status-handlers'

// 服务站's operations, gathered from the files that keep them.
export const stationAreaHandlers = { ...stationHandlers, ...stationStatusHandlers, ...stationReviewHandlers, ...stationImportHandlers, ...stationSettingsHandlers, ...stationDocumentHandlers, ...stationAttachmentHandlers }
