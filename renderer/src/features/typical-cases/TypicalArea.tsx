import { Route, Routes } from 'react-router'
import { CollectionsPage } from './CollectionsPage'
import { CollectionPage } from './CollectionPage'
import { EntryPage } from './EntryPage'

// 典型案例: the collections by year, one collection with its cases, and one case's text under review.
export function TypicalArea() {
  return (
    <Routes>
      <Route index element={<CollectionsPage />} />
      <Route path="collections/:id" element={<CollectionPage />} />
      <Route path="entries/:id" element={<EntryPage />} />
    </Routes>
  )
}
