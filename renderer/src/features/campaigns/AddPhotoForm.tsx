import { useRef, useState } from 'react'
import { Alert, App as AntApp, Button, Col, Form, Input, Row, Typography } from 'antd'
import { PaperClipOutlined } from '@ant-design/icons'
import type { TaskPhoto } from '../../../../shared/api/campaign-types'
import { formatLocalClock, localDate } from '../../../../shared/rules/local-time'
import { invoke } from '../../api/client'
import { useFormSubmit } from '../../api/use-form-submit'
import { blobToBase64, chosenFileProblem } from '../seizures/attachments/attachment-files'
import { makeThumbnail } from '../seizures/attachments/thumbnail'

// A photo added to a task with what the 任务分解 asks of it: 拍摄时间, 拍摄地点, 照片内容. The window makes the
// thumbnail (core never decodes images) and sends the original untouched beside it.

interface Values {
  takenAt: string
  place: string
  caption: string
}

const PHOTO_TYPES = 'image/jpeg,image/png,image/webp'
const nowText = () => `${localDate(new Date())} ${formatLocalClock(new Date())}`
const TAKEN_AT = /^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$/

export function AddPhotoForm({ taskId, onAdded }: { taskId: string; onAdded(p: TaskPhoto): void }) {
  const { message } = AntApp.useApp()
  const [form] = Form.useForm<Values>()
  const { busy, banner, setBanner, run, formProps, markClean } = useFormSubmit(form)
  const input = useRef<HTMLInputElement>(null)
  const [file, setFile] = useState<File | null>(null)

  const add = async (v: Values) => {
    if (!file) return setBanner('请选择照片文件')
    const problem = chosenFileProblem(file)
    if (problem) return setBanner(`${file.name}：${problem}`)
    await run(async () => {
      const [base64, thumbnailBase64] = await Promise.all([blobToBase64(file), makeThumbnail(file)])
      const added = await invoke('campaigns.task.photo.add', { taskId, fileName: file.name, base64, thumbnailBase64, ...v })
      message.success('已添加照片')
      onAdded(added)
      setFile(null)
      form.setFieldsValue({ caption: '' })
      markClean()
    })
  }

  return (
    <Form<Values> form={form} layout="vertical" initialValues={{ takenAt: nowText(), place: '', caption: '' }} onFinish={(v) => void add(v)} disabled={busy} {...formProps} data-testid="task-photo-form">
      {banner && <Alert type="error" showIcon title={banner} closable={{ onClose: () => setBanner(null) }} style={{ marginBottom: 12 }} data-testid="task-photo-error" />}
      <Form.Item label="照片文件" required>
        <Button icon={<PaperClipOutlined />} onClick={() => input.current?.click()}>
          {file ? '换一张' : '选择照片'}
        </Button>
        <Typography.Text style={{ marginLeft: 8 }} type={file ? undefined : 'secondary'}>
          {file ? file.name : 'JPEG、PNG、WebP，不超过 15 MB'}
        </Typography.Text>
        <input
          ref={input}
          type="file"
          aria-label="照片文件"
          data-testid="task-photo-file"
          accept={PHOTO_TYPES}
          // Not `hidden`: inside a form item antd shows a file input as a block.
          style={{ display: 'none' }}
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null)
            setBanner(null)
            e.target.value = ''
          }}
        />
      </Form.Item>
      <Row gutter={12}>
        <Col span={9}>
          <Form.Item
            name="takenAt"
            label="拍摄时间"
            rules={[
              { required: true, whitespace: true, message: '请填写拍摄时间' },
              { pattern: TAKEN_AT, message: '如 2027-03-15 09:30，或只写日期' },
            ]}
          >
            <Input data-testid="task-photo-taken" maxLength={16} placeholder="2027-03-15 09:30" />
          </Form.Item>
        </Col>
        <Col span={15}>
          <Form.Item name="place" label="拍摄地点" rules={[{ required: true, whitespace: true, message: '请填写拍摄地点' }]}>
            <Input data-testid="task-photo-place" maxLength={100} placeholder="如 县人民广场" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="caption" label="照片内容" rules={[{ required: true, whitespace: true, message: '请填写照片内容' }]}>
        <Input data-testid="task-photo-caption" maxLength={200} placeholder="如 “3·15”咨询台现场，群众咨询消费维权问题" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} data-testid="task-photo-submit">
        添加照片
      </Button>
    </Form>
  )
}
