import { useEffect, useState } from 'react'
import { Alert, App as AntApp, Button, Card, Col, Flex, Form, Row, Space, Spin, Tag, Typography } from 'antd'
import { ArrowLeftOutlined, RollbackOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons'
import { useNavigate, useParams } from 'react-router'
import type { Campaign, FormItem, UnitReport } from '../../../../shared/api/campaign-types'
import { formatLocalTime } from '../../../../shared/rules/local-time'
import { ApiError, invoke } from '../../api/client'
import { useFormSubmit } from '../../api/use-form-submit'
import { useLoad } from '../../api/use-load'
import { useCan } from '../auth/can'
import { ReportStatusTag } from './campaign-format'
import { ReportFigures, valuesOfReport, type FigureValues } from './ReportFigures'
import { ReportSide } from './ReportSide'
import { ReturnDialog } from './ReturnDialog'

// #/campaigns/<id>/reports/<unit>: one unit's 活动情况统计表 — filled and saved as a draft as often as needed, then
// 报送 (blank counts go as 0); returned by the lead office with a comment; fixed once sent or locked.

/** The figures as the contract takes them, in the form's order; `order[i]` is the item of `figures[i]`. */
function figuresOf(items: readonly FormItem[], v: FigureValues['v']) {
  const typed = items.filter((i) => i.source === null)
  return {
    order: typed.map((i) => i.id),
    figures: typed.map((i) => {
      const x = v[i.id] ?? null
      return i.kind === 'text' ? { itemId: i.id, value: null, text: typeof x === 'string' ? x : '' } : { itemId: i.id, value: typeof x === 'number' ? x : null, text: '' }
    }),
  }
}

/** `figures.3.value` → the form's `v.<item id>`. */
function onFields(err: unknown, order: readonly string[]): unknown {
  if (!(err instanceof ApiError)) return err
  const fields = Object.fromEntries(
    Object.entries(err.fields).map(([k, msg]) => {
      const m = /^figures\.(\d+)\./.exec(k)
      const itemId = m ? order[Number(m[1])] : undefined
      return [itemId ? `v.${itemId}` : k, msg]
    }),
  )
  return new ApiError({ code: err.code, message: err.message, fields })
}

export function ReportPage() {
  const { id = '', unit: rawUnit = '' } = useParams()
  const unit = rawUnit.includes('%') ? safeDecode(rawUnit) : rawUnit
  const navigate = useNavigate()
  const can = useCan()
  const { message, modal } = AntApp.useApp()
  const [form] = Form.useForm<FigureValues>()
  const { busy, banner, setBanner, run, formProps, markClean, dirty } = useFormSubmit(form)
  const campaign = useLoad(() => invoke('campaigns.get', { id }), [id])
  const report = useLoad(() => invoke('campaigns.report.get', { campaignId: id, unit }), [id, unit])
  const [returning, setReturning] = useState(false)
  const c: Campaign | null = campaign.data?.id === id ? campaign.data : null
  const r: UnitReport | null = report.data?.campaignId === id && report.data.unit === unit ? report.data : null

  useEffect(() => {
    if (!r || !c) return
    form.resetFields()
    form.setFieldsValue(valuesOfReport(r, c.items))
    markClean()
  }, [r, c, form, markClean])

  const error = campaign.error ?? report.error
  if (!c || !r) {
    return (
      <div style={{ padding: 24 }}>
        {error ? <Alert type="error" showIcon title={error} action={<Button onClick={() => navigate(`/campaigns/${id}`)}>返回专项行动</Button>} /> : <Spin />}
      </div>
    )
  }

  const live = !r.locked && c.voided === null
  const editable = live && r.status !== 'submitted' && can('campaigns.report.save')
  const set = (next: UnitReport) => report.setData(next)
  const refusal = (err: unknown, order: readonly string[] = []) => {
    if (err instanceof ApiError && err.code === 'CONFLICT') {
      report.reload()
      return new Error(`${err.message}。已载入最新内容，请核对后再保存。`, { cause: err })
    }
    return onFields(err, order)
  }

  /** Saves the draft; the saved report, or null when refused (the refusal is shown). */
  const save = async (): Promise<UnitReport | null> => {
    const v = await form.validateFields().catch(() => null)
    if (!v) return null
    const { order, figures } = figuresOf(c.items, { ...form.getFieldsValue(true).v, ...v.v })
    let saved: UnitReport | null = null
    await run(async () => {
      try {
        saved = await invoke('campaigns.report.save', { campaignId: id, unit, version: r.version, figures })
      } catch (err) {
        throw refusal(err, order)
      }
      set(saved)
    })
    return saved
  }

  const submit = async () => {
    const v = await form.validateFields().catch(() => null)
    if (!v) return
    const values = { ...form.getFieldsValue(true).v, ...v.v } as FigureValues['v']
    const blanks = c.items.filter((i) => i.source === null && i.kind === 'count' && typeof values[i.id] !== 'number')
    modal.confirm({
      title: `报送${unit}的统计数字？`,
      content: (
        <>
          <Typography.Paragraph>报送后不能再修改；如需更正，须由牵头单位退回。“台账自动”的项目按台账现在的数字报送。</Typography.Paragraph>
          {blanks.length > 0 && (
            <Alert type="warning" showIcon title={`${blanks.length} 个项目未填写，将按0报送`} description={blanks.map((i) => (i.group ? `${i.group}·${i.name}` : i.name)).join('、')} data-testid="report-blanks" />
          )}
        </>
      ),
      okText: '报送',
      cancelText: '再看看',
      width: 520,
      onOk: async () => {
        const current = dirty || r.id === null ? await save() : r
        if (!current) return
        await run(async () => {
          try {
            set(await invoke('campaigns.report.submit', { campaignId: id, unit, version: current.version }))
          } catch (err) {
            throw refusal(err)
          }
          message.success(`${unit}的统计数字已报送`)
        })
      },
    })
  }

  return (
    <div style={{ padding: '12px 24px 24px' }} data-testid="report-page">
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 12 }}>
        <Space align="center" size={12} wrap>
          <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(`/campaigns/${id}`)} aria-label="返回专项行动" />
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="report-unit">
            {unit}
          </Typography.Title>
          <ReportStatusTag status={r.status} testId="report-status" />
          {r.late && <Tag color="orange">逾期报送</Tag>}
          <Typography.Text type="secondary">
            {c.name}（{c.campaignNo}）{c.reportDeadline ? ` · 报送截止 ${c.reportDeadline}` : ''}
          </Typography.Text>
        </Space>
        <Space wrap>
          {editable && (
            <>
              <Button icon={<SaveOutlined />} loading={busy} onClick={() => void save().then((s) => s && message.success('草稿已保存'))} data-testid="report-save">
                保存草稿
              </Button>
              {can('campaigns.report.submit') && (
                <Button type="primary" icon={<SendOutlined />} loading={busy} onClick={() => void submit()} data-testid="report-submit">
                  报送
                </Button>
              )}
            </>
          )}
          {live && r.status === 'submitted' && can('campaigns.report.return') && (
            <Button danger icon={<RollbackOutlined />} onClick={() => setReturning(true)} data-testid="report-return">
              退回
            </Button>
          )}
        </Space>
      </Flex>
      {r.locked && <Alert type="success" showIcon style={{ marginBottom: 12 }} title="本活动的统计数字已锁定，不能再修改" />}
      {c.voided && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={`本专项行动已作废：${c.voided.reason}`} />}
      {r.status === 'submitted' && r.submittedAt && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} data-testid="report-submitted" title={`${r.submittedByName ?? ''} 于 ${formatLocalTime(r.submittedAt)} 报送${r.late ? '（已过报送截止日期）' : ''}`} />
      )}
      {r.status === 'returned' && r.returnComment && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} data-testid="report-returned" title={`已被退回：${r.returnComment}`} description="请按意见修改后重新报送。" />
      )}
      {banner && <Alert type="error" showIcon closable={{ onClose: () => setBanner(null) }} title={banner} style={{ marginBottom: 12 }} data-testid="report-error" />}
      <Row gutter={16}>
        <Col span={16}>
          <Card size="small" title="活动情况统计表">
            <Form<FigureValues> form={form} layout="horizontal" labelCol={{ span: 9 }} wrapperCol={{ span: 15 }} labelWrap disabled={busy} {...formProps} data-testid="report-form">
              <ReportFigures items={c.items} report={r} readOnly={!editable} />
            </Form>
          </Card>
        </Col>
        <Col span={8}>
          <ReportSide report={r} kind={c.kind} />
        </Col>
      </Row>
      {returning && (
        <ReturnDialog
          report={r}
          onClose={() => setReturning(false)}
          onStale={report.reload}
          onDone={(next) => {
            set(next)
            setReturning(false)
          }}
        />
      )}
    </div>
  )
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}
