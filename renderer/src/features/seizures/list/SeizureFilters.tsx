import { Button, Flex, Select, Switch } from 'antd'
import { ClearOutlined } from '@ant-design/icons'
import type { SeizureSuggestions } from '../../../../../shared/api/seizure-types'
import { ITEM_CATEGORIES, SEIZURE_KINDS, SEIZURE_STATUSES, keysOf, type ItemCategory, type SeizureKind, type SeizureStatus } from '../../../../../shared/domain/seizures'
import { isFiltered, type ListFilter } from './list-params'
import { TextFilter } from './TextFilter'
import { DateRangeFilter } from '../../../components/DateRangeFilter'
import { FilterLabel, SearchBox } from '../../../components/SearchBox'

// The search box and filters above the register. Every change applies at once (no 查询 button): the clerk
// sees the list narrow while choosing.

const optionsOf = <K extends string>(labels: Record<K, string>) => keysOf(labels).map((k) => ({ value: k as K, label: labels[k as K] }))
const KIND_OPTIONS = optionsOf<SeizureKind>(SEIZURE_KINDS)
const STATUS_OPTIONS = optionsOf<SeizureStatus>(SEIZURE_STATUSES)
const CATEGORY_OPTIONS = optionsOf<ItemCategory>(ITEM_CATEGORIES)


interface Props {
  filter: ListFilter
  onChange(patch: Partial<ListFilter>): void
  onClear(): void
  suggestions: SeizureSuggestions | null
}

export function SeizureFilters({ filter, onChange, onClear, suggestions }: Props) {
  const officerNames = [...new Set((suggestions?.officers ?? []).map((o) => o.name))]

  return (
    <Flex vertical gap={10}>
      <Flex wrap gap={8} align="center">
        <SearchBox testId="seizure-search" placeholder="搜索当事人、文号、登记号、品名、品牌…" value={filter.query} onSearch={(query) => onChange({ query })} style={{ flex: '1 1 300px', minWidth: 300, maxWidth: 460 }} />
        <DateRangeFilter label="决定日期" from={filter.dateFrom} to={filter.dateTo} onChange={({ from, to }) => onChange({ dateFrom: from, dateTo: to })} testId="seizure-filter-dates" />
        <Select<SeizureKind[]>
          data-testid="seizure-filter-kind"
          mode="multiple"
          prefix={<FilterLabel>种类</FilterLabel>}
          placeholder="全部"
          allowClear
          maxTagCount="responsive"
          options={KIND_OPTIONS}
          value={filter.kinds}
          onChange={(kinds) => onChange({ kinds })}
          style={{ width: 190 }}
        />
        <Select<SeizureStatus[]>
          data-testid="seizure-filter-status"
          mode="multiple"
          prefix={<FilterLabel>状态</FilterLabel>}
          placeholder="全部"
          allowClear
          maxTagCount="responsive"
          options={STATUS_OPTIONS}
          value={filter.statuses}
          onChange={(statuses) => onChange({ statuses })}
          style={{ width: 200 }}
        />
      </Flex>
      <Flex wrap gap={8} align="center">
        <Select<ItemCategory>
          data-testid="seizure-filter-category"
          prefix={<FilterLabel>类别</FilterLabel>}
          placeholder="全部"
          allowClear
          options={CATEGORY_OPTIONS}
          value={filter.category ?? undefined}
          onChange={(category) => onChange({ category: category ?? null })}
          style={{ width: 170 }}
        />
        <TextFilter label="承办单位" value={filter.unit} onCommit={(unit) => onChange({ unit })} options={suggestions?.units} maxLength={50} width={230} testId="seizure-filter-unit" />
        <TextFilter label="执法人员" value={filter.officer} onCommit={(officer) => onChange({ officer })} options={officerNames} maxLength={20} width={170} testId="seizure-filter-officer" />
        <TextFilter label="当事人" value={filter.party} onCommit={(party) => onChange({ party })} maxLength={100} width={220} testId="seizure-filter-party" />
        <Flex align="center" gap={6} style={{ marginLeft: 4 }}>
          <Switch data-testid="seizure-filter-voided" size="small" checked={filter.includeVoided} onChange={(includeVoided) => onChange({ includeVoided })} aria-label="显示已作废" />
          <span onClick={() => onChange({ includeVoided: !filter.includeVoided })} style={{ cursor: 'pointer', userSelect: 'none' }}>
            显示已作废
          </span>
        </Flex>
        <Button type="link" icon={<ClearOutlined />} disabled={!isFiltered(filter)} onClick={onClear} data-testid="seizure-filter-clear">
          清除筛选
        </Button>
      </Flex>
    </Flex>
  )
}
