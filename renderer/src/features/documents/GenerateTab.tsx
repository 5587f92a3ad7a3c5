import { useState } from 'react'
import { Alert, App as AntApp, Button, Card, Flex, Form, Input, Space, Typography } from 'antd'
import type { DocumentKindInfo } from '../../../../shared/api/documents'
import type { DocumentKind } from '../../../../shared/domain/documents'
import { invoke } from '../../api/client'
import { focusFirstError, useFormSubmit } from '../../api/use-form-submit'
import { DateField } from '../../components/DateField'
import { DocNumberInput } from '../../components/DocNumberInput'
import { dateRules } from '../../components/form-rules'
import { todayText } from '../../components/today'
import { downloadDocx } from './docx-file'
import { DocxPreview } from './DocxPreview'
import { KindSelect } from './KindSelect'

// 生成文书: the clerk fills the kind's input placeholders and the 成文日期, previews, then generates
// (which archives the file and downloads it).

interface GenerateValues {
  values: Record<string, string | undefined>
  date: string | null
}

const LONG_TEXT = new Set(['正文'])
/** Placeholders holding a 文号 take the shared 文号 input (brackets and digits converted as typed). */
const isDocNumber = (name: string) => name.endsWith('文号')

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
  const submit = useFormSubmit(form)
  const [preview, setPreview] = useState<string | null>(null)
  const [busy, setBusy] = useState<'preview' | 'generate' | null>(null)
  const inputs = info.placeholders.filter((p) => p.input)

  const request = () => {
    const { values, date } = form.getFieldsValue(true) as GenerateValues
    const filled = Object.fromEntries(inputs.map((p) => [p.name, values?.[p.name] ?? '']))
    return { kind: info.kind, values: filled, date: date ?? '' }
  }

  const run = async (what: 'preview' | 'generate') => {
    form.setFields(inputs.map((p) => ({ name: ['values', p.name] as ['values', string], errors: [] })))
    try {
      await form.validateFields(['date'])
    } catch {
      focusFirstError(form) // the date's rule says under the field what to type
      return
    }
    setBusy(what)
    await submit.run(async () => {
      if (what === 'preview') {
        setPreview((await invoke('documents.preview', request())).base64)
        return
      }
      const file = await invoke('documents.generate', request())
      downloadDocx(file)
      message.success(`已生成并存档：${file.fileName}`)
    }, { saves: what === 'generate' })
    setBusy(null)
  }

  const initialValues: GenerateValues = { values: Object.fromEntries(inputs.map((p) => [p.name, ''])), date: todayText() }

  return (
    <>
      <Card size="small">
        {submit.banner && <Alert type="error" showIcon title={submit.banner} style={{ marginBottom: 16 }} />}
        <Form form={form} layout="vertical" initialValues={initialValues} disabled={busy !== null} style={{ maxWidth: 760 }} {...submit.formProps}>
          {inputs.map((p) => (
            <Form.Item key={p.name} name={['values', p.name]} label={p.name} extra={p.description}>
              {LONG_TEXT.has(p.name) ? (
                <Input.TextArea autoSize={{ minRows: 6, maxRows: 24 }} placeholder={`例如：${p.sample}`} />
              ) : isDocNumber(p.name) ? (
                <DocNumberInput placeholder={`例如：${p.sample}`} />
              ) : (
                <Input placeholder={`例如：${p.sample}`} />
              )}
            </Form.Item>
          ))}
          <Form.Item name="date" label="成文日期" rules={dateRules('成文日期')}>
            <DateField data-testid="generate-date" style={{ width: 200 }} />
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
