import { Route, Routes } from 'react-router'
import { StatisticsPage } from './StatisticsPage'

// 统计: one page, its period and unit in the address.
export function StatisticsArea() {
  return (
    <Routes>
      <Route index element={<StatisticsPage />} />
    </Routes>
  )
}
