import { Alert, Form, Radio } from 'antd'
import { CASE_STATUSES } from '../../../../../shared/domain/cases'
import { formatYuan } from '../../../../../shared/rules/decimal'
import { moneyInWords } from '../../../../../shared/rules/money-words'
import { invoke } from '../../../api/client'
import { DocNumberInput } from '../../../components/DocNumberInput'
import { IntegerInput } from '../../../components/IntegerInput'
import { integerRules } from '../../../components/form-rules'
import { todayText } from '../../../components/today'
import { MoneyInput, fenToYuan, moneyRules, yuanToFen } from '../form/MoneyInput'
import { CaseDialog, DateItem, TextItem, type CaseDialogBase } from './CaseDialog'

// The status changes of a case: 作出处罚决定, 不予处罚 / 撤销立案, 送达, 缴款, 执行完毕, 结案, and 延长办案期限.

const ids = (c: CaseDialogBase['record']) => ({ id: c.id, version: c.version })

export function DecideDialog({ record: c, ...rest }: CaseDialogBase) {
  const [form] = Form.useForm<{ decisionNo: string; decisionDate: string }>()
  return (
    <CaseDialog
      {...rest}
      title={`作出处罚决定：${c.caseNo}`}
      okText="登记决定"
      form={form}
      initialValues={{ decisionNo: '', decisionDate: todayText() }}
      submit={(v) => invoke('cases.decide', { ...ids(c), ...v })}
      success="已登记处罚决定"
      testId="case-decide-dialog"
      submitTestId="case-decide-submit"
    >
      <Form.Item name="decisionNo" label="处罚决定书文号" rules={[{ required: true, whitespace: true, message: '请填写处罚决定书文号' }]}>
        <DocNumberInput data-testid="case-decision-no" autoFocus placeholder="如 清市监处罚〔2026〕8号" />
      </Form.Item>
      <DateItem name="decisionDate" label="决定日期" after={[c.filingDate, '立案日期']} testId="case-decision-date" />
    </CaseDialog>
  )
}

export function EndDialog({ record: c, outcome, ...rest }: CaseDialogBase & { outcome: 'not_punished' | 'cancelled' }) {
  const [form] = Form.useForm<{ date: string; reason: string }>()
  const label = CASE_STATUSES[outcome]
  return (
    <CaseDialog
      {...rest}
      title={`${label}：${c.caseNo}`}
      okText={`确认${label}`}
      danger
      form={form}
      initialValues={{ date: todayText(), reason: '' }}
      submit={(v) => invoke('cases.end', { ...ids(c), outcome, ...v })}
      success={`已登记${label}`}
      testId="case-end-dialog"
      submitTestId="case-end-submit"
    >
      <DateItem name="date" label="日期" after={[c.filingDate, '立案日期']} testId="case-end-date" />
      <TextItem name="reason" label="原因" required lines={3} testId="case-end-reason" placeholder={outcome === 'not_punished' ? '如：违法行为轻微并及时改正，没有造成危害后果' : '如：违法事实不能成立'} />
    </CaseDialog>
  )
}

export function ServeDialog({ record: c, ...rest }: CaseDialogBase) {
  const [form] = Form.useForm<{ serviceDate: string }>()
  return (
    <CaseDialog
      {...rest}
      title={`登记送达：${c.decisionNo}`}
      okText="登记送达"
      form={form}
      initialValues={{ serviceDate: c.serviceDate ?? todayText() }}
      submit={(v) => invoke('cases.serve', { ...ids(c), ...v })}
      success="已登记送达日期"
      testId="case-serve-dialog"
      submitTestId="case-serve-submit"
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title="当事人应自收到处罚决定书之日起十五日内缴纳罚款（行政处罚法第六十七条）" />
      <DateItem name="serviceDate" label="送达日期" after={c.decisionDate ? [c.decisionDate, '决定日期'] : undefined} testId="case-service-date" />
    </CaseDialog>
  )
}

