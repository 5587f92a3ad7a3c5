import { Alert, Form, Radio } from 'antd'
import type { CasePause } from '../../../../../shared/api/case-types'
import { CASE_PAUSE_KINDS, type CasePauseKind } from '../../../../../shared/domain/cases'
import { invoke } from '../../../api/client'
import { ReasonDialog } from '../../../components/ReasonDialog'
import { todayText } from '../../../components/today'
import { CaseDialog, DateItem, TextItem, staleOnConflict, type CaseDialogBase } from './CaseDialog'

// Periods not counted in the 90 days: 中止, 听证, 公告, 检测鉴定. Added, ended, or voided with a reason.

interface AddValues {
  kind: CasePauseKind
  startDate: string
  endDate: string | null
  reason: string
}

export function AddPauseDialog({ record: c, ...rest }: CaseDialogBase) {
  const [form] = Form.useForm<AddValues>()
  return (
    <CaseDialog<AddValues>
      {...rest}
      title={`登记不计入办案期限的期间：${c.caseNo}`}
      okText="登记"
      form={form}
      initialValues={{ kind: 'suspension', startDate: todayText(), endDate: null, reason: '' }}
      submit={(v) => invoke('cases.pause.add', { id: c.id, version: c.version, ...v, endDate: v.endDate || null })}
      success="已登记期间"
      testId="case-pause-dialog"
      submitTestId="case-pause-submit"
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title="中止、听证、公告和检测、检验、检疫、鉴定的期间不计入办案期限；尚未结束的，结束时再登记结束日期" />
      <Form.Item name="kind" label="种类">
        <Radio.Group data-testid="case-pause-kind" options={Object.entries(CASE_PAUSE_KINDS).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      <div style={{ display: 'flex', gap: 16 }}>
        <div style={{ flex: 1 }}>
          <DateItem name="startDate" label="开始日期" after={[c.filingDate, '立案日期']} testId="case-pause-start" />
        </div>
        <div style={{ flex: 1 }}>
          <DateItem name="endDate" label="结束日期" required={false} after={[c.filingDate, '立案日期']} testId="case-pause-end" />
        </div>
      </div>
      <TextItem name="reason" label="原因" required testId="case-pause-reason" placeholder="如：委托省检验院检验，委托书编号 2026-118" />
    </CaseDialog>
  )
}

export function EndPauseDialog({ record: c, pause, ...rest }: CaseDialogBase & { pause: CasePause }) {
  const [form] = Form.useForm<{ endDate: string }>()
  return (
    <CaseDialog
      {...rest}
      title={`登记${CASE_PAUSE_KINDS[pause.kind]}结束：${c.caseNo}`}
      okText="登记结束"
      form={form}
      initialValues={{ endDate: todayText() }}
      submit={(v) => invoke('cases.pause.end', { id: c.id, version: c.version, pauseId: pause.id, endDate: v.endDate })}
      success="已登记结束日期"
      testId="case-end-pause-dialog"
      submitTestId="case-end-pause-submit"
    >
      <DateItem name="endDate" label="结束日期" after={[pause.startDate, '开始日期']} testId="case-end-pause-date" />
    </CaseDialog>
  )
}

export function VoidPauseDialog({ record: c, pause, onStale, ...rest }: CaseDialogBase & { pause: CasePause }) {
  return (
    <ReasonDialog
      {...rest}
      title={`作废期间：${CASE_PAUSE_KINDS[pause.kind]} ${pause.startDate}起`}
      intro={null}
      label="作废原因"
      oneLine
      okText="确认作废"
      danger
      placeholder="如：日期录入错误"
      success="已作废该期间"
      submit={(reason) => invoke('cases.pause.void', { id: c.id, version: c.version, pauseId: pause.id, reason })}
      mapError={staleOnConflict(onStale)}
      testId="case-void-pause"
    />
  )
}

export function VoidCaseDialog({ record: c, onStale, ...rest }: CaseDialogBase) {
  return (
    <ReasonDialog
      {...rest}
      title={`作废案件记录：${c.caseNo}`}
      intro={<Alert type="warning" showIcon style={{ marginBottom: 16 }} title="作废的案件记录不会被删除，原因、作废人和时间留在修改记录中" />}
      label="作废原因"
      oneLine
      okText="确认作废"
      danger
      placeholder="如：重复登记"
      success="已作废"
      submit={(reason) => invoke('cases.void', { id: c.id, version: c.version, reason })}
      mapError={staleOnConflict(onStale)}
      testId="case-void"
    />
  )
}
