import { Button, Flex, Select, Switch } from 'antd'
import { ClearOutlined } from '@ant-design/icons'
import { CASE_FIELDS, CASE_STATUSES, PENALTY_KINDS, type CaseField, type CaseStatus } from '../../../../../shared/domain/cases'
import type { PenaltyKind } from '../../../../../shared/rules/case-deadlines'
import { TextFilter } from '../../seizures/list/TextFilter'
import { FilterLabel, SearchBox } from '../../../components/SearchBox'

// Above the case register: the search box and the filters, each applied as it changes.

export interface CaseListFilter {
  query: string
  year: number | null
  field: CaseField | null
  statuses: CaseStatus[]
  penaltyKind: PenaltyKind | null
  due: 'overdue' | 'soon' | null
  unit: string
  officer: string
  /** From 统计's drill-down only (no control of its own; StatDrillTag shows it). */
  period: { basis: 'filing' | 'decision' | 'publication' | 'police'; from: string; to: string } | null
  procedure: 'ordinary' | 'summary' | null
  timing: 'in_time' | 'late' | null
  /** From the 工作台's 我的待办: the account that registered the cases. */
  createdBy: string | null
  includeVoided: boolean
}

export const EMPTY_CASE_FILTER: CaseListFilter = { query: '', year: null, field: null, statuses: [], penaltyKind: null, due: null, unit: '', officer: '', period: null, procedure: null, timing: null, createdBy: null, includeVoided: false }

export const isCaseFiltered = (f: CaseListFilter) => JSON.stringify(f) !== JSON.stringify(EMPTY_CASE_FILTER)

const optionsOf = <K extends string>(labels: Record<K, string>) => (Object.keys(labels) as K[]).map((k) => ({ value: k, label: labels[k] }))

const thisYear = new Date().getFullYear()
const YEARS = Array.from({ length: 8 }, (_v, i) => thisYear + 1 - i).map((y) => ({ value: y, label: `${y}年` }))

interface Props {
  filter: CaseListFilter
  onChange(patch: Partial<CaseListFilter>): void
  onClear(): void
  units: string[]
}

export function CaseFilters({ filter, onChange, onClear, units }: Props) {
  return (
    <Flex vertical gap={10}>
      <Flex wrap gap={8} align="center">
        <SearchBox testId="case-search" placeholder="搜索当事人、文号、案件编号、查扣物品…" value={filter.query} onSearch={(query) => onChange({ query })} style={{ flex: '1 1 300px', minWidth: 300, maxWidth: 420 }} />
        <Select<number>
          data-testid="case-filter-year"
          prefix={<FilterLabel>年度</FilterLabel>}
          placeholder="全部"
          allowClear
          options={YEARS}
          value={filter.year ?? undefined}
          onChange={(year) => onChange({ year: year ?? null })}
          style={{ width: 140 }}
        />
        <Select<CaseStatus[]>
          data-testid="case-filter-status"
          mode="multiple"
          prefix={<FilterLabel>状态</FilterLabel>}
          placeholder="全部"
          allowClear
          maxTagCount="responsive"
          options={optionsOf(CASE_STATUSES)}
          value={filter.statuses}
          onChange={(statuses) => onChange({ statuses })}
          style={{ width: 210 }}
        />
        <Select<'overdue' | 'soon'>
          data-testid="case-filter-due"
          prefix={<FilterLabel>期限</FilterLabel>}
          placeholder="全部"
          allowClear
          options={[
            { value: 'overdue', label: '已超期' },
            { value: 'soon', label: '5个工作日内到期' },
          ]}
          value={filter.due ?? undefined}
          onChange={(due) => onChange({ due: due ?? null })}
          style={{ width: 200 }}
        />
      </Flex>
      <Flex wrap gap={8} align="center">
        <Select<CaseField>
          data-testid="case-filter-field"
          prefix={<FilterLabel>领域</FilterLabel>}
          placeholder="全部"
          allowClear
          options={optionsOf(CASE_FIELDS)}
          value={filter.field ?? undefined}
          onChange={(field) => onChange({ field: field ?? null })}
          style={{ width: 190 }}
        />
        <Select<PenaltyKind>
          data-testid="case-filter-kind"
          prefix={<FilterLabel>处罚种类</FilterLabel>}
          placeholder="全部"
          allowClear
          options={optionsOf(PENALTY_KINDS)}
          value={filter.penaltyKind ?? undefined}
          onChange={(penaltyKind) => onChange({ penaltyKind: penaltyKind ?? null })}
          style={{ width: 230 }}
        />
        <TextFilter label="承办单位" value={filter.unit} onCommit={(unit) => onChange({ unit })} options={units} maxLength={50} width={230} testId="case-filter-unit" />
        <TextFilter label="执法人员" value={filter.officer} onCommit={(officer) => onChange({ officer })} maxLength={20} width={170} testId="case-filter-officer" />
        <Flex align="center" gap={6} style={{ marginLeft: 4 }}>
          <Switch data-testid="case-filter-voided" size="small" checked={filter.includeVoided} onChange={(includeVoided) => onChange({ includeVoided })} aria-label="显示已作废" />
          <span onClick={() => onChange({ includeVoided: !filter.includeVoided })} style={{ cursor: 'pointer', userSelect: 'none' }}>
            显示已作废
          </span>
        </Flex>
        <Button type="link" icon={<ClearOutlined />} disabled={!isCaseFiltered(filter)} onClick={onClear} data-testid="case-filter-clear">
          清除筛选
        </Button>
      </Flex>
    </Flex>
  )
}
