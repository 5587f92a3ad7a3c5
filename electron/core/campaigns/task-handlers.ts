import type { Kysely } from 'kysely'
import type { OpParsed } from '../../../shared/api'
import type { CampaignTask, TaskPhoto } from '../../../shared/api/campaign-types'
import { TASK_STATUSES, type TaskStatus } from '../../../shared/domain/campaigns'
import type { Database } from '../db/schema'
import type { HandlerContext, HandlerMap } from '../handler'
import { actor } from '../handler'
import { newId } from '../db/ids'
import { AppError } from '../errors'
import { changedFields } from '../audit/write'
import { addRecordFile, listRecordFiles, readRecordFile, voidRecordFile, type RecordFileTable } from '../attachments/record-files'
import { campaignRow, openCampaign, taskRows, toTask } from './repository'

// 任务分解: the tasks of a campaign (a row each of the 任务分解表), their status with a completion note, and
// their photos (each with when, where and what it shows). Written to the campaign's history.

type Ops =
  | 'campaigns.task.create'
  | 'campaigns.task.update'
  | 'campaigns.task.status'
  | 'campaigns.task.void'
  | 'campaigns.task.photos'
  | 'campaigns.task.photo.add'
  | 'campaigns.task.photo.get'
  | 'campaigns.task.photo.void'
type Db = Kysely<Database>
type Facts = OpParsed<'campaigns.task.create'>['facts']

async function getTask(db: Db, id: string): Promise<CampaignTask & { campaignId: string }> {
  const t = await taskRows(db).where('t.id', '=', id).executeTakeFirst()
  if (!t) throw new AppError('NOT_FOUND', '没有这个任务')
  const c = await campaignRow(db, t.campaign_id)
  return { ...toTask(t, c), campaignId: c.id }
}

const plain = ({ campaignId: _c, ...t }: CampaignTask & { campaignId: string }): CampaignTask => t

/** A task the caller may change: its campaign open, the task not voided, the version they read. */
async function changeable(ctx: HandlerContext, id: string, version: number, doing: string) {
  const t = await getTask(ctx.trx, id)
  await openCampaign(ctx.trx, t.campaignId, doing)
  if (t.voided) throw new AppError('STATE', `任务${t.seq}已作废，不能${doing}`)
  if (t.version !== version) throw new AppError('CONFLICT', `任务${t.seq}已被他人修改，请刷新后重试`)
  return t
}

const columns = (f: Facts) => ({ work: f.work, lead_office: f.leadOffice, partners: f.partners, owner: f.owner, leader: f.leader, due_date: f.dueDate })
const auditOf = (f: Facts) => ({ work: f.work, leadOffice: f.leadOffice, partners: f.partners, owner: f.owner, leader: f.leader, dueDate: f.dueDate })

const PHOTOS: RecordFileTable = {
  table: 'campaign_task_photos',
  owner: 'task_id',
  recordType: 'campaign',
  auditedOn: async (db, taskId) => (await getTask(db, taskId)).campaignId,
  checkOwner: async (db, taskId, forChange) => {
    const t = await getTask(db, taskId)
    if (!forChange) return
    await openCampaign(db, t.campaignId, '修改任务照片')
    if (t.voided) throw new AppError('STATE', `任务${t.seq}已作废，不能再修改照片`)
  },
}

async function photoDetails(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, { taken_at: string; place: string; caption: string }>()
  const rows = await db.selectFrom('campaign_task_photos').select(['id', 'taken_at', 'place', 'caption']).where('id', 'in', ids).execute()
  return new Map(rows.map((r) => [r.id, r]))
}

async function withDetails(db: Db, files: Awaited<ReturnType<typeof listRecordFiles>>): Promise<TaskPhoto[]> {
  const d = await photoDetails(db, files.map((f) => f.id))
  return files.map((f) => ({ ...f, takenAt: d.get(f.id)?.taken_at ?? '', place: d.get(f.id)?.place ?? '', caption: d.get(f.id)?.caption ?? '' }))
}

