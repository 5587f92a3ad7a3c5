import { useEffect } from 'react'
import { Alert, Checkbox, Col, Form, Input, Radio, Row } from 'antd'
import { PARTY_TYPES, type PartyType } from '../../../../../shared/domain/seizures'
import { checkCreditCode } from '../../../../../shared/rules/credit-code'
import { checkIdNumber } from '../../../../../shared/rules/id-number'

// 当事人: the ID number is checked as typed — a natural person's 身份证号 must pass (core refuses otherwise);
// an organisation's 统一社会信用代码 failing only its check character may be saved once the clerk confirms.

export type IdCheck = { level: 'ok' | 'empty' } | { level: 'error' | 'unverified'; message: string }

export function checkPartyId(type: PartyType | undefined, idNo: string | undefined): IdCheck {
  const text = (idNo ?? '').trim()
  if (text === '') return { level: 'empty' }
  if (type === 'natural_person') {
    const r = checkIdNumber(text)
    return r.ok ? { level: 'ok' } : { level: 'error', message: r.message }
  }
  const r = checkCreditCode(text)
  if (r.ok) return { level: 'ok' }
  return r.kind === 'checkDigit' ? { level: 'unverified', message: r.message } : { level: 'error', message: r.message }
}

/** How an ID field shows its check: red for an error, amber for a check character that does not match. */
export const idFieldStatus = (check: IdCheck) => ({
  validateStatus: check.level === 'error' ? ('error' as const) : check.level === 'unverified' ? ('warning' as const) : undefined,
  help: check.level === 'error' || check.level === 'unverified' ? check.message : undefined,
})

/** The warning of a 统一社会信用代码 whose check character does not match, with the box that confirms it. */
export function UnverifiedCodeConfirm({ name, testId }: { name: string[]; testId: string }) {
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title="统一社会信用代码的校验位与计算结果不符"
      description={
        <Form.Item name={name} valuePropName="checked" noStyle>
          <Checkbox data-testid={testId}>已与营业执照核对无误，校验位不符，仍然保存</Checkbox>
        </Form.Item>
      }
    />
  )
}

export function PartyFields() {
  const form = Form.useFormInstance()
  const type = Form.useWatch(['party', 'type'], form) as PartyType | undefined
  const idNo = Form.useWatch(['party', 'idNo'], form) as string | undefined
  const check = checkPartyId(type, idNo)
  const person = type === 'natural_person'
  // Switched to 自然人 after typing a 法定代表人: the hidden field must not be saved with the person.
  useEffect(() => {
    if (person && form.getFieldValue(['party', 'legalRep'])) form.setFieldValue(['party', 'legalRep'], '')
  }, [person, form])

  return (
    <>
      <Form.Item name={['party', 'type']} label="当事人类型" rules={[{ required: true, message: '请选择当事人类型' }]}>
        <Radio.Group data-testid="party-type" options={Object.entries(PARTY_TYPES).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name={['party', 'name']} label={person ? '姓名' : '名称'} rules={[{ required: true, whitespace: true, message: '请填写当事人名称' }]}>
            <Input data-testid="party-name" maxLength={100} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name={['party', 'idNo']}
            label={person ? '身份证号码' : '统一社会信用代码'}
            {...idFieldStatus(check)}
          >
            <Input data-testid="party-id" maxLength={30} placeholder={person ? '18位，可不填' : '18位，可不填'} />
          </Form.Item>
        </Col>
      </Row>
      {check.level === 'unverified' && <UnverifiedCodeConfirm name={['party', 'confirmUnverified']} testId="party-id-confirm" />}
      <Row gutter={16}>
        {/* A natural person has no 法定代表人: the field is left out rather than shown as a grey box. */}
        {!person && (
          <Col span={8}>
            <Form.Item name={['party', 'legalRep']} label={type === 'individual_business' ? '经营者' : '法定代表人（负责人）'}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
        )}
        <Col span={person ? 18 : 10}>
          <Form.Item name={['party', 'address']} label="地址">
            <Input data-testid="party-address" maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name={['party', 'phone']} label="联系电话">
            <Input maxLength={20} />
          </Form.Item>
        </Col>
      </Row>
    </>
  )
}
