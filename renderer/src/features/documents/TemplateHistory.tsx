import { useState } from 'react'
import { Button, Card, Space, Table, Tag } from 'antd'
import type { TemplateState, TemplateVersion } from '../../../../shared/api/documents'
import { diffLines } from 'diff'
import { formatLocalTime } from '../../../../shared/rules/local-time'
import { TemplateVersionModal, versionText } from './TemplateVersionModal'

interface Props {
  state: TemplateState
  /** Absent for users who may not change templates. */
  onRestore?(versionNo: number): void
  restoring: number | null
}

export const versionLabel = (versionNo: number): string => (versionNo === 0 ? '内置默认' : `第${versionNo}版`)

/** '改动 3 行' style summary of a version against the one in use, counted in lines of its wording. */
function changeSummary(v: TemplateVersion, current: TemplateVersion): string {
  if (v.versionNo === current.versionNo) return '—'
  const parts = diffLines(versionText(current), versionText(v))
  const count = (pick: (p: (typeof parts)[number]) => boolean | undefined) => parts.filter(pick).reduce((n, p) => n + (p.count ?? 0), 0)
  const [added, removed] = [count((p) => p.added), count((p) => p.removed)]
  if (!added && !removed) return v.docxName === current.docxName ? '措辞相同' : '措辞相同，形式不同'
  return `多 ${added} 行，少 ${removed} 行`
}

const BUILT_IN: TemplateVersion = { versionNo: 0, title: '', body: '', docxName: null, createdAt: null, createdBy: null }

/** 历史版本: every saved version and the built-in default, each read (with its differences) and restorable. */
export function TemplateHistory({ state, onRestore, restoring }: Props) {
  // The contract promises the built-in default among the versions; add it should it be missing.
  const rows = state.versions.some((v) => v.versionNo === 0) ? state.versions : [...state.versions, BUILT_IN]
  const [viewing, setViewing] = useState<TemplateVersion | null>(null)
  // A restore that went through brings a new current version: the dialog has done its work.
  const [seenCurrent, setSeenCurrent] = useState(state.current.versionNo)
  if (seenCurrent !== state.current.versionNo) {
    setSeenCurrent(state.current.versionNo)
    setViewing(null)
  }
  return (
    <Card title="历史版本" size="small">
      <Table<TemplateVersion>
        rowKey="versionNo"
        size="small"
        pagination={false}
        dataSource={rows}
        columns={[
          {
            title: '版本',
            dataIndex: 'versionNo',
            render: (n: number) => (
              <>
                {versionLabel(n)}
                {n === state.current.versionNo && (
                  <Tag color="blue" style={{ marginLeft: 8 }}>
                    当前
                  </Tag>
                )}
              </>
            ),
          },
          { title: '与当前版本相比', key: 'changes', render: (_: unknown, v: TemplateVersion) => changeSummary(v, state.current) },
          { title: '形式', dataIndex: 'docxName', render: (name: string | null) => (name ? `Word 模板：${name}` : '文字模板') },
          { title: '保存时间', dataIndex: 'createdAt', render: (t: string | null) => (t ? formatLocalTime(t) : '—') },
          { title: '保存人', dataIndex: 'createdBy', render: (u: string | null) => u ?? '—' },
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, v: TemplateVersion) => (
              <Space size={6}>
                <Button size="small" onClick={() => setViewing(v)}>
                  查看
                </Button>
                {onRestore && (
                  <Button
                    size="small"
                    onClick={() => setViewing(v)}
                    loading={restoring === v.versionNo}
                    disabled={restoring !== null || v.versionNo === state.current.versionNo}
                  >
                    恢复…
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {viewing && (
        <TemplateVersionModal
          version={viewing}
          current={state.current}
          label={versionLabel(viewing.versionNo)}
          onClose={() => setViewing(null)}
          onRestore={onRestore && (() => onRestore(viewing.versionNo))}
          restoring={restoring === viewing.versionNo}
        />
      )}
    </Card>
  )
}
