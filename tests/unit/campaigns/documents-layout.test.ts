import { writeFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { missingRenderer, PT_PER_MM, renderDocuments } from '../../support/render'
import type { CoreHarness } from '../../support/temp-core'
import { A, B, campaignFacts, campaignOffice } from './office'

// The campaign's documents laid out by LibreOffice: the 3·15 统计表 (its 35 items in two column-sets, the texts and
// the notes) on one A4 portrait page inside the GB/T 9704 type area however large the sums; the 活动方案's
// 任务分解表 inside it too, long works wrapping in their cell. CAMPAIGN_DOCX=/tmp/x writes the three for a person
// to look at (tests/render/docx-to-png.sh).

let t: CoreHarness
afterEach(() => t?.dispose())

const LEFT = 28 * PT_PER_MM - 2
const RIGHT = (28 + 156) * PT_PER_MM + 2

describe.skipIf(missingRenderer() !== undefined)('the campaign documents on the page', () => {
  it('prints the 统计表 on one page and the plan’s task table inside the type area', async () => {
    const o = await campaignOffice()
    t = o.t
    let c = await t.ok('campaigns.create', campaignFacts(), o.lead)
    const long = '在县人民广场设立“3·15”消费维权咨询台，现场受理消费者投诉举报，发放《消费者权益保护法》宣传材料，并联合县电视台制作专题节目在黄金时段播出'
    await t.ok('campaigns.task.create', { campaignId: c.id, facts: { work: long, leadOffice: '消费者权益保护科', partners: '各市场监督管理所、执法稽查大队', owner: '欧阳明月', leader: '王局长', dueDate: '2026-12-15' } }, o.lead)
    await t.ok('campaigns.task.create', { campaignId: c.id, facts: { work: '组织侵权假冒伪劣商品集中销毁', leadOffice: '执法稽查大队', partners: A, owner: '李四', leader: '王局长' } }, o.lead)
    c = await t.ok('campaigns.get', { id: c.id }, o.lead)
    const typed = c.items.filter((i) => i.source === null)
    const highlight = '在县人民广场举办“3·15”主题宣传活动，现场接受咨询200余人次，发放宣传材料3000余份，联合县电视台录制专题节目两期。'
    for (const unit of [A, B]) {
      const figures = typed.map((i, n) => (i.kind === 'text' ? { itemId: i.id, text: i.key === '亮点活动' ? highlight : '' } : { itemId: i.id, value: 987_654 + n }))
      const r = await t.ok('campaigns.report.save', { campaignId: c.id, unit, version: 0, figures }, o.clerk)
      await t.ok('campaigns.report.submit', { campaignId: c.id, unit, version: r.version }, o.clerk)
    }
    c = await t.ok('campaigns.get', { id: c.id }, o.lead)
    await t.ok('campaigns.lock', { id: c.id, version: c.version }, o.lead)

    const doc = async (kind: 'campaign_plan' | 'campaign_stat_form' | 'campaign_summary') => Buffer.from((await t.ok('campaigns.document.preview', { id: c.id, kind, date: '2026-12-28', unit: '' }, o.lead)).base64, 'base64')
    const docs = { plan: await doc('campaign_plan'), form: await doc('campaign_stat_form'), summary: await doc('campaign_summary') }
    if (process.env.CAMPAIGN_DOCX) for (const [name, bytes] of Object.entries(docs)) writeFileSync(`${process.env.CAMPAIGN_DOCX}-${name}.docx`, bytes)
    const pages = renderDocuments(docs)

    // The form: one page; every line inside the type area; the largest sum and the last note printed whole.
    expect(pages.form!.length).toBe(1)
    const form = pages.form![0]!
    for (const line of form.lines) {
      expect(line.xMin, line.text).toBeGreaterThanOrEqual(LEFT)
      expect(line.xMax, line.text).toBeLessThanOrEqual(RIGHT)
    }
    expect(form.text).toContain(String(2 * (987_654 + typed.filter((i) => i.kind !== 'text').length - 1)))
    expect(form.text).toContain('不计重播数量')

    // The plan: the task table on the 附件 page inside the type area, the long work wrapped, not clipped.
    const annex = pages.plan!.find((p) => p.text.includes('具体工作安排'))!
    for (const line of annex.lines) {
      expect(line.xMin, line.text).toBeGreaterThanOrEqual(LEFT)
      expect(line.xMax, line.text).toBeLessThanOrEqual(RIGHT)
    }
    for (const piece of ['在县人民广场设立', '黄金时段播出', '12月15日前完成']) expect(annex.text).toContain(piece)
    expect(annex.text).toContain('欧阳明月')

    // The summary: the sums in its words; the bureau's form annexed.
    const summary = pages.summary!.map((p) => p.text).join('')
    expect(summary).toContain('共出动工作人员1975308人次')
    expect(summary).toContain('情况统计表')
  })
})
