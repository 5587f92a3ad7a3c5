import { describe, expect, it } from 'vitest'
import { BODY_CHAR_TWIPS, LINE_PITCH_TWIPS } from '../../../electron/core/documents/gbt9704'
import { buildDocument, fileNameOf } from '../../../electron/core/documents/generate'
import { KINDS } from '../../../electron/core/documents/kinds'
import { mmToTwip, textWidthInChars } from '../../../electron/core/documents/units'
import { AppError } from '../../../electron/core/errors'
import { bodyParagraphs, elements, firstElement, plainText, readDocx, runs } from '../../support/docx-read'
import { AGENCY } from './seizure-record'

// The 公告 as a clerk of the 办公室 checks it before sealing, read back from the .docx: what keeps the
// signature with the body, the 文号's place, the title lines, headings, the 主送机关, the 附件 and the 署名.

const DATE = '2026-11-23'
const build = (inputs: Record<string, string>, template = KINDS.notice.defaultTemplate) => buildDocument('notice', template, { agency: AGENCY, date: DATE, inputs }, AGENCY.fullName)
const paragraphsOf = async (inputs: Record<string, string>) => bodyParagraphs(readDocx((await build(inputs)).bytes)['word/document.xml']!)
const textOf = (p: string) => plainText(p)
const has = (p: string, el: string) => new RegExp(`<w:${el}(?: w:val="(?:true|1)")?/>`).test(p)
const BASE = { 事项: '集中销毁侵权假冒伪劣商品', 正文: '本局定于2026年12月1日集中销毁。\n欢迎社会各界监督。' }

