import { useState } from 'react'
import { Alert, App, Button, Card, Form, Input, Space, Spin, Typography } from 'antd'
import { useLocation, useNavigate, useParams } from 'react-router'
import type { CaseRecord } from '../../../../../shared/api/case-types'
import { invoke } from '../../../api/client'
import { useFormSubmit } from '../../../api/use-form-submit'
import { useLoad } from '../../../api/use-load'
import { todayText } from '../../../components/today'
import { OfficerFields } from '../../seizures/form/OfficerFields'
import { PartyFields } from '../../seizures/form/PartyFields'
import { newValues, toInput, valuesOf, type CaseFormValues } from './case-values'
import { FilingFields, StoryFields } from './FilingFields'
import { PenaltyFields, ReviewFields } from './PenaltyFields'
import { SeizureLinks } from './SeizureLinks'

// 立案登记 / 更正: one page for both. The fields are named by the contract's paths, so core's refusals (a fine
// without 罚款 among the kinds, a bad 身份证号 at party.idNo …) show under the field they are about.

export function CaseFormPage() {
  const { id } = useParams()
  const existing = useLoad(() => (id ? invoke('cases.get', { id }) : Promise.resolve(null)), [id])
  if (id && !existing.data) {
    return <div style={{ padding: 24 }}>{existing.error ? <Alert type="error" showIcon title={existing.error} /> : <Spin />}</div>
  }
  return <CaseEditor key={existing.data?.id ?? 'new'} existing={existing.data} />
}

function CaseEditor({ existing }: { existing: CaseRecord | null }) {
  const navigate = useNavigate()
  const location = useLocation()
  const { message } = App.useApp()
  const [form] = Form.useForm<CaseFormValues>()
  const submit = useFormSubmit(form)
  const [reason, setReason] = useState('')
  const suggestions = useLoad(() => invoke('seizures.suggestions', {}), [])

  const save = async () => {
    let values: CaseFormValues
    try {
      await form.validateFields()
      values = form.getFieldsValue(true) as CaseFormValues
    } catch {
      submit.setBanner('请先改正标红的项目', true)
      return
    }
    await submit.run(async () => {
      const facts = toInput(values)
      const saved = existing ? await invoke('cases.update', { id: existing.id, version: existing.version, facts, reason }) : await invoke('cases.create', facts)
      submit.release()
      message.success(existing ? '已保存更正' : `已立案登记，案件编号 ${saved.caseNo}`)
      navigate(`/cases/${saved.id}`, { replace: true })
    })
  }

  const cancel = () => (location.key === 'default' ? navigate('/cases') : navigate(-1))

  return (
    <div
      style={{ padding: 24 }}
      onKeyDown={(e) => {
        if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
          e.preventDefault()
          void save()
        }
      }}
    >
      <Typography.Title level={3}>{existing ? `更正处罚案件 ${existing.caseNo}` : '立案登记'}</Typography.Title>
      <Form<CaseFormValues>
        form={form}
        layout="vertical"
        requiredMark="optional"
        disabled={submit.busy}
        initialValues={existing ? valuesOf(existing) : newValues(todayText())}
        {...submit.formProps}
        data-testid="case-form"
      >
        <Card title="立案信息" size="small" style={{ marginBottom: 16 }}>
          <FilingFields units={suggestions.data?.units ?? []} autoFocus={!existing} />
        </Card>
        <Card title="当事人" size="small" style={{ marginBottom: 16 }}>
          <PartyFields />
        </Card>
        <Card title="执法人员（不少于两人）" size="small" style={{ marginBottom: 16 }}>
          <OfficerFields known={suggestions.data?.officers ?? []} />
        </Card>
        <Card title="案情" size="small" style={{ marginBottom: 16 }}>
          <StoryFields />
        </Card>
        <Card title="处罚内容" size="small" style={{ marginBottom: 16 }}>
          <PenaltyFields />
        </Card>
        <Card title="审核、讨论与移送" size="small" style={{ marginBottom: 16 }}>
          <ReviewFields />
        </Card>
        <Card title="关联查扣记录" size="small" style={{ marginBottom: 16 }}>
          <Form.Item name="seizureIds" style={{ marginBottom: 0 }}>
            <SeizureLinks known={existing?.seizures ?? []} disabled={submit.busy} />
          </Form.Item>
        </Card>
        <Card title="备注" size="small" style={{ marginBottom: 16 }}>
          <Form.Item name="notes" noStyle>
            <Input.TextArea data-testid="case-notes" rows={2} maxLength={1000} />
          </Form.Item>
        </Card>
      </Form>
      {existing && (
        <Card title="更正原因（可不填）" size="small" style={{ marginBottom: 16 }}>
          <Input data-testid="case-correction-reason" maxLength={200} value={reason} disabled={submit.busy} onChange={(e) => setReason(e.target.value)} placeholder="如：罚款金额录入有误，按决定书更正" />
        </Card>
      )}
      {submit.banner && <Alert type="error" showIcon title={submit.banner} style={{ marginBottom: 16 }} data-testid="case-form-error" />}
      <Space>
        <Button type="primary" onClick={() => void save()} loading={submit.busy} data-testid="case-save">
          保存（Ctrl+S）
        </Button>
        <Button onClick={cancel} disabled={submit.busy} data-testid="case-cancel">
          取消
        </Button>
      </Space>
    </div>
  )
}
