import { Button, Card, Flex, List, Tag, Typography } from 'antd'
import { CheckCircleFilled, ClockCircleOutlined, ExclamationCircleFilled } from '@ant-design/icons'
import type { CaseDeadline, CasePause, CaseRecord } from '../../../../../shared/api/case-types'
import { CASE_PAUSE_KINDS } from '../../../../../shared/domain/cases'

// 期限: each legal deadline of the case as it reads today (剩N个工作日 / 今日到期 / 已超期N天), the ones met shown as
// done; then the extensions and the periods not counted, with their actions.

function DeadlineLine({ d }: { d: CaseDeadline }) {
  const overdue = !d.met && d.left !== null && d.left < 0
  const today = !d.met && d.left === 0
  const icon = d.met ? <CheckCircleFilled style={{ color: '#52c41a' }} /> : overdue ? <ExclamationCircleFilled style={{ color: '#ff4d4f' }} /> : <ClockCircleOutlined style={{ color: today ? '#faad14' : '#1677ff' }} />
  return (
    <Flex gap={8} align="start" data-testid={`case-deadline-${d.kind}`}>
      <span style={{ marginTop: 3 }}>{icon}</span>
      <div style={{ flex: 1 }}>
        <Flex justify="space-between" wrap gap={8}>
          <Typography.Text strong={!d.met} type={d.met ? 'secondary' : undefined}>
            {d.label}
          </Typography.Text>
          <Typography.Text type={d.met ? 'secondary' : overdue ? 'danger' : today ? 'warning' : undefined} strong={overdue || today}>
            {d.text}
          </Typography.Text>
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {d.date ? `${d.met ? '期限' : '截止'} ${d.date}` : '暂停计算'}
          {d.working && '（工作日）'}
        </Typography.Text>
        {d.provisional && !d.met && (
          <Tag color="warning" style={{ marginLeft: 8 }} data-testid="case-deadline-provisional">
            暂按周一至周五计算
          </Tag>
        )}
      </div>
    </Flex>
  )
}

interface Actions {
  onEndPause?(p: CasePause): void
  onVoidPause?(p: CasePause): void
}

export function DeadlinesCard({ record: c, actions }: { record: CaseRecord; actions: Actions }) {
  const pauses = c.pauses
  return (
    <Card size="small" title="期限" data-testid="case-deadlines">
      <Flex vertical gap={12}>
        {c.deadlines.length === 0 && <Typography.Text type="secondary">没有待办的期限</Typography.Text>}
        {c.deadlines.map((d) => (
          <DeadlineLine key={d.kind} d={d} />
        ))}
      </Flex>
      {c.extensions.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            延长
          </Typography.Title>
          {c.extensions.map((e, i) => (
            <Typography.Paragraph key={i} style={{ marginBottom: 4 }} data-testid="case-extension">
              {e.kind === 'approved' ? `${e.date} 负责人 ${e.approvedBy} 批准延长30日` : `${e.date} 集体讨论（${e.approvedBy}）决定延长${e.days}日`}
              <Typography.Text type="secondary">：{e.reason}</Typography.Text>
            </Typography.Paragraph>
          ))}
        </>
      )}
      {pauses.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            不计入办案期限的期间
          </Typography.Title>
          <List
            size="small"
            dataSource={pauses}
            data-testid="case-pauses"
            renderItem={(p) => (
              <List.Item
                actions={
                  p.voided
                    ? []
                    : [
                        p.endDate === null && actions.onEndPause && (
                          <Button key="end" size="small" type="link" onClick={() => actions.onEndPause?.(p)} data-testid="case-pause-end-button">
                            登记结束
                          </Button>
                        ),
                        actions.onVoidPause && (
                          <Button key="void" size="small" type="link" danger onClick={() => actions.onVoidPause?.(p)}>
                            作废
                          </Button>
                        ),
                      ].filter(Boolean)
                }
              >
                <Flex vertical style={{ opacity: p.voided ? 0.5 : 1 }}>
                  <span>
                    <Tag>{CASE_PAUSE_KINDS[p.kind]}</Tag>
                    {p.startDate} 至 {p.endDate ?? '（尚未结束）'}
                    {p.voided && <Tag style={{ marginLeft: 8 }}>已作废</Tag>}
                  </span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {p.voided ? `作废原因：${p.voided.reason}` : p.reason}
                  </Typography.Text>
                </Flex>
              </List.Item>
            )}
          />
        </>
      )}
    </Card>
  )
}
