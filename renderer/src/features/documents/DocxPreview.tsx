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
}

export function DocxPreview({ base64, loading = false }: Props) {
  const container = useRef<HTMLDivElement>(null)
  const [failure, setFailure] = useState<string | null>(null)

  useEffect(() => {
    const target = container.current
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
      <div ref={container} data-testid="document-preview" style={{ overflow: 'auto', maxHeight: '80vh', display: base64 ? 'block' : 'none' }} />
    </Card>
  )
}
