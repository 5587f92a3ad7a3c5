import { AutoComplete, Col, Form, Input, Radio, Row, Select } from 'antd'
import { SEIZURE_KINDS, SEIZURE_SOURCES } from '../../../../../shared/domain/seizures'
import { DateField } from '../../../components/DateField'
import { DocNumberInput } from '../../../components/DocNumberInput'
import { dateRules } from '../../../components/form-rules'
import { todayText } from '../../../components/today'

// 决定信息: kind, 决定书文号, date, place, source, handling unit.

const asOptions = (values: readonly string[]) => values.map((value) => ({ value }))

/** `autoFocus`: a new record's form starts in 决定书文号 (措施种类 has its usual choice already). */
export function DecisionFields({ units, places, autoFocus = false }: { units: string[]; places: string[]; autoFocus?: boolean }) {
  return (
    <>
      <Form.Item name="kind" label="措施种类" rules={[{ required: true, message: '请选择措施种类' }]}>
        <Radio.Group data-testid="seizure-kind" options={Object.entries(SEIZURE_KINDS).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={10}>
          <Form.Item
            name="decisionNo"
            label="决定书文号"
            rules={[{ required: true, whitespace: true, message: '请填写决定书文号' }]}
            extra="如 X市监强制〔2026〕3号；年份可先用 [ ] 或（ ）输入，随即改为〔〕"
          >
            <DocNumberInput data-testid="seizure-decision-no" autoFocus={autoFocus} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="decisionDate" label="决定日期" rules={dateRules('决定日期', { notFuture: true })}>
            <DateField data-testid="seizure-decision-date" disabledDate={(d) => d > todayText()} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="unit" label="承办单位" rules={[{ required: true, whitespace: true, message: '请填写承办单位' }]}>
            <AutoComplete data-testid="seizure-unit" options={asOptions(units)} placeholder="如 城关市场监督管理所" filterOption={(i, o) => String(o?.value ?? '').includes(i)} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={10}>
          <Form.Item name="place" label="实施地点" rules={[{ required: true, whitespace: true, message: '请填写实施地点' }]}>
            <AutoComplete data-testid="seizure-place" options={asOptions(places)} filterOption={(i, o) => String(o?.value ?? '').includes(i)} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="source" label="案件来源" rules={[{ required: true, message: '请选择案件来源' }]}>
            <Select data-testid="seizure-source" options={Object.entries(SEIZURE_SOURCES).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="sourceNote" label="来源说明">
            <Input maxLength={100} placeholder="如 “铁拳”行动、举报编号" />
          </Form.Item>
        </Col>
      </Row>
    </>
  )
}
