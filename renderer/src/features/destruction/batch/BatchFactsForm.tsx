import { useEffect } from 'react'
import { Alert, Button, Card, Col, Form, Input, Row, Select } from 'antd'
import { SaveOutlined } from '@ant-design/icons'
import type { BatchFactsInput } from '../../../../../shared/api/destruction'
import type { BatchFacts } from '../../../../../shared/api/destruction-types'
import { DESTRUCTION_METHODS } from '../../../../../shared/domain/destruction'
import { keysOf } from '../../../../../shared/domain/seizures'
import { useFormSubmit } from '../../../api/use-form-submit'
import { DateField } from '../../../components/DateField'
import { dateRules } from '../../../components/form-rules'
import { todayText } from '../../../components/today'
import { OfficerFields } from '../../seizures/form/OfficerFields'
import { batchFieldErrors } from '../destruction-format'
import { SupervisorFields, WitnessFields } from './PeopleFields'

// 销毁信息: when, where and how, who carries it out, who supervises and who witnesses. Editable while the
// batch is a 草稿; afterwards shown in the same places, read-only. Core's refusals land under their fields
// (witnesses.0.name …).

const METHOD_OPTIONS = keysOf(DESTRUCTION_METHODS).map((k) => ({ value: k, label: DESTRUCTION_METHODS[k] }))

export const blankFacts = (): BatchFactsInput => ({
  plannedDate: todayText(),
  place: '',
  method: undefined as never,
  contractor: '',
  officers: [
    { name: '', certNo: '' },
    { name: '', certNo: '' },
  ],
  supervisors: [],
  witnesses: [],
  media: '',
  environmentNote: '',
  campaign: '',
  contact: '',
  notes: '',
})

/** The facts part of a batch, as the form and batch.update take them. */
export const factsOf = (b: BatchFacts): BatchFactsInput => ({
  plannedDate: b.plannedDate,
  place: b.place,
  method: b.method,
  contractor: b.contractor,
  officers: b.officers,
  supervisors: b.supervisors,
  witnesses: b.witnesses,
  media: b.media,
  environmentNote: b.environmentNote,
  campaign: b.campaign,
  contact: b.contact,
  notes: b.notes,
})

interface Props {
  initial: BatchFactsInput
  editable: boolean
  saveText: string
  /** Changes whenever the record behind the form is reloaded: the form shows it afresh. */
  revision?: string
  /** `release` lets a save that navigates away leave without the unsaved-changes question. */
  onSave(facts: BatchFactsInput, release: () => void): Promise<void>
}

export function BatchFactsForm({ initial, editable, saveText, revision, onSave }: Props) {
  const [form] = Form.useForm<BatchFactsInput>()
  const { busy, banner, run, formProps, markClean, dirty, release } = useFormSubmit(form)
  const method = Form.useWatch('method', form)

  useEffect(() => {
    form.resetFields()
    markClean()
    // Only a newer record resets the form, not every render's copy of the same one.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [revision])

  const save = (v: BatchFactsInput) =>
    void run(async () => {
      try {
        await onSave({ ...initial, ...v }, release)
      } catch (err) {
        throw batchFieldErrors(err)
      }
    })

  return (
    <Card size="small" title="销毁信息" extra={editable && <Button type="primary" icon={<SaveOutlined />} loading={busy} disabled={!dirty && saveText === '保存'} onClick={() => form.submit()} data-testid="batch-save">{saveText}</Button>}>
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} data-testid="batch-facts-error" />}
      <Form<BatchFactsInput> form={form} layout="vertical" initialValues={initial} onFinish={save} disabled={!editable || busy} autoComplete="off" {...formProps} data-testid="batch-facts">
        <Row gutter={16}>
          <Col span={6}>
            <Form.Item name="plannedDate" label="计划销毁日期" rules={dateRules('计划销毁日期')}>
              <DateField data-testid="batch-planned-date" />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="place" label="销毁地点" rules={[{ required: true, whitespace: true, message: '请填写销毁地点' }]}>
              <Input data-testid="batch-place" maxLength={200} placeholder="如 清溪县生活垃圾焚烧发电厂" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="method" label="销毁方式" rules={[{ required: true, message: '请选择销毁方式' }]}>
              <Select data-testid="batch-method" options={METHOD_OPTIONS} placeholder="请选择" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="contractor" label="处置单位/接收单位" rules={method === 'contractor' ? [{ required: true, whitespace: true, message: '交有资质单位处理须填写处置单位' }] : []}>
              <Input data-testid="batch-contractor" maxLength={100} placeholder="使用处置单位时填写" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="campaign" label="活动名称">
              <Input data-testid="batch-campaign" maxLength={100} placeholder='如 2027年"3·15"集中销毁活动' />
            </Form.Item>
          </Col>
        </Row>
        <OfficerFields known={[]} />
        <SupervisorFields />
        <WitnessFields />
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="media" label="到场媒体">
              <Input data-testid="batch-media" maxLength={200} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="contact" label="联系人及电话">
              <Input data-testid="batch-contact" maxLength={100} placeholder="公告中的联系人和电话" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="environmentNote" label="环保、消防、卫生措施">
          <Input.TextArea data-testid="batch-environment" maxLength={1000} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Form.Item name="notes" label="备注" style={{ marginBottom: 0 }}>
          <Input.TextArea data-testid="batch-notes" maxLength={1000} autoSize={{ minRows: 1, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </Card>
  )
}
