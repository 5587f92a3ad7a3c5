import { afterEach, describe, expect, it } from 'vitest'
import BetterSqlite3 from 'better-sqlite3'
import type { CoreHarness } from '../../support/temp-core'
import { tinyPng } from '../../support/images'
import { PERMISSIONS } from '../../../shared/api/permissions'
import type { OpName } from '../../../shared/api'
import type { Role } from '../../../shared/domain/roles'
import type { FormItem } from '../../../shared/api/campaign-types'
import { A, B, campaignFacts, campaignOffice, figure, itemId, refusedUnchanged } from './office'

// The lead office's side of a campaign through core: the form's items changed until a unit reports (an item a
// unit has typed a figure against is never removed), the 任务分解 with its status and photos, the 工作台's
// overdue tasks and reports due, and who may do what.

let t: CoreHarness
afterEach(() => t?.dispose())

/** An item as items.save takes it back (the items from the records keep their own kind). */
const asInput = (i: FormItem) => ({ id: i.id, name: i.name, unitWord: i.unitWord, group: i.group, note: i.note, ...(i.kind === 'text' ? { kind: 'text' as const } : {}) })

async function fist() {
  const o = await campaignOffice()
  t = o.t
  const c = await t.ok('campaigns.create', campaignFacts({ name: '2026年铁拳行动', kind: 'iron_fist' }), o.lead)
  return { ...o, c }
}

describe('the form’s items', () => {
  it('are added, renamed, reordered and retired, keys kept', async () => {
    const { c, lead } = await fist()
    const [staff, firms, markets, filed, ...rest] = c.items
    const retired = rest.find((i) => i.name === '发布消费警示')!
    const items = [
      asInput(filed!),
      { ...asInput(staff!), name: '出动执法人员（含协查）' },
      asInput(firms!),
      { id: null, name: '走访企业', unitWord: '户' },
      asInput(markets!),
      ...rest.filter((i) => i !== retired).map(asInput),
    ]
    const stale = await refusedUnchanged(t, c.id, 'campaigns.items.save', { id: c.id, version: c.version + 1, items }, lead)
    expect(stale.code).toBe('CONFLICT')
    const dup = await refusedUnchanged(t, c.id, 'campaigns.items.save', { id: c.id, version: c.version, items: [...items, { id: null, name: '立案查处', unitWord: '件' }] }, lead)
    expect(dup).toMatchObject({ code: 'VALIDATION', fields: { [`items.${items.length}.name`]: '项目“立案查处”重复' } })

    const saved = await t.ok('campaigns.items.save', { id: c.id, version: c.version, items }, lead)
    expect(saved.version).toBe(c.version + 1)
    expect(saved.items.slice(0, 6).map((i) => [i.key, i.name, i.unitWord, i.position])).toEqual([
      ['立案查处', '立案查处', '件', 1],
      ['出动执法人员', '出动执法人员（含协查）', '人次', 2],
      ['检查经营主体', '检查经营主体', '户次', 3],
      ['走访企业', '走访企业', '户', 4],
      ['检查市场商场', '检查市场、商场', '个次', 5],
      ['移送公安机关', '移送公安机关', '件', 6],
    ])
    expect(saved.items.map((i) => i.id)).not.toContain(retired.id)
    expect(saved.items.length).toBe(c.items.length)
    // The retired item keeps its row, marked retired; the items from the records keep their kind and source.
    const raw = new BetterSqlite3(t.core.dbFile, { readonly: true })
    try {
      expect(raw.prepare('SELECT retired_at IS NOT NULL FROM campaign_items WHERE id = ?').pluck().get(retired.id)).toBe(1)
    } finally {
      raw.close()
    }
    expect(saved.items.filter((i) => i.source !== null).map((i) => [i.kind, i.source])).toEqual(c.items.filter((i) => i.source !== null).map((i) => [i.kind, i.source]))
  })

  it('keep an item a unit has typed a figure against, and cannot change once a unit has reported', async () => {
    const { c, lead, clerk } = await fist()
    await t.ok('campaigns.report.save', { campaignId: c.id, unit: A, version: 0, figures: [{ itemId: itemId(c, '检查经营主体'), value: 5 }] }, clerk)
    const without = (key: string) => c.items.filter((i) => i.key !== key).map(asInput)
    const used = await refusedUnchanged(t, c.id, 'campaigns.items.save', { id: c.id, version: c.version, items: without('检查经营主体') }, lead)
    expect(used).toMatchObject({ code: 'VALIDATION', fields: { items: '“检查经营主体”已有单位填写了数字，不能删除' } })
    // One nobody has typed may go, and one added shows blank in the draft.
    const changed = await t.ok('campaigns.items.save', { id: c.id, version: c.version, items: [...without('发布消费警示'), { id: null, name: '走访企业', unitWord: '户' }] }, lead)
    const a = await t.ok('campaigns.report.get', { campaignId: c.id, unit: A }, clerk)
    expect(figure(a, changed, '走访企业').value).toBeNull()
    expect(figure(a, changed, '检查经营主体').value).toBe(5)
    expect(a.figures.map((f) => f.itemId)).not.toContain(itemId(c, '发布消费警示'))

    await t.ok('campaigns.report.submit', { campaignId: c.id, unit: A, version: a.version }, clerk)
    const late = await refusedUnchanged(t, c.id, 'campaigns.items.save', { id: c.id, version: changed.version, items: changed.items.map(asInput) }, lead)
    expect(late).toMatchObject({ code: 'STATE', message: `${A}已报送，统计表项目不能再修改` })
  })
})

