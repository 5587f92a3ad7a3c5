import { Form, Input } from 'antd'
import type { TypicalEntry } from '../../../../shared/api/typical-types'
import { invoke } from '../../api/client'
import { FormDialog } from '../../components/FormDialog'

// 退回修改 (a comment is required), 定稿 (a comment if any) and 重新编辑 (why the finalised text must change).

export type ReviewKind = 'return' | 'finalise' | 'reopen'

const TEXT: Record<ReviewKind, { title: string; ok: string; label: string; required: boolean; success: string }> = {
  return: { title: '退回修改', ok: '退回', label: '审核意见', required: true, success: '已退回，撰写人可见审核意见' },
  finalise: { title: '定稿', ok: '定稿', label: '审核意见', required: false, success: '已定稿' },
  reopen: { title: '重新编辑', ok: '重新编辑', label: '重新编辑原因', required: true, success: '已转为草稿，定稿版本保留' },
}

export function ReviewDialog({ kind, entry, onDone, onClose }: { kind: ReviewKind; entry: TypicalEntry; onDone(e: TypicalEntry): void; onClose(): void }) {
  const [form] = Form.useForm<{ comment: string }>()
  const t = TEXT[kind]
  const call = ({ comment }: { comment: string }) => {
    const base = { id: entry.id, version: entry.version }
    if (kind === 'return') return invoke('typical.return', { ...base, comment })
    if (kind === 'finalise') return invoke('typical.finalise', { ...base, comment })
    return invoke('typical.reopen', { ...base, reason: comment })
  }
  return (
    <FormDialog title={`${t.title}：${entry.text.title}`} okText={t.ok} form={form} initialValues={{ comment: '' }} submit={call} success={t.success} onDone={onDone} onClose={onClose} testId="review-dialog" submitTestId="review-submit">
      <Form.Item name="comment" label={t.label} rules={t.required ? [{ required: true, whitespace: true, message: `请填写${t.label}` }] : []}>
        <Input.TextArea autoFocus data-testid="review-comment" autoSize={{ minRows: 3, maxRows: 8 }} maxLength={kind === 'reopen' ? 500 : 1000} />
      </Form.Item>
    </FormDialog>
  )
}
