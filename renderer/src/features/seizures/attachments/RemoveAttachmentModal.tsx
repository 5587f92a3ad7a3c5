import { Alert, Form, Input, Modal, Typography } from 'antd'
import type { Attachment } from '../../../../../shared/api/seizure-types'
import { invoke } from '../../../api/client'
import { useFormSubmit } from '../../../api/use-form-submit'

// 移除: the photo leaves the list, but its row and file stay, with who removed it, when and why.

interface Props {
  attachment: Attachment
  onClose(): void
  onRemoved(attachment: Attachment): void
}

export function RemoveAttachmentModal({ attachment, onClose, onRemoved }: Props) {
  const [form] = Form.useForm<{ reason: string }>()
  const { busy, banner, run } = useFormSubmit(form)

  const submit = async ({ reason }: { reason: string }) => {
    await run(async () => {
      onRemoved(await invoke('attachments.void', { id: attachment.id, reason }))
    })
  }

  return (
    <Modal
      open
      title={`移除：${attachment.fileName}`}
      okText="移除"
      okButtonProps={{ danger: true, loading: busy }}
      cancelButtonProps={{ disabled: busy }}
      onOk={() => form.submit()}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
    >
      <Typography.Paragraph>移除后不再显示在这条记录中。文件仍保留在数据文件夹，并在修改记录中记下移除原因、移除人和时间。</Typography.Paragraph>
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} disabled={busy} initialValues={{ reason: '' }}>
        <Form.Item name="reason" label="移除原因" rules={[{ required: true, whitespace: true, message: '请填写移除原因' }, { min: 2, message: '移除原因至少2个字' }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={200} showCount placeholder="例如：照片拍错了物品，已重新添加" />
        </Form.Item>
      </Form>
    </Modal>
  )
}