describe('tasks', () => {
  it('warn of a due date outside the period, need a note when done, change and are voided', async () => {
    const { c, lead, clerk } = await fist()
    const outside = await t.ok('campaigns.task.create', { campaignId: c.id, facts: { work: '开展宣传周活动', leadOffice: '消费者权益保护科', owner: '赵录入', dueDate: '2027-01-10' } }, lead)
    expect(outside).toMatchObject({ seq: 1, status: 'not_started', warnings: ['完成时限（2027-01-10）不在活动期间（2026-11-01 至 2026-12-31）内'] })
    const inside = await t.ok('campaigns.task.create', { campaignId: c.id, facts: { work: '集中销毁', leadOffice: '执法稽查大队', partners: '办公室', dueDate: '2026-12-15' } }, lead)
    expect([inside.seq, inside.warnings]).toEqual([2, []])
    expect((await t.ok('campaigns.get', { id: c.id }, clerk)).tasks.map((x) => [x.seq, x.work])).toEqual([[1, '开展宣传周活动'], [2, '集中销毁']])

    const noNote = await refusedUnchanged(t, c.id, 'campaigns.task.status', { id: inside.id, version: inside.version, status: 'done', note: '' }, clerk)
    expect(noNote).toMatchObject({ code: 'VALIDATION', fields: { note: '任务已完成，请写明完成情况' } })
    let task = await t.ok('campaigns.task.status', { id: inside.id, version: inside.version, status: 'in_progress' }, clerk)
    expect([task.status, task.version]).toEqual(['in_progress', 2])
    expect((await refusedUnchanged(t, c.id, 'campaigns.task.status', { id: inside.id, version: 1, status: 'done', note: '已完成' }, clerk)).code).toBe('CONFLICT')
    task = await t.ok('campaigns.task.status', { id: inside.id, version: task.version, status: 'done', note: '12月15日在焚烧厂集中销毁' }, clerk)
    expect([task.status, task.completionNote]).toEqual(['done', '12月15日在焚烧厂集中销毁'])
    task = await t.ok('campaigns.task.update', { id: task.id, version: task.version, facts: { work: '集中销毁罚没物品', leadOffice: '执法稽查大队', dueDate: '2027-02-01' } }, lead)
    expect([task.work, task.warnings.length]).toEqual(['集中销毁罚没物品', 1])

    const voided = await t.ok('campaigns.task.void', { id: outside.id, version: outside.version, reason: '与任务2重复' }, lead)
    expect(voided.voided).toMatchObject({ reason: '与任务2重复', byName: '钱法制' })
    expect((await refusedUnchanged(t, c.id, 'campaigns.task.status', { id: outside.id, version: voided.version, status: 'in_progress' }, clerk)).code).toBe('STATE')
  })

  it('keep photos with when, where and what they show', async () => {
    const { c, lead, clerk } = await fist()
    const task = await t.ok('campaigns.task.create', { campaignId: c.id, facts: { work: '3·15咨询活动', leadOffice: '消费者权益保护科' } }, lead)
    const png = tinyPng()
    const photo = { taskId: task.id, fileName: '咨询台.png', base64: png.toString('base64'), takenAt: '2026-12-15 09:30', place: '城关镇人民广场', caption: '设立咨询台接受群众咨询' }
    const bad = await refusedUnchanged(t, c.id, 'campaigns.task.photo.add', { ...photo, takenAt: '12月15日上午' }, clerk)
    expect(bad.fields?.takenAt).toContain('拍摄时间应为日期或日期和时刻')
    expect((await refusedUnchanged(t, c.id, 'campaigns.task.photo.add', { ...photo, place: '' }, clerk)).fields).toHaveProperty('place')

    const added = await t.ok('campaigns.task.photo.add', photo, clerk)
    expect(added).toMatchObject({ fileName: '咨询台.png', mime: 'image/png', sizeBytes: png.length, takenAt: '2026-12-15 09:30', place: '城关镇人民广场', caption: '设立咨询台接受群众咨询', createdByName: '赵录入' })
    await t.ok('campaigns.task.photo.add', { ...photo, fileName: '展板.png', takenAt: '2026-12-16', caption: '宣传展板' }, clerk)
    const list = await t.ok('campaigns.task.photos', { taskId: task.id }, lead)
    expect(list.map((p) => [p.fileName, p.takenAt, p.place, p.caption])).toEqual([
      ['咨询台.png', '2026-12-15 09:30', '城关镇人民广场', '设立咨询台接受群众咨询'],
      ['展板.png', '2026-12-16', '城关镇人民广场', '宣传展板'],
    ])
    expect((await t.ok('campaigns.get', { id: c.id }, lead)).tasks[0]!.photos).toBe(2)
    expect(Buffer.from((await t.ok('campaigns.task.photo.get', { id: added.id }, lead)).base64, 'base64').equals(png)).toBe(true)
    await t.ok('campaigns.task.photo.void', { id: added.id, reason: '照片模糊' }, clerk)
    expect((await t.ok('campaigns.task.photos', { taskId: task.id }, lead)).map((p) => p.fileName)).toEqual(['展板.png'])
  })
})

