import { Button, Flex, Select } from 'antd'
import { ClearOutlined } from '@ant-design/icons'
import type { StockFilter } from '../../../../../shared/api/destruction'
import { ITEM_CATEGORIES, keysOf, type ItemCategory } from '../../../../../shared/domain/seizures'
import { invoke } from '../../../api/client'
import { useLoad } from '../../../api/use-load'
import { DateRangeFilter } from '../../../components/DateRangeFilter'
import { TextFilter } from '../../seizures/list/TextFilter'
import { FilterLabel, SearchBox } from '../../../components/SearchBox'

// The filters above 待销毁物品: each change applies at once, as on the seizure register.

export type StockQuery = Required<Pick<StockFilter, 'query' | 'category' | 'storageLocationId' | 'unit' | 'dateFrom' | 'dateTo'>>

export const EMPTY_STOCK_QUERY: StockQuery = { query: '', category: null, storageLocationId: null, unit: '', dateFrom: null, dateTo: null }

export const isStockFiltered = (q: StockQuery): boolean =>
  q.query !== '' || q.category !== null || q.storageLocationId !== null || q.unit !== '' || q.dateFrom !== null || q.dateTo !== null

const CATEGORY_OPTIONS = keysOf(ITEM_CATEGORIES).map((k) => ({ value: k, label: ITEM_CATEGORIES[k] }))

interface Props {
  filter: StockQuery
  onChange(patch: Partial<StockQuery>): void
  onClear(): void
}

export function StockFilters({ filter, onChange, onClear }: Props) {
  const locations = useLoad(() => invoke('storage.list', {}), [])
  const suggestions = useLoad(() => invoke('seizures.suggestions', {}), [])
  return (
    <Flex wrap gap={8} align="center">
      <SearchBox testId="stock-search" placeholder="搜索登记号、文号、当事人、品名、品牌…" value={filter.query} onSearch={(query) => onChange({ query })} style={{ flex: '1 1 280px', minWidth: 280, maxWidth: 420 }} />
      <Select<ItemCategory>
        data-testid="stock-filter-category"
        prefix={<FilterLabel>类别</FilterLabel>}
        placeholder="全部"
        allowClear
        options={CATEGORY_OPTIONS}
        value={filter.category ?? undefined}
        onChange={(category) => onChange({ category: category ?? null })}
        style={{ width: 170 }}
      />
      <Select<string>
        data-testid="stock-filter-location"
        prefix={<FilterLabel>存放位置</FilterLabel>}
        placeholder="全部"
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        options={(locations.data ?? []).map((l) => ({ value: l.id, label: l.path }))}
        value={filter.storageLocationId ?? undefined}
        onChange={(id) => onChange({ storageLocationId: id ?? null })}
        style={{ width: 230 }}
      />
      <TextFilter label="承办单位" value={filter.unit} onCommit={(unit) => onChange({ unit })} options={suggestions.data?.units} maxLength={50} width={230} testId="stock-filter-unit" />
      <DateRangeFilter label="没收日期" from={filter.dateFrom} to={filter.dateTo} onChange={({ from, to }) => onChange({ dateFrom: from, dateTo: to })} testId="stock-filter-dates" />
      <Button type="link" icon={<ClearOutlined />} disabled={!isStockFiltered(filter)} onClick={onClear} data-testid="stock-filter-clear">
        清除筛选
      </Button>
    </Flex>
  )
}
