import { Col, Form, Input, Row } from 'antd'

/** The agency profile's form items, shared by first-run setup and the settings page. */
export function AgencyProfileFields({ prefix = [], readOnly = false }: { prefix?: string[]; readOnly?: boolean }) {
  const n = (field: string) => [...prefix, field]
  return (
    <>
      <Form.Item name={n('fullName')} label="机关全称" rules={[{ required: true, message: '请填写机关全称' }]} extra="例如：XX县市场监督管理局">
        <Input maxLength={60} readOnly={readOnly} />
      </Form.Item>
      <Form.Item
        name={n('shortName')}
        label="机关简称（文号代字）"
        rules={[{ required: true, message: '请填写机关简称（文号代字）' }]}
        extra="用于文书编号，例如“X市监强制〔2026〕3号”中的“X市监”"
      >
        <Input maxLength={12} readOnly={readOnly} />
      </Form.Item>
      <Form.Item name={n('address')} label="地址">
        <Input maxLength={100} readOnly={readOnly} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name={n('phone')} label="联系电话">
            <Input maxLength={20} readOnly={readOnly} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name={n('postcode')} label="邮政编码">
            <Input maxLength={6} readOnly={readOnly} />
          </Form.Item>
        </Col>
      </Row>
    </>
  )
}