describe('the 工作台', () => {
  it('shows a person the overdue tasks naming them, and the units still to report near the deadline', async () => {
    const { t: h, lead, boss, clerk, c } = await fist()
    // Today is 2026-12-20; c's deadline is the 25th, a second campaign's the 22nd.
    const soon = await h.ok('campaigns.create', campaignFacts({ name: '校园周边专项检查', kind: 'inspection', reportDeadline: '2026-12-22' }), lead)
    const task = (work: string, dueDate: string, who: { owner?: string; leader?: string }) => h.ok('campaigns.task.create', { campaignId: soon.id, facts: { work, leadOffice: '执法稽查大队', dueDate, ...who } }, lead)
    const overdue = await task('检查校园周边食品店', '2026-12-18', { owner: '赵录入' })
    await task('今日到期的任务', '2026-12-20', { owner: '赵录入' })
    const done = await task('已完成的任务', '2026-12-01', { owner: '赵录入' })
    await h.ok('campaigns.task.status', { id: done.id, version: done.version, status: 'done', note: '已完成' }, clerk)
    await task('领导督办', '2026-12-10', { leader: '孙领导' })

    const mine = await h.ok('campaigns.workbench', {}, clerk)
    expect(mine.overdueTasks).toEqual([{ campaignId: soon.id, campaignName: '校园周边专项检查', taskId: overdue.id, seq: 1, work: '检查校园周边食品店', dueDate: '2026-12-18', owner: '赵录入', leader: '' }])
    expect((await h.ok('campaigns.workbench', {}, boss)).overdueTasks.map((x) => x.work)).toEqual(['领导督办'])
    expect((await h.ok('campaigns.workbench', {}, lead)).overdueTasks).toEqual([])

    // Within three days of the 22nd; the 25th is further off.
    expect(mine.reportsDue).toEqual([{ campaignId: soon.id, campaignName: '校园周边专项检查', reportDeadline: '2026-12-22', missing: [A, B] }])
    expect(mine.reportsDue.map((d) => d.campaignId)).not.toContain(c.id)
    const a = await h.ok('campaigns.report.save', { campaignId: soon.id, unit: A, version: 0, figures: [] }, clerk)
    expect((await h.ok('campaigns.workbench', {}, lead)).reportsDue[0]!.missing).toEqual([A, B])
    await h.ok('campaigns.report.submit', { campaignId: soon.id, unit: A, version: a.version }, clerk)
    expect((await h.ok('campaigns.workbench', {}, lead)).reportsDue[0]!.missing).toEqual([B])
  })

  it('lists only overdue tasks their owner can still close', async () => {
    const { t: h, lead, clerk, c } = await fist()
    const task = await h.ok('campaigns.task.create', { campaignId: c.id, facts: { work: '走访商场', leadOffice: '执法稽查大队', owner: '赵录入', dueDate: '2026-12-18' } }, lead)
    for (const unit of [A, B]) {
      const r = await h.ok('campaigns.report.save', { campaignId: c.id, unit, version: 0, figures: [] }, clerk)
      await h.ok('campaigns.report.submit', { campaignId: c.id, unit, version: r.version }, clerk)
    }
    await h.ok('campaigns.lock', { id: c.id, version: (await h.ok('campaigns.get', { id: c.id }, lead)).version }, lead)
    // Locked, the task can no longer be marked done; then it must not stay on the owner's 工作台 for ever.
    const listed = (await h.ok('campaigns.workbench', {}, clerk)).overdueTasks.map((x) => x.taskId).includes(task.id)
    const close = await h.call('campaigns.task.status', { id: task.id, version: task.version, status: 'done', note: '已走访' }, clerk)
    expect(listed && !close.ok ? `listed, yet closing it is refused: ${close.error.message}` : 'listed only if closable').toBe('listed only if closable')
  })
})

