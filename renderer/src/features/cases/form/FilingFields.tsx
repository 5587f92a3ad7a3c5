import { AutoComplete, Col, Form, Input, Radio, Row, Select } from 'antd'
import { CASE_FIELDS, CASE_PROCEDURES } from '../../../../../shared/domain/cases'
import { SEIZURE_SOURCES } from '../../../../../shared/domain/seizures'
import { DateField } from '../../../components/DateField'
import { DocNumberInput } from '../../../components/DocNumberInput'
import { dateRules } from '../../../components/form-rules'
import { todayText } from '../../../components/today'

// 立案信息 and 案情: when and how the case was opened, and what the party did.

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }))

export function FilingFields({ units, autoFocus }: { units: string[]; autoFocus: boolean }) {
  return (
    <>
      <Row gutter={16}>
        <Col span={6}>
          <Form.Item name="filingDate" label="立案日期" rules={dateRules('立案日期', { notFuture: true })}>
            <DateField data-testid="case-filing-date" autoFocus={autoFocus} disabledDate={(d) => d > todayText()} />
          </Form.Item>
        </Col>
        <Col span={9}>
          <Form.Item name="filingNo" label="立案审批文号" extra="没有可不填">
            <DocNumberInput data-testid="case-filing-no" placeholder="如 清市监立〔2026〕3号" />
          </Form.Item>
        </Col>
        <Col span={9}>
          <Form.Item name="procedure" label="程序" rules={[{ required: true, message: '请选择程序' }]}>
            <Radio.Group data-testid="case-procedure" options={options(CASE_PROCEDURES)} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={6}>
          <Form.Item name="field" label="案件领域" rules={[{ required: true, message: '请选择案件领域' }]}>
            <Select data-testid="case-field" options={options(CASE_FIELDS)} placeholder="请选择" showSearch={{ optionFilterProp: 'label' }} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="source" label="案件来源" rules={[{ required: true, message: '请选择案件来源' }]}>
            <Select data-testid="case-source" options={options(SEIZURE_SOURCES)} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="unit" label="承办单位" rules={[{ required: true, whitespace: true, message: '请填写承办单位' }]}>
            <AutoComplete data-testid="case-unit" options={units.map((u) => ({ value: u }))} placeholder="如 城关市场监督管理所" />
          </Form.Item>
        </Col>
      </Row>
    </>
  )
}

export function StoryFields() {
  return (
    <>
      <Form.Item name="facts" label="违法事实" rules={[{ required: true, whitespace: true, message: '请填写违法事实' }]}>
        <Input.TextArea data-testid="case-facts" autoSize={{ minRows: 3, maxRows: 10 }} maxLength={5000} />
      </Form.Item>
      <Form.Item name="evidence" label="证据摘要">
        <Input.TextArea data-testid="case-evidence" autoSize={{ minRows: 2, maxRows: 8 }} maxLength={3000} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="provisionsViolated" label="违反的规定">
            <Input.TextArea data-testid="case-provisions" autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="legalBasis" label="处罚依据">
            <Input.TextArea data-testid="case-basis" autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
          </Form.Item>
        </Col>
      </Row>
    </>
  )
}
