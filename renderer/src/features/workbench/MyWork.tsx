import { Alert, List, Typography } from 'antd'
import { Link } from 'react-router'
import { invoke } from '../../api/client'
import { useLoad } from '../../api/use-load'
import { useSession } from '../auth/session'
import { useCan } from '../auth/can'

// 我的待办: the signed-in user's own open work — the seizures they registered that still hold goods (and how many
// of those are overdue), the cases they filed not yet executed, the destruction batches they drafted — each
// counted by the area's own list with the same filter, so the link opens exactly the records counted.

interface Line {
  key: string
  label: string
  count: number
  extra?: string
  to: string
}

export function MyWork() {
  const { user } = useSession()
  const can = useCan()
  const by = encodeURIComponent(user.id)
  const { data, error } = useLoad(async () => {
    const lines: Line[] = []
    const tasks: Promise<void>[] = []
    if (can('seizures.create'))
      tasks.push(
        Promise.all([
          invoke('seizures.list', { createdBy: user.id, statuses: ['holding', 'partial', 'overdue'], pageSize: 10 }),
          invoke('seizures.list', { createdBy: user.id, statuses: ['overdue'], pageSize: 10 }),
        ]).then(([held, overdue]) => {
          lines.push({ key: 'seizures', label: '我登记的在扣查扣', count: held.total, extra: overdue.total > 0 ? `其中已超期 ${overdue.total} 件` : undefined, to: `/seizures?by=${by}&status=holding,partial,overdue` })
        }),
      )
    if (can('cases.create'))
      tasks.push(
        invoke('cases.list', { createdBy: user.id, statuses: ['filed', 'decided'], pageSize: 10 }).then((r) => {
          lines.push({ key: 'cases', label: '我立案的未执行案件', count: r.total, to: `/cases?by=${by}&status=filed,decided` })
        }),
      )
    if (can('destruction.batch.create'))
      tasks.push(
        invoke('destruction.batch.list', { createdBy: user.id, statuses: ['draft'], pageSize: 10 }).then((r) => {
          lines.push({ key: 'batches', label: '我编制的销毁批次草稿', count: r.total, to: `/destructions/batches?by=${by}&status=draft` })
        }),
      )
    await Promise.all(tasks)
    const order = ['seizures', 'cases', 'batches']
    return lines.sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key))
  }, [user.id])
  if (error) return <Alert type="error" showIcon title={error} />
  if (!data) return null
  if (data.length === 0) return <Typography.Text type="secondary">您的角色没有要登记的记录。</Typography.Text>
  return (
    <List
      size="small"
      data-testid="workbench-mine"
      dataSource={data}
      renderItem={(l) => (
        <List.Item extra={<Link to={l.to} data-testid={`workbench-mine-${l.key}`}>{l.count} 件</Link>}>
          <div>
            {l.label}
            {l.extra && (
              <Typography.Text type="danger" style={{ marginLeft: 8, fontSize: 12 }}>
                {l.extra}
              </Typography.Text>
            )}
          </div>
        </List.Item>
      )}
    />
  )
}
