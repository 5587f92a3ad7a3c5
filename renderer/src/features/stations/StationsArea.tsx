import { Route, Routes } from 'react-router'
import { StationListPage } from './list/StationListPage'
import { StationFormPage } from './form/StationFormPage'
import { StationDetailPage } from './detail/StationDetailPage'

// 服务站: the registry, a station's form, and one station with its states and yearly reviews.
export function StationsArea() {
  return (
    <Routes>
      <Route index element={<StationListPage />} />
      <Route path="new" element={<StationFormPage />} />
      <Route path=":id" element={<StationDetailPage />} />
      <Route path=":id/edit" element={<StationFormPage />} />
    </Routes>
  )
}
