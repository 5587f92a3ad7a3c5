import { Col, Form, Input, Radio, Row } from 'antd'
import type { Station, StationReview } from '../../../../../shared/api/station-types'
import { REVIEW_RESULTS } from '../../../../../shared/domain/stations'
import { invoke } from '../../../api/client'
import { DateField } from '../../../components/DateField'
import { FormDialog } from '../../../components/FormDialog'
import { IntegerInput } from '../../../components/IntegerInput'
import { dateRules, integerRules } from '../../../components/form-rules'
import { fenToYuan, MoneyInput, moneyRules, yuanToFen } from '../../cases/form/MoneyInput'
import { useSession } from '../../auth/session'
import { percent } from '../station-format'

// 年度考核: the year's complaint figures (the success rate shown as they are typed), the on-site check and the
// result; a year already recorded is corrected in place.

interface Values {
  year: number | string | null
  received: number | string | null
  handled: number | string | null
  mediated: number | string | null
  recovered: string
  checkedOn: string | null
  result: StationReview['result'] | undefined
  reviewer: string
  notes: string
}

export function ReviewDialog({ station: s, review, onDone, onClose }: { station: Station; review: StationReview | null; onDone(r: StationReview): void; onClose(): void }) {
  const [form] = Form.useForm<Values>()
  const { user } = useSession()
  const handled = Number(Form.useWatch('handled', form) ?? 0)
  const mediated = Number(Form.useWatch('mediated', form) ?? 0)
  const year = new Date().getFullYear()
  const initial: Values = review
    ? { year: review.year, received: review.received, handled: review.handled, mediated: review.mediated, recovered: fenToYuan(review.recoveredFen), checkedOn: review.checkedOn, result: review.result, reviewer: review.reviewer, notes: review.notes }
    : { year, received: 0, handled: 0, mediated: 0, recovered: '', checkedOn: null, result: undefined, reviewer: user.name, notes: '' }
  return (
    <FormDialog<Values, StationReview>
      title={`${review ? '更正' : '登记'}年度考核：${s.name}`}
      okText="保存"
      width={640}
      form={form}
      initialValues={initial}
      submit={(v) =>
        invoke('stations.review.save', {
          stationId: s.id,
          year: Number(v.year),
          received: Number(v.received ?? 0),
          handled: Number(v.handled ?? 0),
          mediated: Number(v.mediated ?? 0),
          recoveredFen: yuanToFen(v.recovered),
          checkedOn: v.checkedOn,
          result: v.result!,
          reviewer: v.reviewer,
          notes: v.notes,
          reviewId: review?.id ?? null,
          reviewVersion: review?.version ?? null,
        })
      }
      success="考核结果已保存"
      onDone={onDone}
      onClose={onClose}
      testId="review-dialog"
      submitTestId="review-submit"
    >
      <Row gutter={12}>
        <Col span={6}>
          <Form.Item name="year" label="年度" rules={integerRules('年度', 1990, year)}>
            <IntegerInput data-testid="review-year" disabled={review !== null} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="received" label="受理投诉" rules={integerRules('受理投诉数', 0, 100000)}>
            <IntegerInput data-testid="review-received" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="handled" label="办结" rules={integerRules('办结数', 0, 100000)}>
            <IntegerInput data-testid="review-handled" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="mediated" label="调解成功" rules={integerRules('调解成功数', 0, 100000)} extra={`调解成功率 ${percent(handled > 0 ? mediated / handled : null)}`}>
            <IntegerInput data-testid="review-mediated" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item name="recovered" label="挽回经济损失（元）" rules={moneyRules('挽回经济损失')}>
            <MoneyInput data-testid="review-recovered" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="checkedOn" label="现场检查日期" rules={dateRules('现场检查日期', { required: false, notFuture: true })}>
            <DateField data-testid="review-checked" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="reviewer" label="考核人" rules={[{ required: true, whitespace: true, message: '请填写考核人' }]}>
            <Input maxLength={40} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="result" label="考核结果" rules={[{ required: true, message: '请选择考核结果' }]}>
        <Radio.Group data-testid="review-result" options={Object.entries(REVIEW_RESULTS).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      <Form.Item name="notes" label="备注" style={{ marginBottom: 0 }}>
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} />
      </Form.Item>
    </FormDialog>
  )
}
