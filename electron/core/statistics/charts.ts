import { existsSync } from 'node:fs'
import type { StatReport } from '../../../shared/api/stat-types'
import { statChartOption } from '../../../shared/charts/stat-chart'
import { periodText, yearBefore } from '../../../shared/rules/stat-periods'
import type { SummaryChart } from '../documents/kinds/summary-shared'
import type * as Echarts from 'echarts'
import type * as ResvgJs from '@resvg/resvg-js'

// The 工作总结's charts as pictures: ECharts draws the page's chart option as SVG on the server (no browser, no
// canvas), resvg turns it into a PNG for Word. Chinese needs a CJK font: the first of the usual ones found on the
// PC (Windows' 微软雅黑 / 黑体, Debian's Noto CJK); else every system font is searched (slower, same result).

const CJK_FONTS = [
  'C:\\Windows\\Fonts\\msyh.ttc',
  'C:\\Windows\\Fonts\\simhei.ttf',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
  '/System/Library/Fonts/PingFang.ttc',
]
let found: string | null | undefined
// Loaded with the first chart, not at start: ECharts and resvg (whose platform probe alone takes ~20 ms) added
// ~60 ms to every start of the app (issue 14).
let libs: Promise<[typeof Echarts, typeof ResvgJs]> | null = null
const chartLibs = () => (libs ??= Promise.all([import('echarts'), import('@resvg/resvg-js')]))

function fontOptions() {
  if (found === undefined) found = CJK_FONTS.find((f) => existsSync(f)) ?? null
  return found ? { fontFiles: [found], loadSystemFonts: false } : { loadSystemFonts: true }
}

export interface ChartPicture {
  png: Buffer
  width: number
  height: number
}

/** The option drawn at width × height (CSS pixels), as a PNG at twice that for print. */
export async function chartPng(option: Record<string, unknown>, width = 720, height = 360): Promise<ChartPicture> {
  const [echarts, { Resvg }] = await chartLibs()
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height })
  try {
    chart.setOption(option)
    const svg = chart.renderToSVGString()
    const png = new Resvg(svg, { fitTo: { mode: 'width', value: width * 2 }, font: fontOptions(), background: '#ffffff' }).render().asPng()
    return { png, width, height }
  } finally {
    chart.dispose()
  }
}

/** The charts the 工作总结 carries: each section's month table, and seizures and cases by group. */
const CHARTED: readonly (readonly [section: string, table: string, title: string])[] = [
  ['seizures', 'by_month', '查扣件数（按月）'],
  ['seizures', 'by_category', '查扣件数（按物品类别）'],
  ['cases', 'by_month', '查处案件数（按月）'],
  ['cases', 'by_field', '查处案件数（按案件领域）'],
  ['destructions', 'by_month', '销毁批次（按月）'],
]

export async function summaryCharts(r: StatReport): Promise<SummaryChart[]> {
  const thisLabel = periodText(r.period)
  const beforeLabel = periodText(yearBefore(r.period))
  const out: SummaryChart[] = []
  for (const [sk, tk, title] of CHARTED) {
    const t = r.sections.find((s) => s.key === sk)?.tables.find((x) => x.key === tk)
    if (!t || t.rows.length === 0 || t.rows.every((x) => (x.values[0] ?? 0) === 0)) continue
    // Untitled: the document's caption names the chart.
    out.push({ title, ...(await chartPng(statChartOption(t, { thisLabel, beforeLabel }))) })
  }
  return out
}
