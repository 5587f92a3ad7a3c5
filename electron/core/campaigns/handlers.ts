import type { HandlerMap } from '../handler'
import { actor } from '../handler'
import { todayOf } from '../clock'
import { campaignHandlers } from './campaign-handlers'
import { itemHandlers } from './item-handlers'
import { taskHandlers } from './task-handlers'
import { reportHandlers } from './report-handlers'
import { linkHandlers } from './link-handlers'
import { campaignDocumentHandlers } from './document-handlers'
import { campaignForRecord, campaignWorkbench, listCampaigns } from './list'

// 专项行动's operations, gathered from the files that keep them.

type ReadOps = 'campaigns.list' | 'campaigns.forRecord' | 'campaigns.workbench'

const readHandlers: HandlerMap<ReadOps> = {
  'campaigns.list': (f, { trx }) => listCampaigns(trx, f),
  'campaigns.forRecord': ({ recordType, recordId }, { trx }) => campaignForRecord(trx, recordType, recordId),
  'campaigns.workbench': (_input, ctx) => campaignWorkbench(ctx.trx, actor(ctx).name, todayOf(ctx)),
}

export const campaignsHandlers = {
  ...readHandlers,
  ...campaignHandlers,
  ...itemHandlers,
  ...taskHandlers,
  ...reportHandlers,
  ...linkHandlers,
  ...campaignDocumentHandlers,
}
