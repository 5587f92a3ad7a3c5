import { Button, Flex, Input, Select } from 'antd'
import { ClearOutlined } from '@ant-design/icons'
import type { StockFilter } from '../../../../../shared/api/destruction'
import { ITEM_CATEGORIES, keysOf, type ItemCategory } from '../../../../../shared/domain/seizures'
import { invoke } from '../../../api/client'
import { useLoad } from '../../../api/use-load'
import { DateRangeFilter } from '../../../components/DateRangeFilter'
import { TextFilter } from '../../seizures/list/TextFilter'
import { useDebouncedText } from '../../seizures/list/use-debounced-text'

// The filters above 待销毁物品: each change applies at once, as on the seizure register.

export type StockQuery = Required<Pick<StockFilter, 'query' | 'category' | 'storageLocationId' | 'unit' | 'dateFrom' | 'dateTo'>>

export const EMPTY_STOCK_QUERY: StockQuery = { query: '', category: null, storageLocationId: null, unit: '', dateFrom: null, dateTo: null }

export const isStockFiltered = (q: StockQuery): boolean =>
  q.query !== '' || q.category !== null || q.storageLocationId !== null || q.unit !== '' || q.dateFrom !== null || q.dateTo !== null

const CATEGORY_OPTIONS = keysOf(ITEM_CATEGORIES).map((k) => ({ value: k, label: ITEM_CATEGORIES[k] }))
const Label = ({ children }: { children: string }) => <span style={{ color: 'rgba(0,0,0,0.45)' }}>{children}</span>

interface Props {
  filter: StockQuery
  onChange(patch: Partial<StockQuery>): void
  onClear(): void
}

export function StockFilters({ filter, onChange, onClear }: Props) {
  const search = useDebouncedText(filter.query, (query) => onChange({ query }))
  const locations = useLoad(() => invoke('storage.list', {}), [])
  const suggestions = useLoad(() => invoke('seizures.suggestions', {}), [])
  return (
    <Flex wrap gap={8} align="center">
      <Input.Search
        data-testid="stock-search"
        placeholder="搜索登记号、文号、当事人、品名、品牌…"
        allowClear
        maxLength={50}
        value={search.text}
        onChange={(e) => search.setText(e.target.value)}
        onSearch={(value) => search.commit(value)}
        {...search.compositionProps}
        style={{ flex: '1 1 280px', minWidth: 280, maxWidth: 420 }}
      />
      <Select<ItemCategory>
        data-testid="stock-filter-category"
        prefix={<Label>类别</Label>}
        placeholder="全部"
        allowClear
        options={CATEGORY_OPTIONS}
        value={filter.category ?? undefined}
        onChange={(category) => onChange({ category: category ?? null })}
        style={{ width: 170 }}
      />
      <Select<string>
        data-testid="stock-filter-location"
        prefix={<Label>存放位置</Label>}
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
