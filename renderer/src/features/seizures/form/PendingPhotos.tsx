import { useRef } from 'react'
import { Button, Card, List, Space, Typography } from 'antd'
import { DeleteOutlined, PaperClipOutlined } from '@ant-design/icons'
import { ACCEPT, chosenFileProblem, formatSize } from '../attachments/attachment-files'

// Photos and scans chosen while registering: held here and sent once the record is saved (a photo belongs to a
// record, which has no id before that). Not part of the draft: a browser's storage cannot keep files.

interface Props {
  files: File[]
  onChange(files: File[]): void
  disabled?: boolean
}

export function PendingPhotos({ files, onChange, disabled }: Props) {
  const input = useRef<HTMLInputElement>(null)
  return (
    <Card
      title={
        <Space>
          <PaperClipOutlined />
          照片和扫描件
        </Space>
      }
      size="small"
      style={{ marginBottom: 16 }}
      extra={<Typography.Text type="secondary">保存登记时一并添加；以后也可在记录页添加</Typography.Text>}
    >
      <Button icon={<PaperClipOutlined />} onClick={() => input.current?.click()} disabled={disabled} data-testid="pending-photo-add">
        选择照片或扫描件
      </Button>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        style={{ display: 'none' }}
        data-testid="pending-photo-input"
        onChange={(e) => {
          onChange([...files, ...(e.target.files ? [...e.target.files] : [])])
          e.target.value = ''
        }}
      />
      {files.length > 0 && (
        <List
          size="small"
          style={{ marginTop: 8 }}
          dataSource={files.map((file, i) => ({ file, i }))}
          renderItem={({ file, i }) => {
            const problem = chosenFileProblem(file)
            return (
              <List.Item
                data-testid={`pending-photo-${i}`}
                actions={[
                  <Button key="remove" size="small" type="text" icon={<DeleteOutlined />} aria-label={`移除 ${file.name}`} disabled={disabled} onClick={() => onChange(files.filter((_, j) => j !== i))} />,
                ]}
              >
                <Space>
                  {file.name}
                  <Typography.Text type={problem ? 'danger' : 'secondary'}>{problem ?? formatSize(file.size)}</Typography.Text>
                </Space>
              </List.Item>
            )
          }}
        />
      )}
    </Card>
  )
}
