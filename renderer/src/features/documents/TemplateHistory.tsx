import { Button, Card, Table, Tag } from 'antd'
import type { TemplateState, TemplateVersion } from '../../../../shared/api/documents'
import { formatLocalTime } from '../../../../shared/rules/local-time'

interface Props {
  state: TemplateState
  /** Absent for users who may not change templates. */
  onRestore?(versionNo: number): void
  restoring: number | null
}

export const versionLabel = (versionNo: number): string => (versionNo === 0 ? '内置默认' : `第${versionNo}版`)

const BUILT_IN: TemplateVersion = { versionNo: 0, title: '', body: '', docxName: null, createdAt: null, createdBy: null }

/** 历史版本: every saved version and the built-in default, each restorable as a new version. */
export function TemplateHistory({ state, onRestore, restoring }: Props) {
  // The contract promises the built-in default among the versions; add it should it be missing.
  const rows = state.versions.some((v) => v.versionNo === 0) ? state.versions : [...state.versions, BUILT_IN]
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
          { title: '标题', dataIndex: 'title' },
          { title: '形式', dataIndex: 'docxName', render: (name: string | null) => (name ? `Word 模板：${name}` : '文字模板') },
          { title: '保存时间', dataIndex: 'createdAt', render: (t: string | null) => (t ? formatLocalTime(t) : '—') },
          { title: '保存人', dataIndex: 'createdBy', render: (u: string | null) => u ?? '—' },
          ...(onRestore
            ? [
                {
                  title: '操作',
                  key: 'restore',
                  render: (_: unknown, v: TemplateVersion) => (
                    <Button
                      size="small"
                      onClick={() => onRestore(v.versionNo)}
                      loading={restoring === v.versionNo}
                      disabled={restoring !== null || v.versionNo === state.current.versionNo}
                    >
                      恢复
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  )
}
