import { Alert, Form, Input, Modal, Typography } from 'antd'
import type { ArchivedDocument } from '../../../../shared/api/documents'
import { invoke } from '../../api/client'
import { useFormSubmit } from '../../api/use-form-submit'

// 作废文书 (审核领导): an issued document is never deleted. Voiding marks it with the reason; the file stays
// in the archive exactly as issued.

interface Props {
  doc: ArchivedDocument
  onClose(): void
  onVoided(doc: ArchivedDocument): void
}

export function VoidDocumentModal({ doc, onClose, onVoided }: Props) {
  const [form] = Form.useForm<{ reason: string }>()
  const { busy, banner, run } = useFormSubmit(form)

  const submit = async ({ reason }: { reason: string }) => {
    await run(async () => {
      onVoided(await invoke('documents.archive.void', { id: doc.id, reason }))
    })
  }

  return (
    <Modal
      open
      title={`作废文书：${doc.title}`}
      okText="作废"
      okButtonProps={{ danger: true, loading: busy }}
      cancelButtonProps={{ disabled: busy }}
      onOk={() => form.submit()}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
    >
      <Typography.Paragraph>
        作废后，这份文书在存档中标为“已作废”，并记下作废原因、作废人和时间。文件仍保留在存档中，可以照常下载核对；作废不能撤销。
      </Typography.Paragraph>
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} disabled={busy} initialValues={{ reason: '' }}>
        <Form.Item name="reason" label="作废原因" rules={[{ required: true, whitespace: true, message: '请填写作废原因' }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={200} showCount placeholder="例如：当事人名称写错，已重新出具" />
        </Form.Item>
      </Form>
    </Modal>
  )
}
