import { Alert, App, Button, Card, Checkbox, Col, Form, Input, Radio, Row, Select, Space, Spin, Switch, Typography } from 'antd'
import { useLocation, useNavigate, useParams } from 'react-router'
import type { Station } from '../../../../../shared/api/station-types'
import type { StationFactsInput } from '../../../../../shared/api/stations'
import { STATION_CONDITIONS, STATION_FORMATS } from '../../../../../shared/domain/stations'
import { checkPhone } from '../../../../../shared/rules/phone'
import { invoke } from '../../../api/client'
import { useFormSubmit } from '../../../api/use-form-submit'
import { useLoad } from '../../../api/use-load'
import { DateField } from '../../../components/DateField'
import { IntegerInput } from '../../../components/IntegerInput'
import { integerRules } from '../../../components/form-rules'
import { checkPartyId, idFieldStatus, UnverifiedCodeConfirm } from '../../seizures/form/PartyFields'

// 登记服务站 / 修改: one page for both. Fields are named by the contract's paths (facts.name …), so core's
// refusals land under the field; the credit code and the phone are checked as typed, the code's check character
// confirmed as on the seizure form.

interface Values {
  facts: StationFactsInput & { staffFull: number | string | null; staffPart: number | string | null }
  initialStatus: 'preparing' | 'active'
}

const EMPTY: Values = {
  facts: { name: '', hostName: '', hostCreditCode: '', confirmUnverified: false, format: 'mall', address: '', unit: '', head: '', phone: '', staffFull: 0, staffPart: 0, conditions: [], odr: false, odrSince: null, noReasonReturns: false, returnsSince: null, setUpOn: null, plaqueOn: null, notes: '' },
  initialStatus: 'preparing',
}

const valuesOf = (s: Station): Values => {
  const { id: _i, stationNo: _n, status: _s, rectifyReason: _r, rectifyDue: _d, rectifyOverdue: _o, revokedOn: _v, revokeReason: _vr, history: _h, reviews: _rv, version: _ver, voided: _vo, hostCodeUnverified, ...facts } = s
  return { facts: { ...facts, confirmUnverified: hostCodeUnverified }, initialStatus: 'preparing' }
}

export function StationFormPage() {
  const { id } = useParams()
  const existing = useLoad(() => (id ? invoke('stations.get', { id }) : Promise.resolve(null)), [id])
  if (id && !existing.data) return <div style={{ padding: 24 }}>{existing.error ? <Alert type="error" showIcon title={existing.error} /> : <Spin />}</div>
  return <StationEditor key={existing.data?.id ?? 'new'} existing={existing.data} />
}

