import { useMemo, useState, type HTMLAttributes } from 'react'
import { Alert, Button, Card, Space, Switch, Table, Tag, Tooltip, Typography } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import type { StorageLocation } from '../../../../../shared/api/seizure-types'
import { invoke } from '../../../api/client'
import { useLoad } from '../../../api/use-load'
import { RecordHistoryButton } from '../../audit/RecordHistory'
import { useCan } from '../../auth/can'
import { CreateLocationDialog } from './CreateLocationDialog'
import { buildTree, hasChildLevel, levelLabel, type LocationNode } from './location-tree'
import { RenameLocationDialog } from './RenameLocationDialog'
import { VoidLocationDialog } from './VoidLocationDialog'
import { formatLocalTime } from '../../../../../shared/rules/local-time'

// 存放位置: the warehouses, shelves and bins seized goods are kept in, as a tree the clerk maintains.

type Dialog = { kind: 'create'; parent: StorageLocation | null } | { kind: 'rename' | 'void'; location: StorageLocation }

const LEVEL_COLORS = ['blue', 'cyan', 'default']

export function StorageLocationsPanel() {
  const can = useCan()
  const [includeVoided, setIncludeVoided] = useState(false)
  const { data, error, reload } = useLoad(() => invoke('storage.list', { includeVoided }), [includeVoided])
  const tree = useMemo(() => buildTree(data ?? []), [data])
  // Everything starts expanded (a county office has a handful of rooms); the clerk folds what they don't need.
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set())
  const expanded = (data ?? []).filter((l) => !collapsed.has(l.id)).map((l) => l.id)
  const [dialog, setDialog] = useState<Dialog | null>(null)

  // Closing reloads too: a dialog refused as 已被他人修改 is closed to see the newer copy.
  const close = () => {
    setDialog(null)
    reload()
  }

  const actions = (l: LocationNode) => (
    <Space size={4} wrap>
      {!l.voided && hasChildLevel(l.level) && can('storage.create') && (
        <Button size="small" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create', parent: l })} data-testid="storage-add-child">
          新增{levelLabel(l.level + 1)}
        </Button>
      )}
      {!l.voided && can('storage.rename') && (
        <Button size="small" onClick={() => setDialog({ kind: 'rename', location: l })} data-testid="storage-rename">
          改名
        </Button>
      )}
      {!l.voided && can('storage.void') && (
        <Button size="small" danger onClick={() => setDialog({ kind: 'void', location: l })} data-testid="storage-void">
          停用
        </Button>
      )}
      <RecordHistoryButton recordType="storage_location" recordId={l.id} title={l.path} />
    </Space>
  )

  return (
    <Card
      title="存放位置"
      data-testid="storage-panel"
      extra={
        <Space size={16}>
          <Space size={6}>
            <Typography.Text>显示已停用</Typography.Text>
            <Switch size="small" checked={includeVoided} onChange={setIncludeVoided} aria-label="显示已停用" data-testid="storage-show-voided" />
          </Space>
          {can('storage.create') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create', parent: null })} data-testid="storage-add-warehouse">
              新增仓库
            </Button>
          )}
        </Space>
      }
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Table<LocationNode>
        data-testid="storage-table"
        rowKey="id"
        size="small"
        loading={data === null && !error}
        dataSource={tree}
        pagination={false}
        locale={{ emptyText: '还没有存放位置，请先新增仓库，再在仓库下新增货架、货位' }}
        expandable={{
          expandedRowKeys: expanded,
          onExpand: (open, l) =>
            setCollapsed((prev) => {
              const next = new Set(prev)
              if (open) next.delete(l.id)
              else next.add(l.id)
              return next
            }),
        }}
        onRow={(l) =>
          ({
            'data-testid': `storage-row-${l.path}`,
            'data-voided': l.voided ? 'true' : 'false',
            style: l.voided ? { color: 'rgba(0, 0, 0, 0.45)' } : undefined,
          }) as HTMLAttributes<HTMLElement>
        }
        columns={[
          {
            title: '名称',
            dataIndex: 'name',
            render: (name: string, l) => (
              <Space size={6}>
                <Tag color={LEVEL_COLORS[l.level]}>{levelLabel(l.level)}</Tag>
                <span>{name}</span>
                {l.voided && (
                  <Tooltip title={`原因：${l.voided.reason}；${l.voided.byName} 于 ${formatLocalTime(l.voided.at)} 停用`}>
                    <Tag color="red">已停用</Tag>
                  </Tooltip>
                )}
              </Space>
            ),
          },
          { title: '完整位置', dataIndex: 'path', width: '36%', render: (path: string) => <Typography.Text type="secondary">{path}</Typography.Text> },
          { title: '操作', key: 'actions', width: 330, render: (_: unknown, l) => actions(l) },
        ]}
      />
      {dialog?.kind === 'create' && <CreateLocationDialog parent={dialog.parent} onClose={close} />}
      {dialog?.kind === 'rename' && <RenameLocationDialog location={dialog.location} onClose={close} />}
      {dialog?.kind === 'void' && <VoidLocationDialog location={dialog.location} onClose={close} />}
    </Card>
  )
}