describe('who may do what', () => {
  it('follows the campaigns rows of PERMISSIONS for every role', async () => {
    const { t: h, lead, boss, clerk, c } = await fist()
    const as: [Role, typeof clerk][] = [['clerk', clerk], ['legal', lead], ['approver', boss], ['admin', h.client]]
    const ops = (Object.keys(PERMISSIONS) as OpName[]).filter((op) => op.startsWith('campaigns.'))
    expect(ops.length).toBeGreaterThan(20)
    for (const op of ops) {
      const access = PERMISSIONS[op]
      if (!Array.isArray(access)) continue
      for (const [role, client] of as) {
        const r = await h.call(op, {} as never, client)
        expect(r.ok ? 'ok' : r.error.code === 'FORBIDDEN' ? 'forbidden' : 'allowed', `${op} as ${role}`).toBe(access.includes(role) ? 'allowed' : 'forbidden')
      }
    }
    // In earnest: a clerk sets up nothing and returns nothing, but fills and sends the unit's report.
    expect((await refusedUnchanged(h, c.id, 'campaigns.create', campaignFacts({ name: '录入员建立的活动' }), clerk)).code).toBe('FORBIDDEN')
    let a = await h.ok('campaigns.report.save', { campaignId: c.id, unit: A, version: 0, figures: [{ itemId: itemId(c, '出动执法人员'), value: 8 }] }, clerk)
    a = await h.ok('campaigns.report.submit', { campaignId: c.id, unit: A, version: a.version }, clerk)
    expect((await refusedUnchanged(h, c.id, 'campaigns.report.return', { campaignId: c.id, unit: A, version: a.version, comment: '请核实' }, clerk)).code).toBe('FORBIDDEN')
    expect((await h.ok('campaigns.report.return', { campaignId: c.id, unit: A, version: a.version, comment: '请核实' }, boss)).status).toBe('returned')
  })
})
