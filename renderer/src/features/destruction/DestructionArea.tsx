import { Segmented } from 'antd'
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router'
import { BatchDetailPage } from './batch/BatchDetailPage'
import { NewBatchPage } from './batch/NewBatchPage'
import { BatchListPage } from './batches/BatchListPage'
import { StockPage } from './stock/StockPage'

// 销毁管理: 待销毁物品 (the confiscated stock), 销毁批次 (the list), one batch, a new batch.

function AreaTabs() {
  const navigate = useNavigate()
  const { pathname } = useLocation()
  const value = pathname.startsWith('/destructions/batches') ? 'batches' : 'stock'
  return (
    <div style={{ padding: '16px 24px 0' }}>
      <Segmented
        data-testid="destruction-tabs"
        value={value}
        onChange={(v) => navigate(v === 'batches' ? '/destructions/batches' : '/destructions/stock')}
        options={[
          { value: 'stock', label: '待销毁物品' },
          { value: 'batches', label: '销毁批次' },
        ]}
      />
    </div>
  )
}

export function DestructionArea() {
  return (
    <>
      <AreaTabs />
      <Routes>
        <Route index element={<Navigate to="stock" replace />} />
        <Route path="stock" element={<StockPage />} />
        <Route path="batches" element={<BatchListPage />} />
        <Route path="batches/new" element={<NewBatchPage />} />
        <Route path="batches/:id" element={<BatchDetailPage />} />
      </Routes>
    </>
  )
}
