import { Button, Descriptions, Modal, Typography } from 'antd'
import { diffLines } from 'diff'
import type { TemplateVersion } from '../../../../shared/api/documents'
import { formatLocalTime } from '../../../../shared/rules/local-time'

// One version of a template, read before restoring it: who saved it and when, its wording, and how it differs
// from the version in use (lines taken out struck through in red, lines it would bring back in green).

interface Props {
  version: TemplateVersion
  current: TemplateVersion
  label: string
  onClose(): void
  /** Absent for users who may not change templates, or for the version in use. */
  onRestore?(): void
  restoring: boolean
}

/** A version's wording as one text: its title lines, a blank line, its body. */
export const versionText = (v: TemplateVersion): string => `${v.title}\n\n${v.body}\n`
const ADDED = { background: '#f6ffed', color: '#237804' }
const REMOVED = { background: '#fff1f0', color: '#a8071a', textDecoration: 'line-through' }

export function TemplateVersionModal({ version, current, label, onClose, onRestore, restoring }: Props) {
  const same = version.versionNo === current.versionNo
  const parts = diffLines(versionText(current), versionText(version))
  const changed = parts.some((p) => p.added || p.removed)
  return (
    <Modal
      open
      title={`模板：${label}`}
      width={760}
      onCancel={onClose}
      footer={[
        <Button key="close" onClick={onClose}>
          关闭
        </Button>,
        onRestore && !same && (
          <Button key="restore" type="primary" loading={restoring} onClick={onRestore}>
            恢复此版本
          </Button>
        ),
      ]}
    >
      <Descriptions size="small" column={2} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="保存人">{version.createdBy ?? '（内置）'}</Descriptions.Item>
        <Descriptions.Item label="保存时间">{version.createdAt ? formatLocalTime(version.createdAt) : '—'}</Descriptions.Item>
        {version.docxName && <Descriptions.Item label="Word 模板">{version.docxName}</Descriptions.Item>}
      </Descriptions>
      <Typography.Text strong>{same ? '此版本即当前版本' : changed ? '与当前版本的差异（红色删除线：恢复后去掉；绿色：恢复后加上）' : '措辞与当前版本相同'}</Typography.Text>
      <pre data-testid="template-version-diff" style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', maxHeight: '55vh', overflow: 'auto', border: '1px solid #f0f0f0', padding: 12, marginTop: 8 }}>
        {parts.map((p, i) => (
          <span key={i} data-change={p.added ? 'added' : p.removed ? 'removed' : undefined} style={p.added ? ADDED : p.removed ? REMOVED : undefined}>
            {p.value}
          </span>
        ))}
      </pre>
    </Modal>
  )
}
