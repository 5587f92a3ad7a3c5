import { useEffect, useRef, useState } from 'react'
import { Alert, App as AntApp, Button, Col, Flex, Form, Input, Row, Space, Spin, Typography } from 'antd'
import type { TextAreaRef } from 'antd/es/input/TextArea'
import type { DocumentKindInfo, TemplateState } from '../../../../shared/api/documents'
import { DOCUMENT_RECORD_SOURCES, type DocumentKind } from '../../../../shared/domain/documents'
import { ApiError, invoke } from '../../api/client'
import { applyFieldErrors } from '../../api/form-errors'
import { useLoad } from '../../api/use-load'
import { todayText } from '../../components/today'
import { useConfirmLeave, useUnsavedChanges } from '../../components/unsaved-changes'
import { useCan } from '../auth/can'
import { RecordHistoryButton } from '../audit/RecordHistory'
import { errorText } from './docx-file'
import { insertAt } from './insert-at'
import { DocxPreview } from './DocxPreview'
import { KindSelect } from './KindSelect'
import { PlaceholderList } from './PlaceholderList'
import { TemplateHistory, versionLabel } from './TemplateHistory'
import { WordTemplateCard } from './WordTemplateCard'

// 模板: edit a kind's template (标题 and 正文 with {{占位符}}), preview the draft with sample values,
// save it as a new version, or restore an earlier one. Only 管理员 and 法制员 may change templates.

interface TemplateForm {
  title: string
  body: string
}

/** Preview reports draft errors as draft.title / draft.body; the form names them title / body. */
const withoutDraftPrefix = (err: unknown): unknown =>
  err instanceof ApiError
    ? new ApiError({ code: err.code, message: err.message, fields: Object.fromEntries(Object.entries(err.fields).map(([k, m]) => [k.replace(/^draft\./, ''), m])) })
    : err

