import { Form, Input } from 'antd'

const EXAMPLES = ['一号仓库', 'A架', '03']

/** 名称, under the contract's field name so core's “已有名为…” lands beneath it. */
export function LocationNameField({ level, label }: { level: number; label: string }) {
  return (
    <Form.Item name="name" label={`${label}名称`} rules={[{ required: true, whitespace: true, message: `请填写${label}名称` }]}>
      <Input maxLength={30} showCount placeholder={`例如：${EXAMPLES[level] ?? ''}`} autoFocus data-testid="storage-name-input" />
    </Form.Item>
  )
}
