import { useState } from 'react'
import { Alert, App as AntApp, Button, Card, Flex, Form, Input, Space, Typography } from 'antd'
import type { DocumentKindInfo, PlaceholderInfo } from '../../../../shared/api/documents'
import { DOCUMENT_RECORD_SOURCES, type DocumentKind } from '../../../../shared/domain/documents'
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

/** The input for one placeholder: several lines where the kind allows them, the shared 文号 field for a 文号. */
function PlaceholderInput({ p, ...rest }: { p: PlaceholderInfo; id?: string; value?: string; onChange?(v: unknown): void }) {
  const placeholder = `例如：${p.sample}`
  if (p.multiline) return <Input.TextArea {...rest} autoSize={{ minRows: p.name === '正文' ? 6 : 2, maxRows: 24 }} placeholder={placeholder} />
  if (p.name.endsWith('文号')) return <DocNumberInput {...rest} placeholder={placeholder} />
  return <Input {...rest} placeholder={placeholder} maxLength={p.maxLength} />
}

export function GenerateTab({ kinds: all }: { kinds: DocumentKindInfo[] }) {
  // Kinds made from a record (物品清单 …) are issued from that record's page, not from this form.
  const kinds = all.filter((k) => !k.fromRecord)
  const fromRecords = all.filter((k) => k.fromRecord)
  const [kind, setKind] = useState<DocumentKind | undefined>(kinds[0]?.kind)
  const info = kinds.find((k) => k.kind === kind)
  return (
    <Flex vertical gap={16}>
      <Space wrap>
        <Typography.Text>文书种类</Typography.Text>
        {kind && <KindSelect kinds={kinds} value={kind} onChange={setKind} />}
      </Space>
      {fromRecords.length > 0 && (
        <Typography.Text type="secondary" data-testid="kinds-from-records">
          由记录出具的文书不在此生成：{recordGroups(fromRecords)}
        </Typography.Text>
      )}
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
              <PlaceholderInput p={p} />
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

/** 查封（扣押）物品清单（在查扣登记的记录中出具）；集中销毁公告、销毁物品清单…（在销毁管理的记录中出具）: one group per area. */
function recordGroups(kinds: readonly { label: string; fromRecord: string | null }[]): string {
  const byArea = new Map<string, string[]>()
  for (const k of kinds) {
    const area = DOCUMENT_RECORD_SOURCES[k.fromRecord as keyof typeof DOCUMENT_RECORD_SOURCES]
    byArea.set(area, [...(byArea.get(area) ?? []), k.label])
  }
  // The summaries come from a period's figures, not from one record: they are issued on the 统计 page.
  return [...byArea].map(([area, labels]) => `${labels.join('、')}（${area === '统计' ? '在统计页按期间出具' : `在${area}的记录中出具`}）`).join('；')
}
