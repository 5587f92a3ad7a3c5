import { afterEach, describe, expect, it } from 'vitest'
import BetterSqlite3 from 'better-sqlite3'
import readXlsxFile from 'read-excel-file/node'
import { FakeClock, setUpCore, type CoreHarness } from '../../support/temp-core'
import { addAccount } from '../../support/users'
import { addClerk } from '../../support/seizures'
import { approvedBatch, confiscatedSeizure } from '../../support/destruction'
import { headedTableRows, plainText, readDocx } from '../../support/docx-read'
import { CONSUMER_DAY_FORM, RECORD_ITEMS } from '../../../shared/domain/campaigns'
import type { CampaignFactsInput } from '../../../shared/api/campaigns'
import type { Campaign, UnitReport } from '../../../shared/api/campaign-types'

// A 3·15 campaign through core: two units report (one is returned and sends again), a linked seizure and an
// executed linked batch fill the figures Taizhang holds, the lead office locks the figures, and the bureau's
// 统计表 (.docx and .xlsx) and 活动总结 read back with the sums. Every refusal leaves the database as it was.

let t: CoreHarness
afterEach(() => t?.dispose())

const A = '城关市场监督管理所'
const B = '城东市场监督管理所'

const facts = (over: Partial<CampaignFactsInput> = {}): CampaignFactsInput => ({
  name: '2026年“3·15”国际消费者权益日活动',
  kind: 'consumer_day',
  theme: '共促消费公平',
  startDate: '2026-11-01',
  endDate: '2026-12-31',
  leadUnit: '消费者权益保护科',
  units: [A, B],
  reportDeadline: '2026-12-25',
  ...over,
})

const itemId = (c: Campaign, key: string) => c.items.find((i) => i.key === key)!.id
const valueOf = (r: UnitReport | Campaign, c: Campaign, key: string) => ('totals' in r ? r.totals : r.figures).find((f) => f.itemId === itemId(c, key))!