function StationEditor({ existing }: { existing: Station | null }) {
  const navigate = useNavigate()
  const location = useLocation()
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const submit = useFormSubmit(form)
  const settings = useLoad(() => invoke('stations.settings.get', {}), [])
  const code = Form.useWatch(['facts', 'hostCreditCode'], form) as string | undefined
  const phone = Form.useWatch(['facts', 'phone'], form) as string | undefined
  const odr = Form.useWatch(['facts', 'odr'], form) as boolean | undefined
  const returns = Form.useWatch(['facts', 'noReasonReturns'], form) as boolean | undefined
  const check = checkPartyId('enterprise', code)
  const phoneCheck = phone?.trim() ? checkPhone(phone) : null
  const units = settings.data?.units ?? []

  const save = async () => {
    try {
      await form.validateFields()
    } catch {
      submit.setBanner('请先改正标红的项目', true)
      return
    }
    const v = form.getFieldsValue(true) as Values
    const facts = { ...v.facts, staffFull: Number(v.facts.staffFull ?? 0), staffPart: Number(v.facts.staffPart ?? 0), odrSince: v.facts.odr ? v.facts.odrSince : null, returnsSince: v.facts.noReasonReturns ? v.facts.returnsSince : null }
    await submit.run(async () => {
      const saved = existing ? await invoke('stations.update', { id: existing.id, version: existing.version, facts }) : await invoke('stations.create', { facts, initialStatus: v.initialStatus })
      submit.release()
      message.success(existing ? '已保存' : `已登记，编号 ${saved.stationNo}`)
      navigate(`/stations/${saved.id}`, { replace: true })
    })
  }

  return (
    <div style={{ padding: 24, maxWidth: 1000 }}>
      <Typography.Title level={3}>{existing ? `修改服务站 ${existing.stationNo}` : '登记服务站'}</Typography.Title>
      {settings.data && units.length === 0 && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="尚未设置监管所：请管理员先在“设置 → 服务站”中添加各市场监督管理所" />}
      <Form<Values> form={form} layout="vertical" requiredMark="optional" disabled={submit.busy} initialValues={existing ? valuesOf(existing) : EMPTY} {...submit.formProps} data-testid="station-form">
        <Card title="基本信息" size="small" style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item name={['facts', 'name']} label="服务站名称" rules={[{ required: true, whitespace: true, message: '请填写服务站名称' }]}>
                <Input data-testid="station-name" maxLength={100} autoFocus={!existing} placeholder="如 城关百货消费维权服务站" />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name={['facts', 'format']} label="业态" rules={[{ required: true, message: '请选择业态' }]}>
                <Select data-testid="station-format" options={Object.entries(STATION_FORMATS).map(([value, label]) => ({ value, label }))} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name={['facts', 'unit']} label="监管所" rules={[{ required: true, message: '请选择监管所' }]}>
                <Select data-testid="station-unit" options={[...new Set([...units, ...(existing ? [existing.unit] : [])])].map((u) => ({ value: u, label: u }))} />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item name={['facts', 'hostName']} label="依托经营者">
                <Input data-testid="station-host" maxLength={100} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item
                name={['facts', 'hostCreditCode']}
                label="统一社会信用代码"
                {...idFieldStatus(check)}
              >
                <Input data-testid="station-credit-code" maxLength={30} placeholder="18位，可不填" />
              </Form.Item>
            </Col>
          </Row>
          {check.level === 'unverified' && <UnverifiedCodeConfirm name={['facts', 'confirmUnverified']} testId="station-code-confirm" />}
          <Form.Item name={['facts', 'address']} label="地址">
            <Input data-testid="station-address" maxLength={200} />
          </Form.Item>
          <Row gutter={16}>
            <Col span={6}>
              <Form.Item name={['facts', 'head']} label="站长">
                <Input data-testid="station-head" maxLength={20} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name={['facts', 'phone']} label="联系电话" validateStatus={phoneCheck && !phoneCheck.ok ? 'error' : undefined} help={phoneCheck && !phoneCheck.ok ? phoneCheck.message : undefined}>
                <Input data-testid="station-phone" maxLength={30} placeholder="手机或带区号的固话" />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name={['facts', 'staffFull']} label="专职人员" rules={integerRules('专职人员数', 0, 100000, { required: false })}>
                <IntegerInput data-testid="station-staff-full" />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name={['facts', 'staffPart']} label="兼职人员" rules={integerRules('兼职人员数', 0, 100000, { required: false })}>
                <IntegerInput data-testid="station-staff-part" />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title="条件和承诺" size="small" style={{ marginBottom: 16 }}>
          <Form.Item name={['facts', 'conditions']} label="具备的条件">
            <Checkbox.Group data-testid="station-conditions" options={Object.entries(STATION_CONDITIONS).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          <Row gutter={16}>
            <Col span={6}>
              <Form.Item name={['facts', 'odr']} label="ODR企业" valuePropName="checked">
                <Switch data-testid="station-odr" checkedChildren="是" unCheckedChildren="否" />
              </Form.Item>
            </Col>
            <Col span={6}>{odr && <Form.Item name={['facts', 'odrSince']} label="成为ODR企业日期"><DateField /></Form.Item>}</Col>
            <Col span={6}>
              <Form.Item name={['facts', 'noReasonReturns']} label="线下无理由退货承诺" valuePropName="checked">
                <Switch data-testid="station-returns" checkedChildren="是" unCheckedChildren="否" />
              </Form.Item>
            </Col>
            <Col span={6}>{returns && <Form.Item name={['facts', 'returnsSince']} label="承诺日期"><DateField /></Form.Item>}</Col>
          </Row>
          <Row gutter={16}>
            <Col span={6}>
              <Form.Item name={['facts', 'setUpOn']} label="设立日期">
                <DateField data-testid="station-setup" />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name={['facts', 'plaqueOn']} label="授牌日期">
                <DateField data-testid="station-plaque" />
              </Form.Item>
            </Col>
            {!existing && (
              <Col span={12}>
                <Form.Item name="initialStatus" label="登记为">
                  <Radio.Group data-testid="station-initial" options={[{ value: 'preparing', label: '筹建' }, { value: 'active', label: '在册（已授牌）' }]} />
                </Form.Item>
              </Col>
            )}
          </Row>
          <Form.Item name={['facts', 'notes']} label="备注" style={{ marginBottom: 0 }}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        </Card>
      </Form>
      {submit.banner && <Alert type="error" showIcon title={submit.banner} style={{ marginBottom: 16 }} data-testid="station-form-error" />}
      <Space>
        <Button type="primary" onClick={() => void save()} loading={submit.busy} data-testid="station-save">
          保存
        </Button>
        <Button onClick={() => (location.key === 'default' ? navigate('/stations') : navigate(-1))} disabled={submit.busy}>
          取消
        </Button>
      </Space>
    </div>
  )
}
