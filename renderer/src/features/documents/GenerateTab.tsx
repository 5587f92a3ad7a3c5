import { useState } from 'react'
import { Alert, App as AntApp, Button, Card, DatePicker, Flex, Form, Input, Space, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import type { DocumentKindInfo } from '../../../../shared/api/documents'
import type { DocumentKind } from '../../../../shared/domain/documents'
import { invoke } from '../../api/client'
import { applyFieldErrors } from '../../api/form-errors'
import { downloadDocx } from './docx-file'
import { DocxPreview } from './DocxPreview'
import { KindSelect } from './KindSelect'

// 生成文书: the clerk fills the kind's input placeholders and the 成文日期, previews, then generates
// (which archives the file and downloads it).

interface GenerateValues {
  values: Record<string, string | undefined>
  date: Dayjs | null
}

const LONG_TEXT = new Set(['正文'])

export function GenerateTab({ kinds: all }: { kinds: DocumentKindInfo[] }) {
  // Kinds made from a record (物品清单 …) are issued from that record's page, not from this form.
  const kinds = all.filter((k) => !k.fromRecord)
  const [kind, setKind] = useState<DocumentKind | undefined>(kinds[0]?.kind)
  const info = kinds.find((k) => k.kind === kind)
  return (
    <Flex vertical gap={16}>
      <Space>
        <Typography.Text>文书种类</Typography.Text>
        {kind && <KindSelect kinds={kinds} value={kind} onChange={setKind} />}
      </Space>
      {info && <GenerateForm key={info.kind} info={info} />}
    </Flex>
  )
}

function GenerateForm({ info }: { info: DocumentKindInfo }) {
  const { message } = AntApp.useApp()
  const [form] = Form.useForm<GenerateValues>()
  const [banner, setBanner] = useState<string | null>(null)
  const [preview, setPreview] = useState<string | null>(null)
  const [busy, setBusy] = useState<'preview' | 'generate' | null>(null)
  const inputs = info.placeholders.filter((p) => p.input)

  const request = () => {
    const { values, date } = form.getFieldsValue(true) as GenerateValues
    const filled = Object.fromEntries(inputs.map((p) => [p.name, values?.[p.name] ?? '']))
    return { kind: info.kind, values: filled, date: date ? date.format('YYYY-MM-DD') : '' }
  }

  const run = async (what: 'preview' | 'generate') => {
    setBusy(what)
    setBanner(null)
    form.setFields([{ name: 'date', errors: [] }, ...inputs.map((p) => ({ name: ['values', p.name] as ['values', string], errors: [] }))])
    try {
      if (what === 'preview') {
        setPreview((await invoke('documents.preview', request())).base64)
      } else {
        const file = await invoke('documents.generate', request())
        downloadDocx(file)
        message.success(`已生成并存档：${file.fileName}`)
      }
    } catch (err) {
      setBanner(applyFieldErrors(form, err))
    } finally {
      setBusy(null)
    }
  }

  const initialValues: GenerateValues = { values: Object.fromEntries(inputs.map((p) => [p.name, ''])), date: dayjs() }

  return (
    <>
      <Card size="small">
        {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 16 }} />}
        <Form form={form} layout="vertical" initialValues={initialValues} disabled={busy !== null} style={{ maxWidth: 760 }}>
          {inputs.map((p) => (
            <Form.Item key={p.name} name={['values', p.name]} label={p.name} extra={p.description}>
              {LONG_TEXT.has(p.name) ? <Input.TextArea autoSize={{ minRows: 6, maxRows: 24 }} placeholder={`例如：${p.sample}`} /> : <Input placeholder={`例如：${p.sample}`} />}
            </Form.Item>
          ))}
          <Form.Item name="date" label="成文日期">
            <DatePicker format="YYYY-MM-DD" allowClear={false} />
          </Form.Item>
          <Space>
            <Button onClick={() => void run('preview')} loading={busy === 'preview'}>
              预览
            </Button>
            <Button type="primary" onClick={() => void run('generate')} loading={busy === 'generate'}>
              生成并保存
            </Button>
          </Space>
        </Form>
      </Card>
      <DocxPreview base64={preview} loading={busy === 'preview'} />
    </>
  )
}
