import { Checkbox, Col, Form, Input, Row, Switch } from 'antd'
import { PENALTY_KINDS } from '../../../../../shared/domain/cases'
import { DateField } from '../../../components/DateField'
import { DocNumberInput } from '../../../components/DocNumberInput'
import { dateRules } from '../../../components/form-rules'
import { MoneyInput, moneyRules } from './MoneyInput'

// 处罚内容 (行政处罚法第九条, several kinds at once, amounts in 元), then 法制审核, 集体讨论 and 移送公安.

const KIND_OPTIONS = Object.entries(PENALTY_KINDS).map(([value, label]) => ({ value, label }))

export function PenaltyFields() {
  return (
    <>
      <Form.Item name="penaltyKinds" label="处罚种类（可多选）">
        <Checkbox.Group data-testid="case-penalty-kinds" options={KIND_OPTIONS} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="fineFen" label="罚款" rules={moneyRules('罚款')}>
            <MoneyInput data-testid="case-fine" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="gainsFen" label="没收违法所得" rules={moneyRules('没收违法所得')}>
            <MoneyInput data-testid="case-gains" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="restrictionEnd" label="限制期限届满日" extra="限制开展生产经营活动、限制从业的，填届满日" rules={dateRules('限制期限届满日', { required: false })}>
            <DateField data-testid="case-restriction-end" placeholder="没有可不填" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={16}>
          <Form.Item name="propertyDescription" label="没收非法财物">
            <Input data-testid="case-property" maxLength={500} placeholder="品名和数量，如 侵权运动鞋120双" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="propertyValueFen" label="非法财物价值" rules={moneyRules('没收非法财物价值')}>
            <MoneyInput data-testid="case-property-value" />
          </Form.Item>
        </Col>
      </Row>
    </>
  )
}

export function ReviewFields() {
  const form = Form.useFormInstance()
  const hasReview = Form.useWatch('hasReview', form) as boolean | undefined
  const hasReferral = Form.useWatch('hasReferral', form) as boolean | undefined
  return (
    <>
      <Row gutter={16} align="bottom">
        <Col span={4}>
          <Form.Item name="hasReview" label="法制审核" valuePropName="checked">
            <Switch data-testid="case-has-review" checkedChildren="已审核" unCheckedChildren="未审核" />
          </Form.Item>
        </Col>
        {hasReview && (
          <>
            <Col span={6}>
              <Form.Item name={['legalReview', 'reviewer']} label="审核人" rules={[{ required: true, whitespace: true, message: '请填写法制审核人' }]}>
                <Input data-testid="case-reviewer" maxLength={20} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name={['legalReview', 'date']} label="审核日期" rules={dateRules('法制审核日期', { notFuture: true })}>
                <DateField data-testid="case-review-date" />
              </Form.Item>
            </Col>
          </>
        )}
        <Col span={hasReview ? 8 : 20}>
          <Form.Item name="collectiveDiscussionDate" label="集体讨论日期" extra="未经集体讨论可不填" rules={dateRules('集体讨论日期', { required: false, notFuture: true })}>
            <DateField data-testid="case-collective-date" placeholder="没有可不填" style={{ maxWidth: 220 }} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16} align="bottom">
        <Col span={4}>
          <Form.Item name="hasReferral" label="移送公安" valuePropName="checked">
            <Switch data-testid="case-has-referral" checkedChildren="已移送" unCheckedChildren="未移送" />
          </Form.Item>
        </Col>
        {hasReferral && (
          <>
            <Col span={8}>
              <Form.Item name={['policeReferral', 'unit']} label="接收单位" rules={[{ required: true, whitespace: true, message: '请填写移送公安接收单位' }]}>
                <Input data-testid="case-referral-unit" maxLength={100} />
              </Form.Item>
            </Col>
            <Col span={5}>
              <Form.Item name={['policeReferral', 'date']} label="移送日期" rules={dateRules('移送日期', { notFuture: true })}>
                <DateField data-testid="case-referral-date" />
              </Form.Item>
            </Col>
            <Col span={7}>
              <Form.Item name={['policeReferral', 'docNo']} label="移送文号" rules={[{ required: true, whitespace: true, message: '请填写移送文号' }]}>
                <DocNumberInput data-testid="case-referral-no" />
              </Form.Item>
            </Col>
          </>
        )}
      </Row>
    </>
  )
}
