import { Flex, Select } from 'antd'
import { PERIOD_PRESETS, type PeriodPreset } from '../../../../shared/rules/stat-periods'
import { DateRangeFilter } from '../../components/DateRangeFilter'
import { FilterLabel } from '../../components/SearchBox'
import type { StatChoice } from './stat-params'

// The period and the unit 统计 counts for: this year, last year, a quarter, a month, since last year's 3·15, or
// a range typed; the whole bureau or one 所/队.

const PRESET_OPTIONS = (Object.keys(PERIOD_PRESETS) as PeriodPreset[]).map((k) => ({ value: k, label: PERIOD_PRESETS[k] }))

export function PeriodBar({ choice, today, units, onChange }: { choice: StatChoice; today: string; units: string[]; onChange(patch: Partial<StatChoice>): void }) {
  const thisYear = Number(today.slice(0, 4))
  const years = Array.from({ length: 10 }, (_v, i) => ({ value: thisYear - i, label: `${thisYear - i}年` }))
  return (
    <Flex wrap gap={8} align="center">
      <Select<PeriodPreset> data-testid="stat-preset" prefix={<FilterLabel>期间</FilterLabel>} value={choice.preset} options={PRESET_OPTIONS} onChange={(preset) => onChange({ preset })} style={{ width: 230 }} />
      {(choice.preset === 'quarter' || choice.preset === 'month') && <Select<number> data-testid="stat-year" value={choice.year} options={years} onChange={(year) => onChange({ year })} style={{ width: 100 }} />}
      {choice.preset === 'quarter' && (
        <Select<1 | 2 | 3 | 4> data-testid="stat-quarter" value={choice.quarter} options={([1, 2, 3, 4] as const).map((q) => ({ value: q, label: `第${'一二三四'[q - 1]}季度` }))} onChange={(quarter) => onChange({ quarter })} style={{ width: 110 }} />
      )}
      {choice.preset === 'month' && <Select<number> data-testid="stat-month" value={choice.month} options={Array.from({ length: 12 }, (_v, i) => ({ value: i + 1, label: `${i + 1}月` }))} onChange={(month) => onChange({ month })} style={{ width: 90 }} />}
      {choice.preset === 'custom' && <DateRangeFilter label="日期" from={choice.from} to={choice.to} onChange={({ from, to }) => from && to && onChange({ from, to })} testId="stat-range" />}
      <Select<string>
        data-testid="stat-unit"
        prefix={<FilterLabel>单位</FilterLabel>}
        value={choice.unit}
        showSearch
        options={[{ value: '', label: '全局' }, ...units.map((u) => ({ value: u, label: u }))]}
        onChange={(unit) => onChange({ unit })}
        style={{ width: 260 }}
      />
    </Flex>
  )
}
