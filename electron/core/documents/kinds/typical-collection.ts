import type { TypicalText } from '../../../../shared/api/typical-types'
import { chineseNumber } from '../../../../shared/rules/chinese-numerals'
import { formatChineseDate } from '../../../../shared/rules/chinese-date'
import { officialDocument } from '../official'
import { publishedText, typicalKind, typicalOf, type TypicalDocument } from './typical-shared'
import type { KindContext } from './types'

// The collection as published: "XX县市场监督管理局2026年度行政处罚典型案例" — the 导语, then one part per case in
// the collection's order: "一、标题" (黑体), and under it （一）当事人, （二）案情简介, （三）处罚结果, （四）典型意义,
// （五）法律依据 (楷体), each section's text as its paragraphs. Every section passes the one masking function
// (publishedText) once more, so nothing the writer typed back unmasked reaches the page. Unsealed: a
// publication, not a decision.

const SECTIONS: [keyof Omit<TypicalText, 'tags' | 'persons' | 'title'>, string][] = [
  ['party', '当事人'],
  ['summary', '案情简介'],
  ['result', '处罚结果'],
  ['significance', '典型意义'],
  ['legalBasis', '法律依据'],
]

/** A paragraph per non-empty line. */
const paragraphs = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)

/** One case's part of the body: its numbered title, then each non-empty section under its own heading. */
export function casePart(n: number, t: TypicalText): string[] {
  const present = SECTIONS.filter(([k]) => t[k].trim())
  return [`${chineseNumber(n)}、${t.title}`, ...present.flatMap(([k, label], i) => [`（${chineseNumber(i + 1)}）${label}`, ...paragraphs(t[k])])]
}

/** 两件, not 二件; 十件, 十二件. */
const countText = (n: number) => (n === 2 ? '两' : chineseNumber(Math.max(1, n)))

/** The 导语 the collection was given, or one written from it. */
export function introOf(d: TypicalDocument): string {
  const own = d.collection.intro.trim()
  if (own) return own
  return `为发挥典型案例的警示教育作用，引导经营者依法诚信经营，现将本局查办的${countText(d.cases.length)}件${d.collection.name.replace(/^\d{4}年度?/, '')}予以公布。`
}

const FIELDS = [
  ['机关名称', '机关全称（设置 → 机关信息）'],
  ['案例集名称', '案例集的名称，如 2026年度行政处罚典型案例'],
  ['年度', '案例集的年度，如 2026'],
  ['案例数', '案例集中案例的件数，汉字，如 十'],
  ['导语', '案例集的导语（在案例集页面填写；未填写时按案例数自动生成）'],
  ['案例', '全部案例，按发布顺序：每件以“一、标题”开头，其下为（一）当事人、（二）案情简介、（三）处罚结果、（四）典型意义、（五）法律依据；均已脱敏'],
  ['成文日期', '成文日期，如 2027年3月15日'],
] as const

function values(ctx: KindContext): Record<string, string> {
  const d = typicalOf(ctx)
  return {
    机关名称: ctx.agency.fullName,
    案例集名称: d.collection.name,
    年度: String(d.collection.year),
    案例数: chineseNumber(Math.max(1, d.cases.length)),
    导语: introOf(d),
    案例: d.cases.flatMap((x, i) => casePart(i + 1, publishedText(d, x))).join('\n'),
    成文日期: formatChineseDate(ctx.date),
  }
}

export const typicalCollectionKind = typicalKind('typical_collection', FIELDS, {
  defaultTemplate: { title: '{{机关名称}}{{案例集名称}}', body: '{{导语}}\n{{案例}}' },
  values,
  layout: (b, filled, ctx) => officialDocument(b, { titleLines: filled.titleLines, lines: filled.lines, agencyName: ctx.agency.fullName, date: ctx.date, sealed: false }),
})
