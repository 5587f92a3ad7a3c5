import { afterEach, describe, expect, it } from 'vitest'
import type { CoreHarness } from '../../support/temp-core'
import { IRON_FIST_FORM, RECORD_ITEMS } from '../../../shared/domain/campaigns'
import type { FormItem } from '../../../shared/api/campaign-types'
import { campaignFacts, campaignOffice } from './office'

// The form a new campaign starts from, through core. For 3·15 it is the real 2022 活动情况统计表, written out here
// from DOMAIN.md part 1 §7 (not from shared/domain/campaigns.ts), item by item with its unit and heading, then the
// items Taizhang fills from its own records. A 铁拳 campaign starts from the office's shorter form.

let t: CoreHarness
afterEach(() => t?.dispose())

// [group, name, unit] of each count item of the 2022 form, in the form's order. DOMAIN.md writes 央视"3·15" with
// ASCII quotes; on the form (and here) they are the Chinese quotes “”.
const TV = '媒体宣传·电视'
const RADIO = '媒体宣传·广播'
const PRESS = '媒体宣传·报刊'
const NET = '媒体宣传·网络'
const FORM_2022: [string, string, string][] = [
  ['', '出动工作人员', '人次'],
  ['', '党政领导参加', '人次'],
  ['', '经营者参加咨询活动', '家'],
  ['送法下基层', '进企业', '次'],
  ['送法下基层', '进社区', '次'],
  ['送法下基层', '进农村', '次'],
  ['送法下基层', '进乡镇', '次'],
  ['送法下基层', '进景区', '次'],
  ['', '群众参加咨询活动', '人'],
  ['', '专家、律师提供咨询', '人次'],
  ['', '公布典型投诉案例', '件'],
  ['', '悬挂宣传标语条幅', '条'],
  ['', '电子屏播放宣传语', '条'],
  ['', '宣传展板', '块'],
  ['', '印制宣传材料', '份'],
  ['', '发放宣传材料', '份'],
  ['受理消费者', '投诉', '件'],
  ['受理消费者', '举报', '件'],
  ['受理消费者', '咨询', '件'],
  ['', '央视“3·15”晚会投诉举报', '件'],
  ['', '省级12315晚会投诉举报', '件'],
  ['', '直接处理', '件'],
  ['', '其中转交处理', '件'],
  [TV, '专题节目', '期'],
  [TV, '播放时间', '时'],
  [RADIO, '专题节目', '期'],
  [RADIO, '播放时间', '时'],
  [PRESS, '开设专栏', '个'],
  [PRESS, '发表文章', '篇'],
  [NET, '登载文章', '篇'],
  [NET, '发布微信、微博、短视频', '条'],
  [NET, '发布消费警示', '条'],
  ['', '自媒体发表文章', '篇'],
  ['', '宣传片', '部'],
  ['', '公益广告', '条'],
]
const TEXTS_2022 = ['亮点活动', '其他']

const shape = (i: Pick<FormItem, 'group' | 'name' | 'unitWord' | 'kind' | 'source'>) => [i.group, i.name, i.unitWord, i.kind, i.source]

describe('the form a new campaign starts from', () => {
  it('is, for 3·15, the 2022 活动情况统计表 item by item, then the items from the records', async () => {
    const o = await campaignOffice()
    t = o.t
    const c = await t.ok('campaigns.create', campaignFacts(), o.lead)
    const typed = c.items.filter((i) => i.source === null)
    const fromRecords = c.items.filter((i) => i.source !== null)

    // The typed items come first and are exactly the paper form: 35 counts, then 亮点活动 and 其他 as text.
    expect(c.items.slice(0, typed.length)).toEqual(typed)
    expect(typed.map(shape)).toEqual([...FORM_2022.map(([g, n, u]) => [g, n, u, 'count', null]), ...TEXTS_2022.map((n) => ['', n, '', 'text', null])])
    expect(typed.find((i) => i.name.startsWith('央视'))!.note).toBe('视播出情况填写')

    // Then what Taizhang holds: seizures, their value, what was destroyed (weight and value), typical cases.
    expect(fromRecords.map((i) => [i.key, ...shape(i)])).toEqual(RECORD_ITEMS.map((i) => [i.key, i.group, i.name, i.unitWord, i.kind, i.source]))
    expect(fromRecords.map((i) => i.source)).toEqual(['seizures', 'seizure_value', 'destroyed_weight', 'destroyed_value', 'typical_published'])
    expect(fromRecords.map((i) => i.kind)).toEqual(['count', 'money', 'weight', 'money', 'count'])

    // Positions run 1…n; every key (the 活动总结's placeholder) is unique, though 专题节目 and 播放时间 repeat as names.
    expect(c.items.map((i) => i.position)).toEqual(c.items.map((_, n) => n + 1))
    expect(new Set(c.items.map((i) => i.key)).size).toBe(c.items.length)
    expect(typed.filter((i) => i.name === '专题节目').map((i) => i.group)).toEqual([TV, RADIO])

    // Each campaign has its own rows of the form.
    const other = await t.ok('campaigns.create', campaignFacts({ name: '2026年第二次3·15活动' }), o.lead)
    expect(other.items.map(shape)).toEqual(c.items.map(shape))
    expect(other.items.some((i) => c.items.some((j) => j.id === i.id))).toBe(false)
  })

  it('is, for 铁拳 and other actions, the office’s shorter form, then the items from the records', async () => {
    const o = await campaignOffice()
    t = o.t
    for (const kind of ['iron_fist', 'inspection', 'other'] as const) {
      const c = await t.ok('campaigns.create', campaignFacts({ kind, name: `2026年${kind}专项行动` }), o.lead)
      expect(c.items.map((i) => [i.key, ...shape(i)])).toEqual([...IRON_FIST_FORM, ...RECORD_ITEMS].map((i) => [i.key, i.group, i.name, i.unitWord, i.kind, i.source]))
      expect(new Set(c.items.map((i) => i.key)).size).toBe(c.items.length)
      expect(c.items.filter((i) => i.kind === 'text').map((i) => i.name)).toEqual(['亮点活动', '其他'])
    }
    // The 铁拳 form has none of the 3·15 publicity items.
    const fist = await t.ok('campaigns.get', { id: (await t.ok('campaigns.list', {}, o.lead)).find((r) => r.kind === 'iron_fist')!.id }, o.lead)
    expect(fist.items.map((i) => i.name)).not.toContain('宣传展板')
    expect(fist.items[0]!.name).toBe('出动执法人员')
  })
})
