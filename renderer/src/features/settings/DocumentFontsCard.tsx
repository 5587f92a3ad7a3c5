import { useEffect } from 'react'
import { Alert, App as AntApp, Button, Card, Col, Form, Input, Row, Space, Typography } from 'antd'
import type { DocumentFontSettings } from '../../../../shared/api/documents'
import { invoke } from '../../api/client'
import { useFormSubmit } from '../../api/use-form-submit'
import { useLoad } from '../../api/use-load'
import { RecordHistoryButton } from '../audit/RecordHistory'

type FontForm = Omit<DocumentFontSettings, 'version'>

const FIELDS: { name: keyof FontForm; label: string; extra: string }[] = [
  { name: 'title', label: '标题字体', extra: '国标：方正小标宋简体（2号）' },
  { name: 'body', label: '正文字体', extra: '国标：仿宋_GB2312（3号）' },
  { name: 'heading1', label: '一级标题字体', extra: '“一、”标题：黑体' },
  { name: 'heading2', label: '二级标题字体', extra: '“（一）”标题：楷体_GB2312' },
  { name: 'pageNumber', label: '页码字体', extra: '“— 1 —”：宋体（4号）' },
  { name: 'latin', label: '数字和西文字体', extra: '正文中的数字和字母：Times New Roman' },
]

/** 公文字体: the font names written into documents, for PCs whose fonts are named differently. */
export function DocumentFontsCard({ canEdit }: { canEdit: boolean }) {
  const { message } = AntApp.useApp()
  const [form] = Form.useForm<FontForm>()
  const { busy, banner, run, formProps, markClean } = useFormSubmit(form)
  const { data: fonts, error, reload, setData: setFonts } = useLoad(() => invoke('documents.fonts.get', {}), [])

  useEffect(() => {
    if (!fonts) return
    const { version: _version, ...names } = fonts
    form.resetFields()
    form.setFieldsValue(names)
    markClean()
  }, [form, fonts, markClean])

  const save = async (values: FontForm) => {
    if (!fonts) return
    await run(async () => {
      setFonts(await invoke('documents.fonts.update', { ...values, version: fonts.version }))
      message.success('公文字体已保存')
    })
  }

  return (
    <Card
      title="公文字体"
      style={{ marginBottom: 16 }}
      extra={<RecordHistoryButton recordType="document_fonts" recordId={null} title="公文字体" />}
    >
      <Typography.Paragraph type="secondary">
        生成的文书按 GB/T 9704 使用下列字体名称。本机的字体名称不同时（例如只装有“仿宋”而没有“仿宋_GB2312”），在此改为本机的名称。
      </Typography.Paragraph>
      {(banner ?? error) && <Alert type="error" showIcon title={banner ?? error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={save} disabled={busy || !canEdit} {...formProps}>
        <Row gutter={16}>
          {FIELDS.map((f) => (
            <Col span={12} key={f.name}>
              <Form.Item name={f.name} label={f.label} extra={f.extra} rules={[{ required: true, message: `请填写${f.label}` }]}>
                <Input maxLength={40} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        {canEdit ? (
          <Space>
            <Button type="primary" htmlType="submit" loading={busy}>
              保存字体
            </Button>
            <Button onClick={reload}>放弃修改</Button>
          </Space>
        ) : (
          <Typography.Text type="secondary">只有管理员可以修改公文字体。</Typography.Text>
        )}
      </Form>
    </Card>
  )
}