export function TemplateTab({ kinds }: { kinds: DocumentKindInfo[] }) {
  const can = useCan()
  const { message } = AntApp.useApp()
  const [form] = Form.useForm<TemplateForm>()
  const [kind, setKind] = useState<DocumentKind | undefined>(kinds[0]?.kind)
  const loaded = useLoad(() => (kind ? invoke('documents.template.get', { kind }) : Promise.resolve(null)), [kind])
  const state = loaded.data
  const [banner, setBanner] = useState<string | null>(null)
  const [preview, setPreview] = useState<string | null>(null)
  const [busy, setBusy] = useState<'preview' | 'save' | null>(null)
  const [restoring, setRestoring] = useState<number | null>(null)
  const canEdit = can('documents.template.save')
  const info = kinds.find((k) => k.kind === kind)

  // The editor shows the version in use, as loaded, reloaded, saved or restored.
  useEffect(() => {
    if (!state) return
    form.resetFields()
    form.setFieldsValue({ title: state.current.title, body: state.current.body })
  }, [form, state])

  const adopt = (s: TemplateState) => loaded.setData(s)

  // Changed = differs from the version in use; while changed, leaving the page asks first.
  const typedTitle = Form.useWatch('title', form) as string | undefined
  const typedBody = Form.useWatch('body', form) as string | undefined
  const changed = !!state && typedTitle !== undefined && (typedTitle !== state.current.title || typedBody !== state.current.body)
  useUnsavedChanges(changed)
  const confirmLeave = useConfirmLeave()

  /** Another kind, or the saved version again: a fresh start without the last action's error. */
  const reloadWith = (next: DocumentKind | undefined) => {
    setBanner(null)
    if (next === kind) loaded.reload()
    else setKind(next)
  }

  const clearErrors = () => {
    setBanner(null)
    form.setFields((['title', 'body'] as const).map((name) => ({ name, errors: [] })))
  }

  const doPreview = async () => {
    if (!info) return
    setBusy('preview')
    clearErrors()
    try {
      const { title, body } = form.getFieldsValue(true) as TemplateForm
      // Sample wording for what the clerk types; the rest comes from the agency profile and records (a sample
      // record for kinds made from one).
      const values = Object.fromEntries(info.placeholders.filter((p) => p.input).map((p) => [p.name, p.sample]))
      const file = await invoke('documents.preview', { kind: info.kind, values, date: todayText(), draft: { title, body } })
      setPreview(file.base64)
    } catch (err) {
      setBanner(applyFieldErrors(form, withoutDraftPrefix(err)))
    } finally {
      setBusy(null)
    }
  }

  const save = async ({ title, body }: TemplateForm) => {
    if (!state) return
    setBusy('save')
    clearErrors()
    try {
      const saved = await invoke('documents.template.save', { kind: state.kind, title, body, basedOn: state.current.versionNo })
      adopt(saved)
      message.success(`模板已保存为第${saved.current.versionNo}版`)
    } catch (err) {
      setBanner(applyFieldErrors(form, err))
    } finally {
      setBusy(null)
    }
  }

  const restore = async (versionNo: number) => {
    if (!state) return
    setRestoring(versionNo)
    clearErrors()
    try {
      const restored = await invoke('documents.template.restore', { kind: state.kind, versionNo, basedOn: state.current.versionNo })
      adopt(restored)
      message.success(`已恢复${versionLabel(versionNo)}，保存为第${restored.current.versionNo}版`)
    } catch (err) {
      setBanner(errorText(err))
    } finally {
      setRestoring(null)
    }
  }

  // A placeholder goes where the cursor was in 标题 or 正文 (whichever was last in use; 正文 at first), replacing a
  // selection, and the cursor comes back after it so the writer types on.
  const titleRef = useRef<TextAreaRef>(null)
  const bodyRef = useRef<TextAreaRef>(null)
  const lastField = useRef<'title' | 'body'>('body')
  const insert = (token: string) => {
    const name = lastField.current
    const area = (name === 'title' ? titleRef : bodyRef).current?.resizableTextArea?.textArea
    const text = (form.getFieldValue(name) as string | undefined) ?? ''
    const { value, caret } = insertAt(text, token, area?.selectionStart ?? text.length, area?.selectionEnd ?? text.length)
    form.setFieldValue(name, value)
    requestAnimationFrame(() => {
      area?.focus()
      area?.setSelectionRange(caret, caret)
    })
  }

  return (
    <Flex vertical gap={16}>
      <Space wrap>
        <Typography.Text>文书种类</Typography.Text>
        {kind && <KindSelect kinds={kinds} value={kind} onChange={(next) => confirmLeave(() => reloadWith(next))} />}
        {state && (
          <Typography.Text data-testid="template-version">
            当前版本：{state.current.versionNo === 0 ? '内置默认模板' : `第${state.current.versionNo}版`}
          </Typography.Text>
        )}
        {info?.fromRecord && <Typography.Text type="secondary">在{DOCUMENT_RECORD_SOURCES[info.fromRecord]}中生成，预览时使用示例记录</Typography.Text>}
        {kind && info && <RecordHistoryButton recordType="document_template" recordId={kind} title={`${info.label}模板`} />}
      </Space>
      {(banner ?? loaded.error) && <Alert type="error" showIcon title={banner ?? loaded.error} />}
      {!state && !(banner ?? loaded.error) ? (
        <Spin />
      ) : (
        state &&
        info && (
          <>
            {/* Editor and preview side by side from 1200 px (a 1366 px screen), the preview following the page. */}
            <Row gutter={16}>
              <Col xs={24} xl={12}>
                <Form form={form} layout="vertical" onFinish={save} disabled={busy !== null || restoring !== null}>
                  <Form.Item name="title" label="标题" extra="可分几行，每行是标题的一行。">
                    <Input.TextArea ref={titleRef} onFocus={() => (lastField.current = 'title')} autoSize={{ minRows: 2, maxRows: 4 }} readOnly={!canEdit} />
                  </Form.Item>
                  <Form.Item name="body" label="正文" extra="每行一段，以“一、”“（一）”开头的行是小标题；用 {{占位符}} 标出生成时替换的内容。">
                    <Input.TextArea ref={bodyRef} onFocus={() => (lastField.current = 'body')} autoSize={{ minRows: 12, maxRows: 30 }} readOnly={!canEdit} />
                  </Form.Item>
                  <Space wrap>
                    <Button onClick={() => void doPreview()} loading={busy === 'preview'}>
                      预览
                    </Button>
                    {canEdit ? (
                      <>
                        <Button type="primary" htmlType="submit" loading={busy === 'save'}>
                          保存为新版本
                        </Button>
                        <Button onClick={() => reloadWith(kind)}>放弃修改</Button>
                      </>
                    ) : (
                      <Typography.Text type="secondary">只有管理员或法制员可以修改模板</Typography.Text>
                    )}
                  </Space>
                </Form>
                <div style={{ marginTop: 16 }}>
                  <PlaceholderList placeholders={info.placeholders} onInsert={canEdit ? insert : undefined} />
                </div>
              </Col>
              <Col xs={24} xl={12}>
                <div style={{ position: 'sticky', top: 0 }}>
                  <DocxPreview base64={preview} loading={busy === 'preview'} fit />
                </div>
              </Col>
            </Row>
            <WordTemplateCard
              state={state}
              loops={info.loops}
              canEdit={canEdit}
              onSaved={(s) => {
                adopt(s)
                message.success(`已使用 Word 模板，保存为第${s.current.versionNo}版`)
              }}
            />
            <TemplateHistory state={state} onRestore={canEdit ? (n) => void restore(n) : undefined} restoring={restoring} />
          </>
        )
      )}
    </Flex>
  )
}
