import { useEffect, useRef, useState } from 'react'
import { Alert, Card, Spin, Typography } from 'antd'
import type { Options } from 'docx-preview'
import { base64ToBytes, errorText } from './docx-file'

// Shows a generated .docx in the page, laid out as Word pages (docx-preview), so a clerk sees the
// 版式 before saving. Images and fonts become data: URLs (useBase64URL), which the CSP allows. The library is
// loaded with the first preview, not with the 文书 area.

const OPTIONS: Partial<Options> = {
  className: 'docx',
  inWrapper: true,
  ignoreWidth: false,
  ignoreHeight: false,
  breakPages: true,
  useBase64URL: true,
}

interface Props {
  /** The .docx to show, base64; null before the first preview. */
  base64: string | null
  /** A preview is being produced by the server. */
  loading?: boolean
  /** Scale the pages down to the pane's width (beside an editor), rather than scroll sideways. */
  fit?: boolean
}

// docx-preview's wrapper pads each A4 page (794 px at 96 dpi) by 30 px a side.
const PAGE_WITH_MARGIN_PX = 794 + 60

export function DocxPreview({ base64, loading = false, fit = false }: Props) {
  const container = useRef<HTMLDivElement>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [zoom, setZoom] = useState(1)

  useEffect(() => {
    const target = container.current
    if (!fit || !target) return
    const observer = new ResizeObserver(([entry]) => entry && setZoom(Math.min(1, entry.contentRect.width / PAGE_WITH_MARGIN_PX)))
    observer.observe(target)
    return () => observer.disconnect()
  }, [fit])

  const pages = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const target = pages.current
    if (!target || !base64) return
    let current = true
    import('docx-preview')
      .then(async ({ parseAsync, renderDocument }) => renderDocument(await parseAsync(base64ToBytes(base64), OPTIONS), OPTIONS))
      .then(
        (nodes) => {
          if (!current) return
          target.replaceChildren(...nodes)
          setFailure(null)
        },
        (err: unknown) => current && setFailure(`无法显示预览：${errorText(err)}`),
      )
    return () => {
      current = false
    }
  }, [base64])

  return (
    <Card title="预览" size="small" extra={loading ? <Spin size="small" /> : null} styles={{ body: { padding: 0 } }}>
      {failure && <Alert type="error" showIcon title={failure} style={{ margin: 12 }} />}
      {!base64 && (
        <Typography.Paragraph type="secondary" style={{ padding: 16, margin: 0 }}>
          点击“预览”查看文书的版式效果。
        </Typography.Paragraph>
      )}
      <div ref={container} style={{ overflow: 'auto', maxHeight: '80vh', display: base64 ? 'block' : 'none' }}>
        <div ref={pages} data-testid="document-preview" style={fit ? { zoom } : undefined} />
      </div>
    </Card>
  )
}