describe('公告 read back from the .docx', () => {
  it('keeps the last paragraphs, the blank lines, the 署名 and the date together, and the date whole', async () => {
    const ps = await paragraphsOf(BASE)
    const last = ps.findIndex((p) => textOf(p) === '特此公告。')
    const name = ps.findLastIndex((p) => textOf(p).endsWith(AGENCY.fullName))
    const date = ps.findIndex((p) => textOf(p) === '2026年11月23日')
    expect(name - last).toBe(4) // three blank lines for the seal between
    for (const p of ps.slice(last, date)) expect(has(p, 'keepNext'), textOf(p) || '(blank)').toBe(true)
    expect(has(ps[last]!, 'widowControl')).toBe(true)
    expect(has(ps[date]!, 'keepNext')).toBe(false)
    for (const p of [ps[name]!, ps[date]!]) expect(has(p, 'keepLines')).toBe(true)
    // A one-line closing formula takes the paragraph before it along; the body before that flows freely.
    expect(textOf(ps[last - 1]!)).toBe('欢迎社会各界监督。')
    expect(has(ps[last - 1]!, 'keepNext')).toBe(true)
    expect(has(ps[last - 1]!, 'widowControl')).toBe(true)
    expect(has(ps[last - 2]!, 'keepNext')).toBe(false)
  })

  it('centres the 署名 on the date: both on one centre tab, where the date ends four characters in', async () => {
    const ps = await paragraphsOf(BASE)
    const tab = (p: string) => firstElement(p, 'w:tab')
    const name = ps.findLast((p) => textOf(p).endsWith(AGENCY.fullName))!
    const date = ps.find((p) => textOf(p) === '2026年11月23日')!
    expect(tab(name)).toEqual(tab(date))
    expect(tab(date)['w:val']).toBe('center')
    const width = mmToTwip(156)
    const centre = width - 4 * BODY_CHAR_TWIPS - (textWidthInChars('2026年11月23日') * BODY_CHAR_TWIPS) / 2
    expect(Number(tab(date)['w:pos'])).toBeCloseTo(centre, -1)
    // Widths as laid out: no extra space between digits and Chinese in Word.
    expect(date).toMatch(/<w:autoSpaceDN w:val="(false|0)"\/>/)
  })

  it('puts the 文号 first, flush right, a blank line over the title, as the 信函格式 places it', async () => {
    const ps = await paragraphsOf({ ...BASE, 文号: '测市监〔2026〕3号' })
    expect(textOf(ps[0]!)).toBe('测市监〔2026〕3号')
    expect(firstElement(ps[0]!, 'w:jc')['w:val']).toBe('right')
    expect(textOf(ps[1]!)).toBe('')
    expect(textOf(ps[2]!)).toBe(AGENCY.fullName)
    expect(textOf(ps[3]!)).toBe('关于集中销毁侵权假冒伪劣商品的公告')
    // Without a 文号 the title is the first line.
    expect(textOf((await paragraphsOf(BASE))[0]!)).toBe(AGENCY.fullName)
  })

  it('sets each title line one grid pitch high, off the grid, and breaks a long one between words', async () => {
    const ps = await paragraphsOf({ ...BASE, 事项: '开展2026年度侵权假冒伪劣商品集中销毁专项整治行动' })
    const titles = ps.slice(0, 3)
    expect(titles.map(textOf)).toEqual([AGENCY.fullName, '关于开展2026年度侵权假冒伪劣商品', '集中销毁专项整治行动的公告'])
    for (const p of titles) {
      expect(firstElement(p, 'w:spacing')).toMatchObject({ 'w:line': String(LINE_PITCH_TWIPS), 'w:lineRule': 'exact' })
      expect(p).toMatch(/<w:snapToGrid w:val="(false|0)"\/>/)
      expect(firstElement(p, 'w:jc')['w:val']).toBe('center')
    }
    // The writer places a break with "|"; it prints nowhere.
    const placed = await paragraphsOf({ ...BASE, 事项: '集中销毁|侵权假冒伪劣商品' })
    expect(placed.slice(0, 3).map(textOf)).toEqual([AGENCY.fullName, '关于集中销毁', '侵权假冒伪劣商品的公告'])
    expect((await build({ ...BASE, 事项: '集中销毁|侵权假冒伪劣商品' })).title).toBe('测试县市场监督管理局关于集中销毁侵权假冒伪劣商品的公告')
  })

  it('refuses a title that would run past four lines, saying how long it is', async () => {
    const err = await build({ ...BASE, 事项: '集中销毁'.repeat(10) }, { title: '{{机关名称}}\n关于{{事项}}{{事项}}的公告', body: '{{正文}}' }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(AppError)
    expect((err as AppError).message).toMatch(/^标题过长：排成了\d行（共\d+个字），最多4行，请精简“事项”$/)
    expect((err as AppError).fields).toHaveProperty(['values.事项'])
  })

  it('sets only the heading words of a heading line in 黑体 or 楷体, the rest in the body face', async () => {
    const ps = await paragraphsOf({ ...BASE, 正文: '一、销毁时间。本次集中销毁定于12月1日。\n（一）服装鞋帽类。运动鞋120双。\n二、销毁地点' })
    const fontsOf = (p: string) => runs(p).filter((r) => r.text).map((r) => [r.text, firstElement(r.rPr, 'w:rFonts')['w:eastAsia']])
    expect(fontsOf(ps.find((p) => textOf(p).startsWith('一、'))!)).toEqual([
      ['一、销毁时间。', '黑体'],
      ['本次集中销毁定于12月1日。', '仿宋_GB2312'],
    ])
    expect(fontsOf(ps.find((p) => textOf(p).startsWith('（一）'))!)).toEqual([
      ['（一）服装鞋帽类。', '楷体_GB2312'],
      ['运动鞋120双。', '仿宋_GB2312'],
    ])
    const alone = ps.find((p) => textOf(p) === '二、销毁地点')!
    expect(fontsOf(alone)).toEqual([['二、销毁地点', '黑体']])
    // A heading alone on its line keeps with what follows; one with text after it is a paragraph like any other.
    expect(has(alone, 'keepNext')).toBe(true)
    expect(has(ps.find((p) => textOf(p).startsWith('一、'))!, 'keepNext')).toBe(false)
  })

  it('takes the 主送机关 from its field; a first body line ending in "：" stays a body paragraph', async () => {
    const ps = await paragraphsOf({ ...BASE, 主送机关: '各市场监督管理所', 正文: '根据有关规定，现将有关事项公告如下：\n一、销毁时间' })
    const addressee = ps.findIndex((p) => textOf(p) === '各市场监督管理所：')
    expect(addressee).toBeGreaterThan(0)
    expect(elements(ps[addressee]!, 'w:ind')).toEqual([])
    const first = ps[addressee + 1]!
    expect(textOf(first)).toBe('根据有关规定，现将有关事项公告如下：')
    expect(firstElement(first, 'w:ind')['w:firstLine']).toBe(String(2 * BODY_CHAR_TWIPS))
  })

  it('lists several 附件 under the body, numbered and hanging, each on a page of its own after the signature', async () => {
    const ps = await paragraphsOf({ ...BASE, 附件: '1.销毁物品清单。\n销毁现场照片及视频资料（含执法记录仪拍摄的全过程录像和现场监督人员签字确认的记录表）' })
    const note = ps.findIndex((p) => textOf(p).startsWith('附件：'))
    expect(textOf(ps[note - 1]!)).toBe('')
    expect(textOf(ps[note - 2]!)).toBe('特此公告。')
    // Numbered, the typed "1." and the trailing "。" dropped; names start at one tab stop, wrapped lines there too.
    expect(textOf(ps[note]!)).toBe('附件：1.销毁物品清单')
    expect(textOf(ps[note + 1]!)).toMatch(/^2\.销毁现场照片及视频资料/)
    const [first, second] = [ps[note]!, ps[note + 1]!]
    const nameAt = Number(firstElement(first, 'w:ind')['w:left'])
    expect(firstElement(first, 'w:tab')['w:pos']).toBe(String(nameAt))
    expect(firstElement(second, 'w:ind')['w:left']).toBe(String(nameAt))
    expect(nameAt - Number(firstElement(first, 'w:ind')['w:hanging'])).toBe(Math.round(2 * BODY_CHAR_TWIPS)) // 附件 two characters in
    expect(nameAt - Number(firstElement(second, 'w:ind')['w:hanging'])).toBe(Math.round(5 * BODY_CHAR_TWIPS)) // 2. under 1.
    for (const p of [first, second]) expect(has(p, 'keepNext')).toBe(true)
    // Then the signature, then the attachment pages: "附件1" in 黑体 on a new page, a blank line, the title.
    const date = ps.findIndex((p) => textOf(p) === '2026年11月23日')
    expect(date).toBeGreaterThan(note)
    const labels = ps.flatMap((p, i) => (/^附件\d$/.test(textOf(p)) ? [i] : []))
    expect(labels.map((i) => textOf(ps[i]!))).toEqual(['附件1', '附件2'])
    for (const i of labels) {
      expect(i).toBeGreaterThan(date)
      expect(has(ps[i]!, 'pageBreakBefore')).toBe(true)
      expect(firstElement(runs(ps[i]!)[0]!.rPr, 'w:rFonts')['w:eastAsia']).toBe('黑体')
      expect(textOf(ps[i + 1]!)).toBe('')
      expect(firstElement(runs(ps[i + 2]!)[0]!.rPr, 'w:rFonts')['w:eastAsia']).toBe('方正小标宋简体')
    }
    expect(textOf(ps[labels[0]! + 2]!)).toBe('销毁物品清单')
  })

  it('names a single attachment without a number, its page "附件"', async () => {
    const ps = await paragraphsOf({ ...BASE, 附件: '销毁物品清单' })
    expect(ps.map(textOf)).toContain('附件：销毁物品清单')
    expect(ps.map(textOf)).toContain('附件')
    expect(ps.map(textOf).filter((t) => /^附件\d/.test(t))).toEqual([])
  })

  it('names the file by its 文号 and title, or its title and date; cut by code point, never inside an emoji', async () => {
    expect((await build({ ...BASE, 文号: '测市监〔2026〕3号' })).fileName).toBe('测市监〔2026〕3号_测试县市场监督管理局关于集中销毁侵权假冒伪劣商品的公告.docx')
    expect((await build(BASE)).fileName).toBe('测试县市场监督管理局关于集中销毁侵权假冒伪劣商品的公告_2026-11-23.docx')
    const name = fileNameOf(['甲'.repeat(79) + '😀😀', 'x'])
    expect([...name]).toHaveLength(80)
    expect(name.endsWith('😀')).toBe(true)
    expect(() => encodeURIComponent(name)).not.toThrow() // a lone surrogate would throw
    expect(fileNameOf(['扣押物品清单', '2026-0001', '某某/商贸:有限公司'])).toBe('扣押物品清单_2026-0001_某某_商贸_有限公司')
  })
})