function rowCount(dbFile: string, table: string): number {
  const raw = new BetterSqlite3(dbFile, { readonly: true })
  try {
    return (raw.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
  } finally {
    raw.close()
  }
}

describe('a 3·15 campaign', () => {
  it('starts from the real form, collects two units, fills the records, locks, and prints the sums', async () => {
    t = await setUpCore(undefined, new FakeClock(Date.parse('2026-12-20T02:00:00Z')))
    const lead = (await addAccount(t, 'legal1', '钱法制', ['legal'])).client
    const boss = (await addAccount(t, 'boss', '孙领导', ['approver'])).client
    const clerk = (await addClerk(t)).client

    // The lead office only: a clerk may not set up a campaign.
    expect((await t.call('campaigns.create', facts(), clerk)).ok || 'refused').toBe('refused')
    let c = await t.ok('campaigns.create', facts(), lead)
    expect(c.campaignNo).toBe('2026-ZX-01')
    expect(c.items.map((i) => [i.group, i.name, i.unitWord, i.kind])).toEqual([...CONSUMER_DAY_FORM, ...RECORD_ITEMS].map((i) => [i.group, i.name, i.unitWord, i.kind]))

    // Tasks: a due date outside the period is a warning, not a refusal.
    const task = await t.ok('campaigns.task.create', { campaignId: c.id, facts: { work: '开展宣传周活动', leadOffice: '消费者权益保护科', owner: '赵录入', leader: '孙领导', dueDate: '2027-01-10' } }, lead)
    expect(task.warnings[0]).toContain('不在活动期间')
    await t.ok('campaigns.task.create', { campaignId: c.id, facts: { work: '集中销毁', leadOffice: '执法稽查大队', dueDate: '2026-12-15' } }, lead)

    // A linked seizure (source 专项行动) of unit A; one of another source is refused.
    const seized = await confiscatedSeizure(t, clerk, { source: 'campaign', unit: A })
    const other = await confiscatedSeizure(t, clerk, { decisionNo: '测市监强制〔2026〕13号', source: 'inspection', unit: B })
    const wrongSource = await t.call('campaigns.links.add', { campaignId: c.id, recordType: 'seizure', number: other.registerNo }, clerk)
    expect(wrongSource.ok || wrongSource.error.fields?.number).toContain('只有来源为“专项行动”')
    c = await t.ok('campaigns.links.add', { campaignId: c.id, recordType: 'seizure', number: seized.registerNo }, clerk)
    // The batch destroys all of the shoes of the linked seizure: 96 kg, 36,000 元.
    const batch = await approvedBatch(t, clerk, boss, [{ itemId: seized.items[0]!.id, qtyMilli: null }], '2026-12-20')
    c = await t.ok('campaigns.links.add', { campaignId: c.id, recordType: 'destruction_batch', number: batch.batchNo }, clerk)
    let a = await t.ok('campaigns.report.get', { campaignId: c.id, unit: A }, clerk)
    expect(valueOf(a, c, '销毁重量').value).toBe(0)
    await t.ok('destruction.batch.execute', { id: batch.id, version: batch.version, actualDate: '2026-12-20', lines: [] }, clerk)
    a = await t.ok('campaigns.report.get', { campaignId: c.id, unit: A }, clerk)
    expect([valueOf(a, c, '查扣件数').value, valueOf(a, c, '查扣货值').value, valueOf(a, c, '销毁重量').value, valueOf(a, c, '销毁货值').value]).toEqual([1, 6_000_000, 96_000, 3_600_000])
    expect(valueOf(await t.ok('campaigns.report.get', { campaignId: c.id, unit: B }, clerk), c, '查扣件数').value).toBe(0)

    // Refusals, nothing written: a negative and a fractional figure, a unit not participating, a figure for an
    // item the records fill.
    const before = rowCount(t.core.dbFile, 'campaign_reports')
    const staff = itemId(c, '出动工作人员')
    const negative = await t.call('campaigns.report.save', { campaignId: c.id, unit: A, version: 0, figures: [{ itemId: staff, value: -1 }] }, clerk)
    expect(negative.ok || negative.error.message).toContain('不能为负数')
    const fraction = await t.call('campaigns.report.save', { campaignId: c.id, unit: A, version: 0, figures: [{ itemId: staff, value: 1.5 }] }, clerk)
    expect(fraction.ok || fraction.error.message).toContain('整数')
    const stranger = await t.call('campaigns.report.save', { campaignId: c.id, unit: '城西市场监督管理所', version: 0, figures: [] }, clerk)
    expect(stranger.ok || stranger.error.fields?.unit).toContain('不是本活动的参与单位')
    const typed = await t.call('campaigns.report.save', { campaignId: c.id, unit: A, version: 0, figures: [{ itemId: itemId(c, '查扣件数'), value: 5 }] }, clerk)
    expect(typed.ok || typed.error.message).toContain('由台账自动统计')
    expect(rowCount(t.core.dbFile, 'campaign_reports')).toBe(before)

    a = await t.ok('campaigns.report.save', { campaignId: c.id, unit: A, version: 0, figures: [{ itemId: staff, value: 30 }, { itemId: itemId(c, '亮点活动'), text: '集中咨询' }] }, clerk)
    a = await t.ok('campaigns.report.submit', { campaignId: c.id, unit: A, version: a.version }, clerk)
    expect(a.status).toBe('submitted')
    expect(valueOf(a, c, '进企业').value).toBe(0)
    const edit = await t.call('campaigns.report.save', { campaignId: c.id, unit: A, version: a.version, figures: [{ itemId: staff, value: 31 }] }, clerk)
    expect(edit.ok || edit.error.code).toBe('STATE')
    // Beneath core, too: a submitted report's figures do not change.
    const raw = new BetterSqlite3(t.core.dbFile)
    expect(() => raw.prepare('UPDATE campaign_figures SET value = 99 WHERE report_id = ?').run(a.id)).toThrow(/returned/)
    raw.close()

    // The lead office returns it; the unit corrects and sends again.
    const returnedByClerk = await t.call('campaigns.report.return', { campaignId: c.id, unit: A, version: a.version, comment: '出动人次有误' }, clerk)
    expect(returnedByClerk.ok || returnedByClerk.error.code).toBe('FORBIDDEN')
    a = await t.ok('campaigns.report.return', { campaignId: c.id, unit: A, version: a.version, comment: '出动人次有误' }, lead)
    expect([a.status, a.returnComment]).toEqual(['returned', '出动人次有误'])
    a = await t.ok('campaigns.report.save', { campaignId: c.id, unit: A, version: a.version, figures: [{ itemId: staff, value: 32 }, { itemId: itemId(c, '亮点活动'), text: '集中咨询' }] }, clerk)
    a = await t.ok('campaigns.report.submit', { campaignId: c.id, unit: A, version: a.version }, clerk)

    const early = await t.call('campaigns.lock', { id: c.id, version: (await t.ok('campaigns.get', { id: c.id }, lead)).version }, lead)
    expect(early.ok || early.error.message).toContain(B)
    const b = await t.ok('campaigns.report.save', { campaignId: c.id, unit: B, version: 0, figures: [{ itemId: staff, value: 12 }, { itemId: itemId(c, '亮点活动'), text: '进社区宣传' }] }, clerk)
    await t.ok('campaigns.report.submit', { campaignId: c.id, unit: B, version: b.version }, clerk)

    c = await t.ok('campaigns.get', { id: c.id }, lead)
    expect(valueOf(c, c, '出动工作人员').value).toBe(44)
    expect(valueOf(c, c, '销毁重量').value).toBe(96_000)
    expect(valueOf(c, c, '亮点活动').text).toBe(`${A}：集中咨询\n${B}：进社区宣传`)
    const notLocked = await t.call('campaigns.document.issue', { id: c.id, kind: 'campaign_summary', date: '2026-12-28', unit: '' }, lead)
    expect(notLocked.ok || notLocked.error.code).toBe('STATE')
    c = await t.ok('campaigns.lock', { id: c.id, version: c.version }, lead)
    expect(c.status).toBe('locked')
    const afterLock = await t.call('campaigns.task.create', { campaignId: c.id, facts: { work: '补充任务', leadOffice: '消费者权益保护科' } }, lead)
    expect(afterLock.ok || afterLock.error.code).toBe('STATE')

    // The bureau's 统计表: the sums in the two column-sets, as .docx and .xlsx.
    const form = await t.ok('campaigns.document.issue', { id: c.id, kind: 'campaign_stat_form', date: '2026-12-28', unit: '' }, lead)
    const xml = readDocx(Buffer.from(form.base64, 'base64'))['word/document.xml']!
    const rows = headedTableRows(xml)
    expect(rows).toContainEqual(expect.arrayContaining(['出动工作人员', '人次', '44']))
    expect(plainText(xml)).toContain('亮点活动：城关市场监督管理所：集中咨询')
    expect(plainText(xml)).toContain('以上各项内容不得重复填写')
    const sheet = await t.ok('campaigns.statForm.xlsx', { id: c.id, unit: '' }, lead)
    const [first] = await readXlsxFile(Buffer.from(sheet.base64, 'base64'))
    const cells = first!.data.flat()
    expect(cells).toContain('出动工作人员')
    expect(cells).toContain(44)
    expect(cells).toContain(96)
    const summary = await t.ok('campaigns.document.issue', { id: c.id, kind: 'campaign_summary', date: '2026-12-28', unit: '' }, lead)
    const text = plainText(readDocx(Buffer.from(summary.base64, 'base64'))['word/document.xml']!)
    expect(text).toContain('共出动工作人员44人次')
    expect(text).toContain('销毁侵权假冒伪劣商品96千克')
    const plan = await t.ok('campaigns.document.preview', { id: c.id, kind: 'campaign_plan', date: '2026-11-01', unit: '' }, lead)
    const planXml = readDocx(Buffer.from(plan.base64, 'base64'))['word/document.xml']!
    expect(headedTableRows(planXml)[0]).toEqual(['序号', '具体工作安排', '责任科室', '配合部门', '负责人', '负责领导'])
    const planText = plainText(planXml).replace(/\n/g, '')
    expect(planText).toContain('开展宣传周活动（1月10日前完成）')
    expect(planText).toMatch(/集中销毁（12月15日前完成）.*执法稽查大队/)

    // The history keeps every step.
    const history = JSON.stringify(await t.ok('audit.history', { recordType: 'campaign', recordId: c.id }, lead))
    for (const word of ['出动人次有误', '锁定', '查扣记录', '活动情况统计表']) expect(history).toContain(word)
  })
})
