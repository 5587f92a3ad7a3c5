import type { StatTable } from '../api/stat-types'

// One chart option per 统计 table, for Apache ECharts: drawn in the window (canvas, clickable) and on the server
// (SVG, for the 工作总结's pictures) from the same data, so the page and the document show the same chart. Plain
// data only: shared/ imports no chart library.

export const CHART_FONT = 'Microsoft YaHei, SimHei, Noto Sans CJK SC, Source Han Sans SC, sans-serif'

/** The value a bar shows: 元 in 万元 (two decimals), grams in 千克, counts as they are. */
export function chartValue(v: number, unit: StatTable['columns'][number]['unit']): number {
  if (unit === 'fen') return Math.round(v / 100) / 10_000
  if (unit === 'g') return Math.round(v) / 1000
  return v
}

export const axisName = (c: StatTable['columns'][number]): string => (c.unit === 'fen' ? `${c.label}（万元）` : c.unit === 'g' ? `${c.label}（千克）` : c.unit === 'days' ? `${c.label}（天）` : `${c.label}（${c.word}）`)

const crowded = (labels: readonly string[]) => labels.length > 8 || labels.reduce((n, l) => n + [...l].length, 0) > 36

/**
 * Months: bars of the period, a line of the same months a year earlier (when known); groups: bars, or a pie for
 * a few parts of a whole. The first column is drawn: it is the count the table's drill-down opens.
 */
export function statChartOption(t: StatTable, opts: { title?: string; thisLabel: string; beforeLabel: string }): Record<string, unknown> {
  const c = t.columns[0]!
  const labels = t.rows.map((r) => (t.chart === 'month' ? r.label.replace(/^\d{4}年/, '') : r.label))
  const values = t.rows.map((r) => chartValue(r.values[0] ?? 0, c.unit))
  const base = { animation: false, textStyle: { fontFamily: CHART_FONT }, title: opts.title ? { text: opts.title, left: 'center', textStyle: { fontSize: 16 } } : undefined }
  if (t.chart === 'pie') {
    return {
      ...base,
      tooltip: { trigger: 'item' },
      legend: { bottom: 0 },
      series: [{ type: 'pie', radius: ['35%', '65%'], label: { formatter: '{b}：{c}（{d}%）' }, data: labels.map((name, i) => ({ name, value: values[i] })) }],
    }
  }
  const before = t.chart === 'month' && t.rows.some((r) => r.previous !== null)
  return {
    ...base,
    tooltip: { trigger: 'axis' },
    legend: t.chart === 'month' ? { bottom: 0 } : undefined,
    grid: { left: 60, right: 24, top: opts.title ? 56 : 30, bottom: t.chart === 'month' ? 56 : 70 },
    // Group names that would run into each other are slanted, and long ones cut (the table beside has them whole).
    xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: crowded(labels) && t.chart !== 'month' ? 30 : 0, width: 84, overflow: 'truncate' } },
    yAxis: { type: 'value', name: axisName(c), minInterval: c.unit === 'count' ? 1 : undefined },
    series: [
      { name: opts.thisLabel, type: 'bar', data: values, barMaxWidth: 48, label: { show: t.rows.length <= 16, position: 'top' } },
      ...(before ? [{ name: opts.beforeLabel, type: 'line', data: t.rows.map((r) => chartValue(r.previous ?? 0, c.unit)) }] : []),
    ],
  }
}
