import { Button, Form, Input, Space, AutoComplete } from 'antd'
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import type { Officer } from '../../../../../shared/api/seizure-types'

// 执法人员: at least two (行政强制法 Art. 18), each with 执法证号. Picking a name used before fills the number.

export function OfficerFields({ known }: { known: Officer[] }) {
  const form = Form.useFormInstance()
  return (
    <Form.List name="officers">
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map((field, i) => (
            <Space key={field.key} align="start" style={{ display: 'flex' }}>
              <Form.Item name={[field.name, 'name']} label={i === 0 ? '执法人员' : undefined} rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
                <AutoComplete
                  data-testid={`officer-${i}-name`}
                  style={{ width: 160 }}
                  placeholder="姓名"
                  options={known.map((o) => ({ value: `${o.name}|${o.certNo}`, label: `${o.name}（${o.certNo}）` }))}
                  filterOption={(input, option) => String(option?.label ?? '').includes(input)}
                  onSelect={(value: string) => {
                    const [name, certNo] = value.split('|')
                    form.setFieldValue(['officers', field.name], { name, certNo })
                  }}
                />
              </Form.Item>
              <Form.Item name={[field.name, 'certNo']} label={i === 0 ? '执法证号' : undefined} rules={[{ required: true, whitespace: true, message: '请填写执法证号' }]}>
                <Input data-testid={`officer-${i}-cert`} style={{ width: 200 }} placeholder="执法证号" maxLength={30} />
              </Form.Item>
              {fields.length > 2 && (
                <Button aria-label="删除此执法人员" icon={<DeleteOutlined />} onClick={() => remove(field.name)} style={{ marginTop: i === 0 ? 30 : 0 }} />
              )}
            </Space>
          ))}
          <Form.ErrorList errors={errors} />
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', certNo: '' })} style={{ marginBottom: 16 }}>
            添加执法人员
          </Button>
        </>
      )}
    </Form.List>
  )
}
