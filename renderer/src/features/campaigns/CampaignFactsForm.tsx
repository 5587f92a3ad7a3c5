import { AutoComplete, Col, Form, Input, Row, Select, type FormInstance } from 'antd'
import type { CampaignFactsInput } from '../../../../shared/api/campaigns'
import type { CampaignFacts } from '../../../../shared/api/campaign-types'
import { CAMPAIGN_KINDS, CAMPAIGN_UNIT_SUGGESTIONS } from '../../../../shared/domain/campaigns'
import { keysOf } from '../../../../shared/domain/seizures'
import { DateField } from '../../components/DateField'
import { dateRules } from '../../components/form-rules'

// A campaign's facts: its name and kind, 年主题, period, 牵头单位, the units that report (所/队/室: picked from the
// usual ones or typed), the report deadline and notes. The kind decides the form of figures and is fixed once made.

export interface FactsValues {
  name: string
  kind: CampaignFacts['kind']
  theme: string
  startDate: string | null
  endDate: string | null
  leadUnit: string
  units: string[]
  reportDeadline: string | null
  notes: string
}

export const emptyFacts = (): FactsValues => ({ name: '', kind: 'consumer_day', theme: '', startDate: null, endDate: null, leadUnit: '', units: [], reportDeadline: null, notes: '' })

export const valuesOf = (c: CampaignFacts): FactsValues => ({ ...c, units: [...c.units] })

/** What the contract takes: the dates as typed (core says what is missing), units trimmed of blanks. */
export const factsOf = (v: FactsValues): CampaignFactsInput => ({
  ...v,
  startDate: v.startDate ?? '',
  endDate: v.endDate ?? '',
  units: v.units.map((u) => u.trim()).filter((u) => u !== ''),
  reportDeadline: v.reportDeadline || null,
})

const KIND_OPTIONS = keysOf(CAMPAIGN_KINDS).map((k) => ({ value: k, label: CAMPAIGN_KINDS[k] }))
const UNIT_OPTIONS = CAMPAIGN_UNIT_SUGGESTIONS.map((u) => ({ value: u, label: u }))
const required = (label: string) => [{ required: true, whitespace: true, message: `请填写${label}` }]

export function CampaignFactsForm({ form, kindFixed = false }: { form: FormInstance<FactsValues>; kindFixed?: boolean }) {
  const start = Form.useWatch('startDate', form)
  const after = typeof start === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(start) ? ([start, '开始日期'] as [string, string]) : undefined
  return (
    <>
      <Form.Item name="name" label="活动名称" rules={required('活动名称')}>
        <Input data-testid="campaign-name" maxLength={100} placeholder="如 2027年“3·15”国际消费者权益日系列宣传活动" autoFocus />
      </Form.Item>
      <Row gutter={16}>
        <Col span={10}>
          <Form.Item name="kind" label="活动类型" rules={[{ required: true, message: '请选择活动类型' }]} extra={kindFixed ? '活动类型决定统计表，建立后不能修改' : '统计表项目按活动类型预置，建立后可修改'}>
            <Select data-testid="campaign-kind" options={KIND_OPTIONS} disabled={kindFixed} />
          </Form.Item>
        </Col>
        <Col span={14}>
          <Form.Item name="theme" label="年主题">
            <Input data-testid="campaign-theme" maxLength={100} placeholder="如 共促消费公平 共享诚信和谐" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="startDate" label="开始日期" rules={dateRules('开始日期')}>
            <DateField data-testid="campaign-start" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="endDate" label="结束日期" rules={dateRules('结束日期', { notBefore: after })} dependencies={['startDate']}>
            <DateField data-testid="campaign-end" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="reportDeadline" label="报送截止日期" rules={dateRules('报送截止日期', { required: false, notBefore: after })} dependencies={['startDate']}>
            <DateField data-testid="campaign-deadline" placeholder="不填写则不设截止" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="leadUnit" label="牵头单位" rules={required('牵头单位')}>
        <AutoComplete data-testid="campaign-lead" options={UNIT_OPTIONS} maxLength={50} placeholder="如 消费者权益保护科" filterOption={(i, o) => String(o?.value ?? '').includes(i)} />
      </Form.Item>
      <Form.Item
        name="units"
        label="参与单位"
        rules={[{ required: true, type: 'array', min: 1, message: '请至少填写一个参与单位' }]}
        extra="各参与单位分别填报统计数字。可从列表中选择，也可输入单位名称后按回车"
      >
        <Select data-testid="campaign-units" mode="tags" options={UNIT_OPTIONS} tokenSeparators={['，', ',', '、']} maxCount={60} placeholder="选择或输入单位名称" />
      </Form.Item>
      <Form.Item name="notes" label="备注">
        <Input.TextArea data-testid="campaign-notes" autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
    </>
  )
}
