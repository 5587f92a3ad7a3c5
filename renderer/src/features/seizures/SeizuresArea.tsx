import { Route, Routes } from 'react-router'
import { SeizureDetailPage } from './detail/SeizureDetailPage'
import { SeizureFormPage } from './form/SeizureFormPage'
import { SeizureListPage } from './list/SeizureListPage'
import { StorageLocationsPanel } from './storage/StorageLocationsPanel'

// 查扣登记: list, new, one record, its correction, and the storage locations.
export function SeizuresArea() {
  return (
    <Routes>
      <Route index element={<SeizureListPage />} />
      <Route path="new" element={<SeizureFormPage />} />
      <Route
        path="storage"
        element={
          <div style={{ padding: 24 }}>
            <StorageLocationsPanel />
          </div>
        }
      />
      <Route path=":id" element={<SeizureDetailPage />} />
      <Route path=":id/edit" element={<SeizureFormPage />} />
    </Routes>
  )
}
