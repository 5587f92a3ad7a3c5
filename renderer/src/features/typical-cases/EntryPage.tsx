import { useEffect, useState } from 'react'
import { Alert, App as AntApp, Button, Card, Checkbox, Col, Flex, Form, Input, Row, Select, Spin, Timeline, Typography } from 'antd'
import { ArrowLeftOutlined } from '@ant-design/icons'
import { useNavigate, useParams } from 'react-router'
import type { TypicalEntry, TypicalText } from '../../../../shared/api/typical-types'
import { REVIEW_ACTIONS, TYPICAL_SECTION_KEYS, TYPICAL_SECTIONS, type TypicalSection } from '../../../../shared/domain/typical-cases'
import { findPersonalData, PERSONAL_DATA_KINDS } from '../../../../shared/rules/mask'
import { formatLocalTime } from '../../../../shared/rules/local-time'
import { invoke } from '../../api/client'
import { useFormSubmit } from '../../api/use-form-submit'
import { useLoad } from '../../api/use-load'
import { useCan } from '../auth/can'
import { ReasonDialog } from '../../components/ReasonDialog'
import { TYPING_PAUSE_MS } from '../../components/use-debounced-text'
import { ReviewDialog, type ReviewKind } from './ReviewDialog'
import { VersionCompare } from './VersionCompare'
import { EntryStatusTag } from './typical-format'

// One typical case: its sections edited while 草稿, the personal data still in the text listed (fix it, or tick
// 确认保留), the third persons it names, the public text beside the draft masked as it will be published, the
// review comments, the versions.

const LINES: Record<TypicalSection, number> = { title: 1, party: 3, summary: 6, result: 4, significance: 5, legalBasis: 3 }

// What the public text masked: stars, and 某某 for a name.
const MASKED = /([\dA-Za-z-]*\*+[\dA-Za-z-]*|[\u4e00-\u9fa5]{1,2}某某)/

/**
 * The text as it will be published — masked in core by the documents' own function, the party's own data never
 * sent here — each masked piece marked; asked again a moment after the typing stops.
 */
function PublicPreview({ entry, text, confirmed }: { entry: TypicalEntry; text: TypicalText; confirmed: string[] }) {
  const typed = JSON.stringify({ text, confirmed })
  const [asked, setAsked] = useState(typed)
  useEffect(() => {
    const timer = setTimeout(() => setAsked(typed), TYPING_PAUSE_MS)
    return () => clearTimeout(timer)
  }, [typed])
  const shown = useLoad(() => invoke('typical.preview', { id: entry.id, ...(JSON.parse(asked) as { text: TypicalText; confirmed: string[] }) }), [entry.id, asked])
  const marked = (s: string) => s.split(MASKED).map((p, i) => (i % 2 === 1 ? <mark key={i}>{p}</mark> : <span key={i}>{p}</span>))
  if (shown.error) return <Alert type="error" showIcon title={shown.error} />
  if (!shown.data) return <Spin />
  const t = shown.data
  return (
    <div data-testid="entry-preview" aria-busy={asked !== typed}>
      <Typography.Title level={5} style={{ textAlign: 'center' }}>
        {marked(t.title)}
      </Typography.Title>
      {TYPICAL_SECTION_KEYS.filter((s) => s !== 'title').map((s) => (
        <Typography.Paragraph key={s} style={{ whiteSpace: 'pre-wrap' }}>
          <Typography.Text strong>{TYPICAL_SECTIONS[s]}：</Typography.Text>
          {marked(t[s])}
        </Typography.Paragraph>
      ))}
    </div>
  )
}

