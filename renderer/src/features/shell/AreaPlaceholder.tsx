import { Empty, Typography } from 'antd'
import type { Area } from './areas'

/** An area not built yet says what it will hold, rather than showing an empty page. */
export function AreaPlaceholder({ area }: { area: Area }) {
  return (
    <div style={{ padding: 24 }}>
      <Typography.Title level={4}>{area.label}</Typography.Title>
      <Empty
        style={{ marginTop: 64 }}
        description={
          <>
            <Typography.Paragraph>{area.description}</Typography.Paragraph>
            <Typography.Text type="secondary">此功能尚在建设中。</Typography.Text>
          </>
        }
      />
    </div>
  )
}
