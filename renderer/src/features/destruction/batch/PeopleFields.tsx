import { AutoComplete, Button, Form, Input, Select, Space } from 'antd'
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { SUPERVISOR_OFFICES, WITNESS_CAPACITIES } from '../../../../../shared/domain/destruction'
import { keysOf } from '../../../../../shared/domain/seizures'

// 监督人员 (name, office) and 见证人 (name, unit, capacity) of a batch; the executing officers reuse the
// seizure form's OfficerFields.

const CAPACITY_OPTIONS = keysOf(WITNESS_CAPACITIES).map((k) => ({ value: k, label: WITNESS_CAPACITIES[k] }))

export function SupervisorFields() {
  return (
    <Form.List name="supervisors">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, i) => (
            <Space key={field.key} align="start" style={{ display: 'flex' }}>
              <Form.Item name={[field.name, 'name']} label={i === 0 ? '监督人员' : undefined} rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
                <Input data-testid={`supervisor-${i}-name`} style={{ width: 160 }} placeholder="姓名" maxLength={20} />
              </Form.Item>
              <Form.Item name={[field.name, 'office']} label={i === 0 ? '单位/部门' : undefined} rules={[{ required: true, whitespace: true, message: '请填写单位' }]}>
                <AutoComplete data-testid={`supervisor-${i}-office`} style={{ width: 200 }} placeholder="如 纪检监察" options={SUPERVISOR_OFFICES.map((o) => ({ value: o }))} />
              </Form.Item>
              <Button aria-label="删除此监督人员" icon={<DeleteOutlined />} onClick={() => remove(field.name)} style={{ marginTop: i === 0 ? 30 : 0 }} />
            </Space>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', office: '' })} style={{ marginBottom: 16 }} data-testid="supervisor-add">
            添加监督人员
          </Button>
        </>
      )}
    </Form.List>
  )
}

export function WitnessFields() {
  return (
    <Form.List name="witnesses">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, i) => (
            <Space key={field.key} align="start" style={{ display: 'flex' }}>
              <Form.Item name={[field.name, 'name']} label={i === 0 ? '见证人' : undefined} rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
                <Input data-testid={`witness-${i}-name`} style={{ width: 130 }} placeholder="姓名" maxLength={20} />
              </Form.Item>
              <Form.Item name={[field.name, 'unit']} label={i === 0 ? '单位' : undefined} rules={[{ required: true, whitespace: true, message: '请填写单位' }]}>
                <Input data-testid={`witness-${i}-unit`} style={{ width: 190 }} placeholder="如 清溪县人大常委会" maxLength={50} />
              </Form.Item>
              <Form.Item name={[field.name, 'capacity']} label={i === 0 ? '身份' : undefined} rules={[{ required: true, message: '请选择身份' }]}>
                <Select data-testid={`witness-${i}-capacity`} style={{ width: 120 }} placeholder="身份" options={CAPACITY_OPTIONS} />
              </Form.Item>
              <Button aria-label="删除此见证人" icon={<DeleteOutlined />} onClick={() => remove(field.name)} style={{ marginTop: i === 0 ? 30 : 0 }} />
            </Space>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', unit: '', capacity: undefined })} style={{ marginBottom: 16 }} data-testid="witness-add">
            添加见证人
          </Button>
        </>
      )}
    </Form.List>
  )
}
