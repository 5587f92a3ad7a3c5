import { Route, Routes } from 'react-router'
import { CampaignListPage } from './CampaignListPage'
import { CampaignPage } from './CampaignPage'
import { ReportPage } from './ReportPage'

// 专项行动: the list of campaigns, one campaign (填报情况, 任务分解, 统计表项目, 关联记录, 文书), one unit's report.
export function CampaignsArea() {
  return (
    <Routes>
      <Route index element={<CampaignListPage />} />
      <Route path=":id" element={<CampaignPage />} />
      <Route path=":id/reports/:unit" element={<ReportPage />} />
    </Routes>
  )
}
