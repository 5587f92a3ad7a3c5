import { Alert, Empty, List, Tag, Typography } from 'antd'
import { Link } from 'react-router'
import type { CaseRow } from '../../../../shared/api/case-types'
import { invoke } from '../../api/client'
import { useLoad } from '../../api/use-load'
import { dueCasesPath } from '../cases/list/case-list-params'

// 今日待办 for penalty cases: every case whose next deadline (decision, publication, withdrawal, payment) has
// passed — a legal defect in the making — then those due within 5 working days. Each opens its case; 查看全部
// opens the filtered register.

const SHOWN = 20

async function load() {
  const [overdue, soon] = await Promise.all([
    invoke('cases.list', { due: 'overdue', sort: 'nextDue', pageSize: SHOWN }),
    invoke('cases.list', { due: 'soon', sort: 'nextDue', pageSize: SHOWN }),
  ])
  return { overdue, soon }
}

function Rows({ rows, testId }: { rows: CaseRow[]; testId: string }) {
  return (
    <List
      size="small"
      data-testid={testId}
      dataSource={rows}
      renderItem={(r) => (
        <List.Item extra={<Tag color={r.nextDue?.overdue ? 'red' : 'gold'}>{r.nextDue?.text}</Tag>}>
          <Link to={`/cases/${r.id}`} data-testid={`${testId}-${r.caseNo}`}>
            {r.caseNo}
          </Link>
          <Typography.Text style={{ marginLeft: 8 }}>
            {r.nextDue?.label} · {r.partyName}
            {r.decisionNo ? ` · ${r.decisionNo}` : ''}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
            期限 {r.nextDue?.date}
          </Typography.Text>
        </List.Item>
      )}
    />
  )
}

export function CaseDeadlines() {
  const { data, error } = useLoad(load, [])
  if (error) return <Alert type="error" showIcon title={error} />
  if (!data) return null
  if (data.overdue.total === 0 && data.soon.total === 0) return <Empty description="没有超期或5个工作日内到期的案件期限" />
  return (
    <div data-testid="workbench-cases">
      {data.overdue.total > 0 && (
        <>
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 8 }}
            title={`${data.overdue.total} 件案件的期限已过（作出决定、公示、撤下公示或缴款），请尽快处理`}
            action={<Link to={dueCasesPath('overdue')}>查看全部</Link>}
          />
          <Rows rows={data.overdue.rows} testId="workbench-cases-overdue" />
        </>
      )}
      {data.soon.total > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: data.overdue.total > 0 ? 12 : 0 }}>
            5个工作日内到期（{data.soon.total}）
            {data.soon.total > SHOWN && (
              <Link to={dueCasesPath('soon')} style={{ marginLeft: 12, fontSize: 14, fontWeight: 'normal' }}>
                查看全部
              </Link>
            )}
          </Typography.Title>
          <Rows rows={data.soon.rows} testId="workbench-cases-soon" />
        </>
      )}
    </div>
  )
}
