import { useState } from 'react'
import { Alert, Button, Card, Space, Tag, Typography, Upload } from 'antd'
import { UploadOutlined } from '@ant-design/icons'
import { placeholderTag, type DocumentLoopInfo, type FoundPlaceholder, type TemplateState } from '../../../../shared/api/documents'
import { invoke } from '../../api/client'
import { errorText, fileToBase64 } from './docx-file'

interface Props {
  state: TemplateState
  /** Lists the kind lets a Word template repeat, e.g. one table row per item line. */
  loops: DocumentLoopInfo[]
  canEdit: boolean
  onSaved(state: TemplateState): void
}

interface Chosen {
  fileName: string
  base64: string
  placeholders: FoundPlaceholder[]
}

/**
 * Word 模板: an office may use its own .docx (made in Word or WPS) with the same {{占位符}}. The file is checked
 * first: every placeholder found is listed and unknown ones are marked, and only a clean file can be used.
 */
export function WordTemplateCard({ state, loops, canEdit, onSaved }: Props) {
  const [chosen, setChosen] = useState<Chosen | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const unknown = chosen?.placeholders.filter((p) => !p.known) ?? []

  const choose = async (file: File) => {
    setBusy(true)
    setError(null)
    setChosen(null)
    try {
      const base64 = await fileToBase64(file)
      const { placeholders } = await invoke('documents.template.inspect', { kind: state.kind, base64 })
      setChosen({ fileName: file.name, base64, placeholders })
    } catch (err) {
      setError(errorText(err))
    } finally {
      setBusy(false)
    }
  }

  const use = async () => {
    if (!chosen) return
    setBusy(true)
    setError(null)
    try {
      onSaved(await invoke('documents.template.upload', { kind: state.kind, base64: chosen.base64, fileName: chosen.fileName, basedOn: state.current.versionNo }))
      setChosen(null)
    } catch (err) {
      setError(errorText(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Card title="Word 模板" size="small">
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {state.current.docxName
          ? `当前使用上传的 Word 模板“${state.current.docxName}”生成文书；上面的文字模板只用于文件名。恢复一个文字模板版本即可改回。`
          : '可以上传在 Word 或 WPS 中做好的 .docx 模板，其中用同样的 {{占位符}}；上传后按该文件的版式生成文书。'}
      </Typography.Paragraph>
      {loops.map((l) => (
        <Typography.Paragraph key={l.name} type="secondary">
          {`${l.description}。可用：${l.fields.map((f) => `{{${f.name}}}`).join(' ')}`}
        </Typography.Paragraph>
      ))}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      {canEdit && (
        <Upload accept=".docx" showUploadList={false} beforeUpload={(file) => (void choose(file), false)} disabled={busy}>
          <Button icon={<UploadOutlined />} loading={busy && !chosen}>
            选择 Word 模板（.docx）
          </Button>
        </Upload>
      )}
      {chosen && (
        <div style={{ marginTop: 12 }} data-testid="word-template-check">
          <Typography.Text>“{chosen.fileName}”中的占位符：</Typography.Text>
          <Space wrap style={{ margin: '8px 0' }}>
            {chosen.placeholders.length === 0 && <Typography.Text type="secondary">没有找到占位符</Typography.Text>}
            {chosen.placeholders.map((p) => (
              <Tag key={placeholderTag(p)} color={p.known ? 'green' : 'red'}>
                {placeholderTag(p)}
                {p.known ? '' : '（未知）'}
              </Tag>
            ))}
          </Space>
          {unknown.length > 0 ? (
            <Alert type="warning" showIcon title={`有 ${unknown.length} 个未知的占位符，请在 Word 中改正后重新选择文件。`} />
          ) : (
            <Button type="primary" onClick={() => void use()} loading={busy}>
              使用此 Word 模板
            </Button>
          )}
        </div>
      )}
    </Card>
  )
}
