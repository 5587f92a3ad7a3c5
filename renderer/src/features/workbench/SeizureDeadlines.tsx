import { Alert, Empty, List, Tag, Typography } from 'antd'
import { Link } from 'react-router'
import { LONG_PAUSE_DAYS, type LongPause, type SeizureRow } from '../../../../shared/api/seizure-types'
import { PAUSE_KINDS, SEIZURE_KINDS } from '../../../../shared/domain/seizures'
import { invoke } from '../../api/client'
import { useLoad } from '../../api/use-load'

// 今日待办 for seizures: every overdue record (must be decided or released, 行政强制法 Art. 28(4)), then the
// ones whose term ends within a week, and those whose term has stood still for testing over 30 days.

const SOON_DAYS = 7

async function load(): Promise<{ overdue: SeizureRow[]; overdueTotal: number; soon: SeizureRow[]; paused: LongPause[] }> {
  const [overdue, open, paused] = await Promise.all([
    invoke('seizures.list', { statuses: ['overdue'], sort: { field: 'termEnd', order: 'asc' }, pageSize: 20 }),
    invoke('seizures.list', { statuses: ['holding', 'partial'], sort: { field: 'termEnd', order: 'asc' }, pageSize: 50 }),
    invoke('seizures.longPauses', {}),
  ])
  const soon = open.rows.filter((r) => r.daysLeft !== null && r.daysLeft <= SOON_DAYS)
  return { overdue: overdue.rows, overdueTotal: overdue.total, soon, paused }
}

const dueText = (r: SeizureRow) => (r.daysLeft === null ? '暂停计时' : r.daysLeft < 0 ? `已超期 ${-r.daysLeft} 天` : r.daysLeft === 0 ? '今日届满' : `剩 ${r.daysLeft} 天`)

function Rows({ rows, danger }: { rows: SeizureRow[]; danger: boolean }) {
  return (
    <List
      size="small"
      dataSource={rows}
      renderItem={(r) => (
        <List.Item extra={<Tag color={danger ? 'red' : r.daysLeft === 0 ? 'orange' : 'gold'}>{dueText(r)}</Tag>}>
          <Link to={`/seizures/${r.id}`}>{r.registerNo}</Link>
          <Typography.Text style={{ marginLeft: 8 }}>
            {SEIZURE_KINDS[r.kind]} · {r.partyName} · {r.itemSummary}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
            期限至 {r.termEnd}
          </Typography.Text>
        </List.Item>
      )}
    />
  )
}

export function SeizureDeadlines() {
  const { data, error } = useLoad(load, [])
  if (error) return <Alert type="error" showIcon title={error} />
  if (!data) return null
  if (data.overdue.length === 0 && data.soon.length === 0 && data.paused.length === 0) return <Empty description="没有超期或七日内到期的查扣记录" />
  return (
    <div data-testid="workbench-seizures">
      {data.overdueTotal > 0 && (
        <>
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 8 }}
            title={`${data.overdueTotal} 条查扣记录已超过期限仍有物品在扣，应依法作出处理决定或解除（行政强制法第二十八条）`}
            action={<Link to="/seizures?status=overdue">查看全部</Link>}
          />
          <Rows rows={data.overdue} danger />
        </>
      )}
      {data.soon.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 12 }}>
            七日内到期
          </Typography.Title>
          <Rows rows={data.soon} danger={false} />
        </>
      )}
      {data.paused.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 12 }}>
            暂停计时超过{LONG_PAUSE_DAYS}天（检测、检验、检疫、技术鉴定）
          </Typography.Title>
          <List
            size="small"
            data-testid="workbench-seizure-pauses"
            dataSource={data.paused}
            renderItem={(p) => (
              <List.Item extra={<Tag color="orange">已暂停 {p.days} 天</Tag>}>
                <Link to={`/seizures/${p.seizureId}`}>{p.registerNo}</Link>
                <Typography.Text style={{ marginLeft: 8 }}>
                  {p.partyName} · {PAUSE_KINDS[p.kind]}自 {p.startDate} 起，请跟进结果或登记结束日期
                </Typography.Text>
              </List.Item>
            )}
          />
        </>
      )}
    </div>
  )
}
