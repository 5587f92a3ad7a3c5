import { useState } from 'react'
import { Alert, Spin, Tabs, Typography } from 'antd'
import { invoke } from '../../api/client'
import { useLoad } from '../../api/use-load'
import { ArchiveTab } from './ArchiveTab'
import { GenerateTab } from './GenerateTab'
import { TemplateTab } from './TemplateTab'

// 文书: generate a document from its template, edit the templates, and look up what was generated.

type TabKey = 'generate' | 'template' | 'archive'

export function DocumentsPage() {
  const { data: kinds, error: banner } = useLoad(() => invoke('documents.kinds', {}), [])
  const [tab, setTab] = useState<TabKey>('generate')

  return (
    <div style={{ padding: 24, maxWidth: 1600 }}>
      <Typography.Title level={4}>文书</Typography.Title>
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 16 }} />}
      {!kinds ? (
        !banner && <Spin />
      ) : (
        <Tabs
          activeKey={tab}
          onChange={(k) => setTab(k as TabKey)}
          items={[
            { key: 'generate', label: '生成文书', children: <GenerateTab kinds={kinds} /> },
            { key: 'template', label: '模板', children: <TemplateTab kinds={kinds} /> },
            // Mounted only while open, so opening the tab lists what was generated meanwhile.
            { key: 'archive', label: '存档', children: tab === 'archive' ? <ArchiveTab kinds={kinds} /> : null },
          ]}
        />
      )}
    </div>
  )
}
