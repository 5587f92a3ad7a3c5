import { beforeAll, describe, expect, it } from 'vitest'
import { buildDocument } from '../../../electron/core/documents/generate'
import { KINDS } from '../../../electron/core/documents/kinds'
import type { Seizure } from '../../../shared/api/seizure-types'
import { ITEM_TEXT_MAX } from '../../../shared/domain/seizures'
import { horizontalStrokeMm, missingRenderer, pageWith, PT_PER_MM, renderDocuments, type PdfPage } from '../../support/render'
import { AGENCY, itemLine, manyLines, seizureRecord } from './seizure-record'

// The layout itself, as LibreOffice lays the documents out (Noto CJK standing in for the office's fonts): which
// page the signature lands on for bodies of every length, lines per page, where the page number sits, the
// 署名 over the date, title lines, attachment pages, and where a 清单's closing goes. All documents are
// converted in one soffice run (its start-up is most of the cost); skipped where LibreOffice is not installed.

const absent = missingRenderer()
const DATE = '2026-11-23'
const paragraph = (i: number) => `第${i}段。本局定于2026年12月1日在城关镇对依法没收的假冒伪劣食品进行集中销毁，欢迎社会各界监督。`

const notice = async (inputs: Record<string, string>) => (await buildDocument('notice', KINDS.notice.defaultTemplate, { agency: AGENCY, date: DATE, inputs }, AGENCY.fullName)).bytes
const inventory = async (seizure: Seizure) =>
  (await buildDocument('seizure_inventory', KINDS.seizure_inventory.defaultTemplate, { agency: AGENCY, date: DATE, inputs: {}, record: { type: 'seizure', seizure } }, AGENCY.fullName)).bytes

const BODY_LENGTHS = Array.from({ length: 36 }, (_v, i) => i + 5) // 5 … 40 paragraphs
const LIST_LENGTHS = Array.from({ length: 25 }, (_v, i) => i + 36) // 36 … 60 lines

const mm = (pt: number) => pt / PT_PER_MM
const TYPE_AREA_TOP_MM = 37
const TYPE_AREA_BOTTOM_MM = 297 - 35
const PITCH_MM = 225 / 22

/** The line holding exactly `text` (blanks removed), on the page given. */
const lineOf = (page: PdfPage, text: string) => page.lines.find((l) => l.text.replace(/\s+/g, '') === text)
/** The page (1-based) whose item table has a row numbered `n` (the 序号 column is the left-most). */
const pageWithItem = (pages: readonly PdfPage[], n: number) => pages.findIndex((p) => p.lines.some((l) => l.text === String(n) && mm(l.xMin) < 45)) + 1

/** Three lines with every text field at its longest (what the contract accepts) and large quantities. */
const longest = (): Seizure['items'] =>
  [1, 2, 3].map((n) =>
    itemLine(n, {
      name: '儿'.repeat(ITEM_TEXT_MAX.name - 1) + n,
      brand: '牌'.repeat(ITEM_TEXT_MAX.brand),
      spec: '规'.repeat(ITEM_TEXT_MAX.spec),
      note: '注'.repeat(ITEM_TEXT_MAX.note),
      qtyMilli: 99_999_500,
      unit: '千克',
      weightG: 9_999_500,
    }),
  )

