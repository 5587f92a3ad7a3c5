import type { HandlerMap } from '../handler'
import { actor } from '../handler'
import { newId } from '../db/ids'
import { AppError } from '../errors'
import { getCampaign, liveItems, openCampaign } from './repository'

// The form's items: added, renamed, reordered or retired by the lead office until the first unit reports.
// An item some unit has put a figure against is never removed; a retired item keeps its row (and figures).

type Ops = 'campaigns.items.save'

const label = (i: { name: string; group_name: string }) => (i.group_name ? `${i.group_name}·${i.name}` : i.name)

export const itemHandlers: HandlerMap<Ops> = {
  'campaigns.items.save': async ({ id, version, items }, ctx) => {
    const by = actor(ctx).id
    await openCampaign(ctx.trx, id, '修改统计表项目', version)
    const submitted = await ctx.trx.selectFrom('campaign_reports').select('unit').where('campaign_id', '=', id).where('status', '=', 'submitted').execute()
    if (submitted.length > 0) throw new AppError('STATE', `${submitted.map((r) => r.unit).join('、')}已报送，统计表项目不能再修改`)
    const before = await liveItems(ctx.trx, id)
    const byId = new Map(before.map((i) => [i.id, i]))
    const fields: Record<string, string> = {}
    // Kept items keep their placeholder; a new item's is its name, or its group and name where the name is taken.
    const keys = new Set(items.flatMap((it) => (it.id !== null && byId.has(it.id) ? [byId.get(it.id)!.key] : [])))
    const kept = new Set<string>()
    const planned = items.map((it, n) => {
      const old = it.id === null ? undefined : byId.get(it.id)
      if (it.id !== null && !old) fields[`items.${n}.id`] = '统计表中没有这个项目（可能已被修改），请刷新后重试'
      if (old) {
        kept.add(old.id)
        return { it, old, key: old.key, position: n + 1 }
      }
      const key = keys.has(it.name) ? `${it.group}${it.name}` : it.name
      if (keys.has(key)) fields[`items.${n}.name`] = `项目“${it.group ? `${it.group}·` : ''}${it.name}”重复`
      keys.add(key)
      return { it, old, key, position: n + 1 }
    })
    const removed = before.filter((b) => !kept.has(b.id))
    if (removed.length > 0) {
      const used = await ctx.trx
        .selectFrom('campaign_figures')
        .select('item_id')
        .distinct()
        .where('item_id', 'in', removed.map((r) => r.id))
        .where((eb) => eb.or([eb('value', 'is not', null), eb('text', '<>', '')]))
        .where('from_records', '=', 0)
        .execute()
      const usedIds = new Set(used.map((u) => u.item_id))
      const blocked = removed.filter((r) => usedIds.has(r.id))
      if (blocked.length > 0) fields.items = `${blocked.map((b) => `“${label(b)}”`).join('、')}已有单位填写了数字，不能删除`
    }
    if (Object.keys(fields).length > 0) throw new AppError('VALIDATION', Object.values(fields)[0]!, fields)

    // Retire first, so a new item may take a retired item's name; then park positions out of the way.
    if (removed.length > 0) await ctx.trx.updateTable('campaign_items').set({ retired_at: ctx.at }).where('id', 'in', removed.map((r) => r.id)).execute()
    for (const p of planned) {
      if (p.old) {
        await ctx.trx.updateTable('campaign_items').set({ name: p.it.name, unit_word: p.old.source ? p.old.unit_word : p.it.unitWord, group_name: p.it.group, note: p.it.note, position: p.position }).where('id', '=', p.old.id).execute()
      } else {
        await ctx.trx
          .insertInto('campaign_items')
          .values({ id: newId(), campaign_id: id, position: p.position, key: p.key, name: p.it.name, unit_word: p.it.unitWord, group_name: p.it.group, note: p.it.note, kind: p.it.kind, source: null, retired_at: null, created_at: ctx.at, created_by: by })
          .execute()
      }
    }
    await ctx.trx.updateTable('campaigns').set({ version: version + 1, updated_at: ctx.at, updated_by: by }).where('id', '=', id).execute()
    const after = await liveItems(ctx.trx, id)
    const list = (xs: { name: string; group_name: string; unit_word: string }[]) => xs.map((x) => `${label(x)}${x.unit_word ? `（${x.unit_word}）` : ''}`).join('、')
    if (list(before) !== list(after)) await ctx.audit({ action: 'update', recordType: 'campaign', recordId: id, changes: { items: [list(before), list(after)] } })
    return getCampaign(ctx.trx, id)
  },
}