export function PayDialog({ record: c, ...rest }: CaseDialogBase) {
  const [form] = Form.useForm<{ paidOn: string; amountFen: string; surchargeFen: string }>()
  const owed = c.fineFen + c.gainsFen
  const surcharge = c.surcharge?.surchargeFen ?? 0
  return (
    <CaseDialog
      {...rest}
      title={`登记缴款：${c.decisionNo}`}
      okText="登记缴款"
      form={form}
      initialValues={{ paidOn: todayText(), amountFen: fenToYuan(owed), surchargeFen: fenToYuan(surcharge) }}
      submit={(v) => invoke('cases.pay', { ...ids(c), paidOn: v.paidOn, amountFen: yuanToFen(v.amountFen), surchargeFen: yuanToFen(v.surchargeFen) })}
      success="已登记缴款"
      testId="case-pay-dialog"
      submitTestId="case-pay-submit"
    >
      <Alert
        type={surcharge > 0 ? 'warning' : 'info'}
        showIcon
        style={{ marginBottom: 16 }}
        title={`罚没款合计 ${formatYuan(owed)} 元（${moneyInWords(owed)}）`}
        description={surcharge > 0 ? `逾期 ${c.surcharge?.daysLate} 天，按日加处3%罚款，至今 ${formatYuan(surcharge)} 元（不超过罚款数额）` : undefined}
      />
      <DateItem name="paidOn" label="缴款日期" after={c.serviceDate ? [c.serviceDate, '送达日期'] : undefined} testId="case-paid-on" />
      <Form.Item name="amountFen" label="缴款金额" rules={moneyRules('缴款金额')}>
        <MoneyInput data-testid="case-paid-amount" />
      </Form.Item>
      <Form.Item name="surchargeFen" label="加处罚款" rules={moneyRules('加处罚款')}>
        <MoneyInput data-testid="case-paid-surcharge" />
      </Form.Item>
    </CaseDialog>
  )
}

export function FinishDialog({ record: c, step, ...rest }: CaseDialogBase & { step: 'execute' | 'close' }) {
  const [form] = Form.useForm<{ date: string; note: string }>()
  const label = step === 'execute' ? '执行完毕' : '结案'
  const after: [string, string] | undefined = step === 'execute' ? (c.decisionDate ? [c.decisionDate, '决定日期'] : undefined) : c.endDate ? [c.endDate, '执行完毕日期'] : undefined
  return (
    <CaseDialog
      {...rest}
      title={`${label}：${c.caseNo}`}
      okText={`确认${label}`}
      form={form}
      initialValues={{ date: todayText(), note: '' }}
      submit={(v) => invoke(step === 'execute' ? 'cases.execute' : 'cases.close', { ...ids(c), ...v })}
      success={`已登记${label}`}
      testId={`case-${step}-dialog`}
      submitTestId={`case-${step}-submit`}
    >
      <DateItem name="date" label={`${label}日期`} after={after} testId={`case-${step}-date`} />
      <TextItem name="note" label="说明" required={false} testId={`case-${step}-note`} />
    </CaseDialog>
  )
}

interface ExtendValues {
  kind: 'approved' | 'collective'
  date: string
  approvedBy: string
  reason: string
  days: number | null
}

export function ExtendDialog({ record: c, ...rest }: CaseDialogBase) {
  const [form] = Form.useForm<ExtendValues>()
  const approved = c.extensions.some((e) => e.kind === 'approved')
  const kind = Form.useWatch('kind', form) as ExtendValues['kind'] | undefined
  return (
    <CaseDialog<ExtendValues>
      {...rest}
      title={`延长办案期限：${c.caseNo}`}
      okText="登记延长"
      form={form}
      initialValues={{ kind: approved ? 'collective' : 'approved', date: todayText(), approvedBy: '', reason: '', days: null }}
      submit={(v) => invoke('cases.extend', { ...ids(c), ...v, days: v.kind === 'collective' ? v.days : null })}
      success="已登记延长办案期限"
      testId="case-extend-dialog"
      submitTestId="case-extend-submit"
    >
      <Form.Item name="kind" label="延长方式">
        <Radio.Group
          options={[
            { value: 'approved', label: '负责人批准延长30日', disabled: approved },
            { value: 'collective', label: '集体讨论决定继续延长', disabled: !approved },
          ]}
        />
      </Form.Item>
      <DateItem name="date" label="批准日期" after={[c.filingDate, '立案日期']} testId="case-extend-date" />
      <TextItem name="approvedBy" label={kind === 'collective' ? '会议主持人或会议名称' : '批准人'} required testId="case-extend-by" />
      {kind === 'collective' && (
        <Form.Item name="days" label="延长天数" rules={integerRules('延长天数', 1, 365)}>
          <IntegerInput data-testid="case-extend-days" suffix="日" style={{ width: 160 }} />
        </Form.Item>
      )}
      <TextItem name="reason" label="延长理由" required lines={2} testId="case-extend-reason" />
    </CaseDialog>
  )
}
