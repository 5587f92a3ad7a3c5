import { useEffect, useRef } from 'react'
import * as echarts from 'echarts/core'
import { BarChart, LineChart, PieChart } from 'echarts/charts'
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'
import type { StatRow, StatTable } from '../../../../shared/api/stat-types'
import { statChartOption } from '../../../../shared/charts/stat-chart'

// A 统计 table as a chart (Apache ECharts, bundled: no CDN): bars by month with the year before as a line, bars or
// a pie by group. Clicking a bar or slice opens the records behind it, as the table's row does.

echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, CanvasRenderer])

interface Props {
  table: StatTable
  thisLabel: string
  beforeLabel: string
  onPick(row: StatRow): void
  testId: string
}

export function StatChart({ table, thisLabel, beforeLabel, onPick, testId }: Props) {
  const box = useRef<HTMLDivElement>(null)
  const pick = useRef(onPick)
  useEffect(() => {
    pick.current = onPick
  }, [onPick])
  useEffect(() => {
    if (!box.current) return
    const chart = echarts.init(box.current, null, { renderer: 'canvas' })
    chart.setOption(statChartOption(table, { thisLabel, beforeLabel }))
    // Only the period's own bars (series 0) open records: the line is last year's.
    chart.on('click', (e) => {
      const row = table.rows[e.dataIndex]
      if (row && (e.seriesIndex === 0 || table.chart === 'pie')) pick.current(row)
    })
    // Where each bar stands (its top centre, in the box), for a test to click the canvas as a person would.
    const mark = () => {
      if (!box.current || table.chart === 'pie') return
      const at = table.rows.map((_r, i) => chart.convertToPixel({ seriesIndex: 0 }, [i, 0]) as number[])
      box.current.dataset.bars = JSON.stringify(at.map((p) => [Math.round(p[0] ?? 0), Math.round((p[1] ?? 0) - 4)]))
    }
    chart.on('finished', mark)
    const resize = new ResizeObserver(() => chart.resize())
    resize.observe(box.current)
    return () => {
      resize.disconnect()
      chart.dispose()
    }
  }, [table, thisLabel, beforeLabel])
  return <div ref={box} data-testid={testId} style={{ width: '100%', height: 280, cursor: 'pointer' }} />
}