export const taskHandlers: HandlerMap<Ops> = {
  'campaigns.task.create': async ({ campaignId, facts }, ctx) => {
    const by = actor(ctx).id
    await openCampaign(ctx.trx, campaignId, '增加任务')
    const last = await ctx.trx.selectFrom('campaign_tasks').select((eb) => eb.fn.max('seq').as('n')).where('campaign_id', '=', campaignId).executeTakeFirst()
    const seq = Number(last?.n ?? 0) + 1
    const id = newId()
    await ctx.trx
      .insertInto('campaign_tasks')
      .values({ id, campaign_id: campaignId, seq, ...columns(facts), created_at: ctx.at, created_by: by, updated_at: ctx.at, updated_by: by, version: 1, voided_at: null, voided_by: null, void_reason: null })
      .execute()
    const task = await getTask(ctx.trx, id)
    await ctx.audit({ action: 'create', recordType: 'campaign', recordId: campaignId, changes: { task: [null, `任务${seq}：${facts.work}`] }, note: task.warnings.join('；') || null })
    return plain(task)
  },

  'campaigns.task.update': async ({ id, version, facts }, ctx) => {
    const before = await changeable(ctx, id, version, '修改')
    await ctx.trx.updateTable('campaign_tasks').set({ ...columns(facts), version: version + 1, updated_at: ctx.at, updated_by: actor(ctx).id }).where('id', '=', id).where('version', '=', version).execute()
    const changes = changedFields(auditOf(before), auditOf(facts))
    if (Object.keys(changes).length > 0) await ctx.audit({ action: 'update', recordType: 'campaign', recordId: before.campaignId, changes, note: `任务${before.seq}` })
    return plain(await getTask(ctx.trx, id))
  },

  'campaigns.task.status': async ({ id, version, status, note }, ctx) => {
    const before = await changeable(ctx, id, version, '更新状态')
    await ctx.trx.updateTable('campaign_tasks').set({ status, completion_note: note, version: version + 1, updated_at: ctx.at, updated_by: actor(ctx).id }).where('id', '=', id).execute()
    const label = (s: TaskStatus) => TASK_STATUSES[s]
    await ctx.audit({ action: 'status', recordType: 'campaign', recordId: before.campaignId, changes: changedFields({ status: label(before.status), completionNote: before.completionNote }, { status: label(status), completionNote: note }), note: `任务${before.seq}` })
    return plain(await getTask(ctx.trx, id))
  },

  'campaigns.task.void': async ({ id, version, reason }, ctx) => {
    const before = await changeable(ctx, id, version, '作废')
    const by = actor(ctx).id
    await ctx.trx.updateTable('campaign_tasks').set({ voided_at: ctx.at, voided_by: by, void_reason: reason, version: version + 1, updated_at: ctx.at, updated_by: by }).where('id', '=', id).execute()
    await ctx.audit({ action: 'void', recordType: 'campaign', recordId: before.campaignId, changes: { task: [`任务${before.seq}：${before.work}`, null] }, note: reason })
    return plain(await getTask(ctx.trx, id))
  },

  'campaigns.task.photos': async ({ taskId }, { trx }) => withDetails(trx, await listRecordFiles(trx, PHOTOS, taskId)),
  'campaigns.task.photo.add': async ({ taskId, takenAt, place, caption, ...file }, ctx) => {
    const f = await addRecordFile(ctx, PHOTOS, taskId, file, { taken_at: takenAt, place, caption })
    return (await withDetails(ctx.trx, [f]))[0]!
  },
  'campaigns.task.photo.get': ({ id }, { trx, services }) => readRecordFile(trx, services.dataDir, PHOTOS, id),
  'campaigns.task.photo.void': async ({ id, reason }, ctx) => (await withDetails(ctx.trx, [await voidRecordFile(ctx, PHOTOS, id, reason)]))[0]!,
}
