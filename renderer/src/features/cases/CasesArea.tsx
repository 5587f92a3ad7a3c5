import { Route, Routes } from 'react-router'
import { CaseDetailPage } from './detail/CaseDetailPage'
import { CaseFormPage } from './form/CaseFormPage'
import { CaseListPage } from './list/CaseListPage'

// 处罚案件: the register, 立案登记, one case, and its correction.
export function CasesArea() {
  return (
    <Routes>
      <Route index element={<CaseListPage />} />
      <Route path="new" element={<CaseFormPage />} />
      <Route path=":id" element={<CaseDetailPage />} />
      <Route path=":id/edit" element={<CaseFormPage />} />
    </Routes>
  )
}