export function EntryPage() {
  const { id = '' } = useParams()
  const navigate = useNavigate()
  const can = useCan()
  const { message } = AntApp.useApp()
  const [form] = Form.useForm<TypicalText>()
  const { busy, banner, setBanner, run, formProps, markClean } = useFormSubmit(form)
  const { data: e, error, setData } = useLoad(() => invoke('typical.get', { id }), [id])
  // The ticks belong to the copy they were made on: a new copy from core starts from its own.
  const [ticks, setTicks] = useState<{ of: string; list: string[] } | null>(null)
  const [review, setReview] = useState<ReviewKind | null>(null)
  const [voiding, setVoiding] = useState(false)
  const typed = Form.useWatch([], form) as TypicalText | undefined

  useEffect(() => {
    if (!e) return
    form.resetFields()
    form.setFieldsValue(e.text)
    markClean()
  }, [e, form, markClean])

  const current: TypicalText | null = e ? { ...e.text, ...(typed ?? {}) } : null
  const warnings = current ? TYPICAL_SECTION_KEYS.flatMap((s) => findPersonalData(current[s]).map((f) => ({ section: s, ...f }))) : []
  const copy = e ? `${e.id}@${e.version}` : ''
  const confirmed = ticks?.of === copy ? ticks.list : (e?.confirmed ?? [])
  const setConfirmed = (change: (list: string[]) => string[]) => setTicks({ of: copy, list: change(confirmed) })
  if (error) return <Alert type="error" showIcon title={error} style={{ margin: 24 }} />
  if (!e || !current) return <Spin style={{ margin: 48 }} />

  const editable = e.status === 'draft' && e.collectionStatus === 'open' && !e.voided && can('typical.save')
  const save = async (): Promise<TypicalEntry | null> => {
    const text = await form.validateFields()
    let saved: TypicalEntry | null = null
    await run(async () => {
      saved = await invoke('typical.save', { id: e.id, version: e.version, text: { ...e.text, ...text }, confirmed })
      setData(saved)
    })
    return saved
  }
  const submit = async () => {
    const saved = await save()
    if (!saved) return
    await run(async () => {
      setData(await invoke('typical.submit', { id: saved!.id, version: saved!.version }))
      message.success('已提交审核')
    })
  }

  return (
    <Flex vertical gap={12} style={{ padding: '16px 24px' }} data-testid="typical-entry">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Flex align="center" gap={8}>
          <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(`/typical/collections/${e.collectionId}`)} aria-label="返回" />
          <Typography.Title level={4} style={{ margin: 0 }}>
            {e.text.title}
          </Typography.Title>
          <EntryStatusTag status={e.status} testId="entry-status" />
          <Typography.Text type="secondary">
            {e.collectionName} · 案件 {e.caseNo} · 第{e.currentVersion}版
          </Typography.Text>
        </Flex>
        <Flex gap={8}>
          {editable && (
            <>
              <Button loading={busy} onClick={() => void save().then((s) => s && message.success(`已保存为第${s.currentVersion}版`))} data-testid="entry-save">
                保存
              </Button>
              <Button type="primary" loading={busy} onClick={() => void submit()} data-testid="entry-submit">
                提交审核
              </Button>
            </>
          )}
          {e.status === 'review' && e.collectionStatus === 'open' && can('typical.return') && (
            <>
              <Button onClick={() => setReview('return')} data-testid="entry-return">
                退回修改
              </Button>
              <Button type="primary" onClick={() => setReview('finalise')} data-testid="entry-finalise">
                定稿
              </Button>
            </>
          )}
          {e.status === 'final' && e.collectionStatus === 'open' && can('typical.reopen') && (
            <Button onClick={() => setReview('reopen')} data-testid="entry-reopen">
              重新编辑
            </Button>
          )}
          {e.collectionStatus === 'open' && !e.voided && can('typical.void') && (
            <Button danger onClick={() => setVoiding(true)} data-testid="entry-void-button">
              撤下
            </Button>
          )}
        </Flex>
      </Flex>
      {e.voided && <Alert type="warning" showIcon data-testid="entry-voided" title={`已从案例集中撤下：${e.voided.reason}`} description={`${e.voided.byName} 于 ${formatLocalTime(e.voided.at)} 撤下。各版本和审核意见留存备查。`} />}
      {banner && <Alert type="error" showIcon closable title={banner} onClose={() => setBanner(null)} data-testid="entry-error" />}
      {warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="entry-warnings"
          title="文本中有个人信息：请删除或遮蔽；确需保留的，勾选“确认保留”后保存"
          description={warnings.map((w) => (
            <div key={`${w.section}-${w.text}`}>
              {TYPICAL_SECTIONS[w.section]}中的{PERSONAL_DATA_KINDS[w.kind]} <Typography.Text code>{w.text}</Typography.Text>
              {editable && (
                <Checkbox
                  style={{ marginLeft: 12 }}
                  checked={confirmed.includes(w.text)}
                  onChange={(ev) => setConfirmed((c) => (ev.target.checked ? [...c, w.text] : c.filter((x) => x !== w.text)))}
                  data-testid={`entry-confirm-${w.text}`}
                >
                  确认保留
                </Checkbox>
              )}
            </div>
          ))}
        />
      )}
      <Row gutter={16}>
        <Col span={12}>
          <Card size="small" title="撰写">
            <Form form={form} layout="vertical" disabled={!editable || busy} {...formProps}>
              {TYPICAL_SECTION_KEYS.map((s) => (
                <Form.Item key={s} name={s} label={TYPICAL_SECTIONS[s]} rules={s === 'title' ? [{ required: true, whitespace: true, message: '请填写标题' }] : []}>
                  {LINES[s] === 1 ? <Input data-testid={`entry-${s}`} maxLength={100} /> : <Input.TextArea data-testid={`entry-${s}`} autoSize={{ minRows: LINES[s], maxRows: 16 }} />}
                </Form.Item>
              ))}
              <Form.Item name="persons" label="文中其他人员姓名" extra="证人、消费者、店员等：发布时显示为“张某某”。输入姓名后按回车。">
                <Select mode="tags" data-testid="entry-persons" maxCount={30} open={false} tokenSeparators={['，', ',', '、']} />
              </Form.Item>
              <Form.Item name="tags" label="标签">
                <Select mode="tags" data-testid="entry-tags" maxCount={10} />
              </Form.Item>
            </Form>
          </Card>
        </Col>
        <Col span={12}>
          <Flex vertical gap={12}>
            <Card size="small" title="公开文本预览">
              <PublicPreview entry={e} text={current} confirmed={confirmed} />
            </Card>
            <Card size="small" title="审核意见" data-testid="entry-reviews">
              {e.reviews.length === 0 ? (
                <Typography.Text type="secondary">尚未提交审核</Typography.Text>
              ) : (
                <Timeline
                  items={e.reviews.map((r) => ({
                    color: r.action === 'return' ? 'orange' : r.action === 'finalise' ? 'green' : 'blue',
                    content: (
                      <span>
                        {formatLocalTime(r.at)} {r.byName} {REVIEW_ACTIONS[r.action]}（第{r.versionNo}版）{r.comment ? `：${r.comment}` : ''}
                      </span>
                    ),
                  }))}
                />
              )}
            </Card>
            <Card size="small" title="版本">
              <VersionCompare entry={e} />
            </Card>
          </Flex>
        </Col>
      </Row>
      {voiding && (
        <ReasonDialog
          title={`撤下案例：${e.text.title}`}
          intro={<Alert type="warning" showIcon style={{ marginBottom: 16 }} title="撤下的案例不再印入案例集，但不会被删除：各版本、审核意见和撤下原因留存备查" />}
          label="撤下原因"
          oneLine
          okText="确认撤下"
          danger
          placeholder="如：处罚决定被复议撤销"
          success="已从案例集中撤下"
          submit={(reason) => invoke('typical.void', { id: e.id, version: e.version, reason })}
          onDone={() => navigate(`/typical/collections/${e.collectionId}`)}
          onClose={() => setVoiding(false)}
          testId="entry-void"
        />
      )}
      {review && <ReviewDialog kind={review} entry={e} onClose={() => setReview(null)} onDone={(next) => { setData(next); setReview(null) }} />}
    </Flex>
  )
}