describe.skipIf(absent !== undefined)('documents as LibreOffice lays them out', () => {
  let pages: Record<string, PdfPage[]>

  beforeAll(async () => {
    const docs: Record<string, Uint8Array> = {}
    for (const n of BODY_LENGTHS) {
      docs[`notice-${n}`] = await notice({ 事项: '集中销毁侵权假冒伪劣商品', 正文: Array.from({ length: n }, (_v, i) => paragraph(i + 1)).join('\n'), 文号: '测市监〔2026〕3号' })
    }
    docs.attached = await notice({
      事项: '开展2026年度侵权假冒伪劣商品集中销毁专项整治行动',
      正文: '一、销毁时间。本次集中销毁定于2026年12月1日。\n二、销毁地点。城关镇垃圾焚烧厂。',
      附件: '销毁物品清单\n销毁现场照片',
    })
    for (const n of LIST_LENGTHS) docs[`list-${n}`] = await inventory(seizureRecord({ items: manyLines(n) }))
    docs['list-3'] = await inventory(seizureRecord())
    docs['list-longest'] = await inventory(seizureRecord({ items: longest() }))
    // The 一字线 of the page numbers is measured on pixels: one document is enough, every page of it.
    pages = renderDocuments(docs, { timeoutMs: 280_000, raster: { dpi: 200, names: ['notice-30'] } })
  }, 300_000)

  it('keeps the last paragraph of the body, 特此公告, the 署名 and the date on one page for bodies of 5 to 40 paragraphs', () => {
    for (const n of BODY_LENGTHS) {
      const p = pages[`notice-${n}`]!
      const last = pageWith(p, '特此公告。')
      // The agency's name is the title's first line too: the 署名 is its last appearance.
      const name = p.findLastIndex((page) => page.lines.some((l) => l.text === AGENCY.fullName)) + 1
      const date = pageWith(p, '2026年11月23日')
      // The last paragraph of the body proper (two lines, never split under widow control) is there too: not
      // 特此公告。 alone over the signature.
      const body = pageWith(p, `第${n}段。`)
      expect({ n, body, name, date }, `${n} paragraphs`).toEqual({ n, body: last, name: last, date: last })
      expect(date, `${n} paragraphs: the date is on the last page`).toBe(p.length)
    }
  })

  it('sets 22 lines on a full page, one pitch apart, the first on the type area\'s first line', () => {
    // Pages 2 and 3 of five: full, far from the closing that goes over with the signature.
    const p = pages['notice-40']!
    for (const page of p.slice(1, 3)) {
      const body = page.lines.filter((l) => mm(l.yMax) <= TYPE_AREA_BOTTOM_MM)
      expect(body).toHaveLength(22)
      body.forEach((l, i) => expect(mm(l.yMin) - TYPE_AREA_TOP_MM - i * PITCH_MM).toBeCloseTo(mm(body[0]!.yMin) - TYPE_AREA_TOP_MM, 0))
      expect(mm(body[0]!.yMin) - TYPE_AREA_TOP_MM).toBeLessThan(PITCH_MM)
    }
  })

  it('puts the page number\'s 一字线 7 mm below the type area on every page, outer side', () => {
    const p = pages['notice-30']!
    expect(p.length).toBe(4)
    p.forEach((page, i) => {
      const dash = horizontalStrokeMm(page.raster!, TYPE_AREA_BOTTOM_MM)
      expect(dash! - TYPE_AREA_BOTTOM_MM, `page ${i + 1}`).toBeGreaterThan(6.7)
      expect(dash! - TYPE_AREA_BOTTOM_MM, `page ${i + 1}`).toBeLessThan(7.3)
      const number = page.lines.find((l) => l.text.includes(`${i + 1}`) && mm(l.yMin) > TYPE_AREA_BOTTOM_MM)!
      // Odd pages: right, one character in (26 mm margin + 4号); even pages: left.
      if (i % 2 === 0) expect(210 - 26 - mm(number.xMax)).toBeCloseTo(14 / PT_PER_MM, 0)
      else expect(mm(number.xMin) - 28).toBeCloseTo(14 / PT_PER_MM, 0)
    })
  })

  it('centres the 署名 on the date as laid out, the date four characters in from the right', () => {
    const last = pages['notice-30']!.at(-1)!
    const name = last.lines.findLast((l) => l.text === AGENCY.fullName)!
    const date = lineOf(last, '2026年11月23日')!
    expect(Math.abs(mm((name.xMin + name.xMax) / 2) - mm((date.xMin + date.xMax) / 2))).toBeLessThan(0.3)
    // Four characters of 15.75 pt (22.2 mm) in Word, where the date is as wide as counted; LibreOffice adds space
    // between its digits and Chinese (and cannot be told not to), so it runs about 3 mm further right there.
    const fourChars = mm(4 * 15.75)
    const inFromRight = mm(595.3 - date.xMax) - 26
    expect(inFromRight).toBeGreaterThan(fourChars - 3.5)
    expect(inFromRight).toBeLessThan(fourChars + 0.5)
  })

  it('breaks a long title between words, one title line a grid line, and puts attachments on pages of their own', () => {
    const p = pages.attached!
    const first = p[0]!
    const titles = first.lines.filter((l) => mm(l.yMin) < TYPE_AREA_TOP_MM + 4 * PITCH_MM)
    expect(titles.map((l) => l.text)).toEqual([AGENCY.fullName, '关于开展2026年度侵权假冒伪劣商品', '集中销毁专项整治行动的公告'])
    expect(mm(titles[2]!.yMin - titles[1]!.yMin)).toBeCloseTo(PITCH_MM, 1)
    expect(first.text).toContain('附件：1.销毁物品清单')
    expect(first.text).toContain('2.销毁现场照片')
    expect(p).toHaveLength(3)
    for (const [i, name] of [[2, '销毁物品清单'], [3, '销毁现场照片']] as const) {
      const page = p[i - 1]!
      const label = lineOf(page, `附件${i - 1}`)!
      const title = lineOf(page, name)!
      // "附件N" on the first line of the type area, flush left; the title centred on the third.
      expect(mm(label.yMin) - TYPE_AREA_TOP_MM).toBeLessThan(PITCH_MM)
      expect(mm(label.xMin)).toBeCloseTo(28, 0)
      // Line middles: the title's larger type sits higher in its line than the label's.
      expect(mm((title.yMin + title.yMax) / 2 - (label.yMin + label.yMax) / 2)).toBeCloseTo(2 * PITCH_MM, 0)
      expect(mm((title.xMin + title.xMax) / 2)).toBeCloseTo(28 + 156 / 2, 0)
    }
  })

  it('never leaves a 清单\'s wording, signatures and seal on a page without items (36 to 60 lines)', () => {
    for (const n of LIST_LENGTHS) {
      const p = pages[`list-${n}`]!
      const closing = pageWith(p, '见证人（签名或盖章）')
      expect({ n, closing, seal: pageWith(p, '2026年11月23日') }).toEqual({ n, closing: p.length, seal: p.length })
      expect({ n, last: pageWithItem(p, n), before: pageWithItem(p, n - 1) }).toEqual({ n, last: closing, before: closing })
      p.forEach((page, i) => {
        expect(page.text, `${n} lines, page ${i + 1}`).toContain(`第${i + 1}页共${p.length}页`)
        expect(page.text, `${n} lines, page ${i + 1}`).not.toContain('—')
      })
    }
  })

  it('fits a three-line 清单 on one page, and three lines with every field at its longest on two', () => {
    const three = pages['list-3']!
    expect(three).toHaveLength(1)
    for (const s of ['运动鞋', '见证人（签名或盖章）', '测试县市场监督管理局', '当事人签名', '第1页共1页']) expect(three[0]!.text).toContain(s)
    const longestList = pages['list-longest']!
    expect(longestList.length).toBeLessThanOrEqual(2)
    // Quantities whole on one line, never "99999/.5".
    const words = longestList.flatMap((pg) => pg.lines.flatMap((l) => l.words.map((w) => w.text)))
    expect(words.filter((w) => w.startsWith('99999.5'))).toHaveLength(3)
    expect(words.filter((w) => w === '9999.5')).toHaveLength(3)
    // The closing's page lists an item.
    expect(pageWithItem(longestList, 3)).toBe(longestList.length)
  })
})
