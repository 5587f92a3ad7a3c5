import type { HandlerMap } from '../handler'
import { batchHandlers } from './batch-handlers'
import { lineHandlers } from './line-handlers'
import { executeHandlers } from './execute-handlers'
import { destructionAttachmentHandlers } from './attachment-handlers'
import { destructionDocumentHandlers } from './document-handlers'
import { listStock } from './stock'
import { batchesForSeizure, destructionWorkbench, listBatches } from './list'

// 销毁管理's operations, gathered from the files that keep them.

type ReadOps = 'destruction.stock.list' | 'destruction.batch.list' | 'destruction.forSeizure' | 'destruction.workbench'

const readHandlers: HandlerMap<ReadOps> = {
  'destruction.stock.list': async (f, { trx }) => listStock(trx, f),
  'destruction.batch.list': async (f, { trx }) => listBatches(trx, f),
  'destruction.forSeizure': async ({ seizureId }, { trx }) => batchesForSeizure(trx, seizureId),
  'destruction.workbench': async (_input, { trx }) => destructionWorkbench(trx),
}

export const destructionHandlers = {
  ...readHandlers,
  ...batchHandlers,
  ...lineHandlers,
  ...executeHandlers,
  ...destructionAttachmentHandlers,
  ...destructionDocumentHandlers,
}
