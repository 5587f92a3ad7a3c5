import { Button, Card, Descriptions, Flex, Space, Tag, Typography } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import type { Seizure, TermExtension, TermPause } from '../../../../../shared/api/seizure-types'
import { PAUSE_KINDS } from '../../../../../shared/domain/seizures'
import { BASE_TERM_DAYS, PRESERVATION_WORKING_DAYS, pauseDays } from '../../../../../shared/rules/seizure-term'
import { formatTime, todayText } from './detail-format'
import { termSummary } from './term-summary'

// 期限: the last day of the term and how far off it is, first and large; then how it was reached (legal term,
// extension, testing periods not counted). Read-only for a voided record.

export interface TermActions {
  /** Undefined: the user may not approve extensions (审核领导 only) or the record is read-only. */
  onExtend?: () => void
  onAddPause?: () => void
  onEndPause?: (p: TermPause) => void
  onVoidPause?: (p: TermPause) => void
}

const TONE_COLOR = { danger: '#cf1322', warning: '#d46b08', success: '#389e0d', normal: 'rgba(0, 0, 0, 0.88)', muted: 'rgba(0, 0, 0, 0.45)' } as const

export function TermCard({ seizure: s, actions }: { seizure: Seizure; actions: TermActions }) {
  const summary = termSummary(s)
  const preservation = s.kind === 'preservation'
  const addPause = !preservation && actions.onAddPause
  return (
    <Card
      size="small"
      title="期限"
      data-testid="seizure-term"
      style={summary.tone === 'danger' ? { borderColor: '#ffa39e' } : undefined}
      extra={
        addPause && (
          <Button size="small" icon={<PlusOutlined />} onClick={addPause} data-testid="seizure-pause-add">
            登记检测鉴定期间
          </Button>
        )
      }
    >
      <div style={{ marginBottom: 12 }} data-testid="seizure-term-end">
        <Typography.Text type="secondary">期限届满日</Typography.Text>
        <div style={{ fontSize: 22, fontWeight: 600, lineHeight: 1.4 }}>{s.term.endDate ?? '暂停计算'}</div>
        <Typography.Text strong style={{ fontSize: 16, color: TONE_COLOR[summary.tone] }} data-testid="seizure-days-left">
          {summary.text}
        </Typography.Text>
        {s.term.provisional && (
          <div>
            <Typography.Text type="warning">（非工作日历年份，按周一至周五暂计）</Typography.Text>
          </div>
        )}
      </div>
      <Descriptions
        size="small"
        column={1}
        styles={{ label: { whiteSpace: 'nowrap', minWidth: 112 } }}
        items={[
          { key: 'decisionDate', label: '决定日期', children: s.decisionDate },
          {
            key: 'baseEnd',
            label: '法定期限届满',
            children: (
              <>
                {s.term.baseEnd}
                <Typography.Text type="secondary">（{preservation ? `${PRESERVATION_WORKING_DAYS}个工作日` : `${BASE_TERM_DAYS}日`}）</Typography.Text>
              </>
            ),
          },
          { key: 'extension', label: '延长', children: <ExtensionText seizure={s} onExtend={actions.onExtend} /> },
          ...(preservation ? [{ key: 'pauses', label: '检测鉴定期间', children: <Typography.Text type="secondary">不适用（先行登记保存）</Typography.Text> }] : []),
        ]}
      />
      {!preservation && (
        <div style={{ marginTop: 8 }}>
          <Typography.Text type="secondary">
            检测鉴定期间{s.term.pausedDays > 0 && `（共 ${s.term.pausedDays} 日不计入期限）`}：
          </Typography.Text>
          <PauseList pauses={s.pauses} actions={actions} />
        </div>
      )}
    </Card>
  )
}

function ExtensionText({ seizure: s, onExtend }: { seizure: Seizure; onExtend?: () => void }) {
  if (s.kind === 'preservation') return <Typography.Text type="secondary">不适用（先行登记保存应在七日内作出处理决定）</Typography.Text>
  if (s.extension) return <ExtensionFacts extension={s.extension} />
  if (!onExtend || s.status === 'disposed') return <Typography.Text type="secondary">未延长</Typography.Text>
  // Core says why it would refuse (e.g. the term has run out and the goods must be released).
  if (s.term.extensionBlocked) return <Typography.Text type="secondary">未延长（{s.term.extensionBlocked}）</Typography.Text>
  return (
    <Space size={8}>
      <Typography.Text type="secondary">未延长</Typography.Text>
      <Button size="small" onClick={onExtend} data-testid="seizure-extend">
        批准延长
      </Button>
    </Space>
  )
}

function ExtensionFacts({ extension: e }: { extension: TermExtension }) {
  return (
    <div data-testid="seizure-extension">
      <Typography.Text strong>延长 {e.days} 日</Typography.Text>
      <div>理由：{e.reason}</div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        书面告知 {e.noticeDate} · {e.approvedByName} 于 {formatTime(e.approvedAt)} 批准
      </Typography.Text>
    </div>
  )
}

function PauseList({ pauses, actions }: { pauses: TermPause[]; actions: TermActions }) {
  if (pauses.length === 0) return <Typography.Text type="secondary">无</Typography.Text>
  const today = todayText()
  return (
    <Flex vertical gap={6} style={{ width: '100%', marginTop: 4 }} data-testid="seizure-pauses">
      {pauses.map((p) => (
        <div key={p.id} data-testid="seizure-pause">
          <Flex gap={6} align="center" wrap>
            <Typography.Text delete={!!p.voided}>
              {PAUSE_KINDS[p.kind]} {p.endDate ? `${p.startDate} 至 ${p.endDate}` : `${p.startDate} 起`}
            </Typography.Text>
            {p.voided ? (
              <Tag>已作废</Tag>
            ) : p.endDate === null ? (
              <Tag color="orange">进行中</Tag>
            ) : (
              <Typography.Text type="secondary">（{pauseDays(p, today)}日）</Typography.Text>
            )}
            {!p.voided && p.endDate === null && actions.onEndPause && (
              <Button size="small" type="link" style={{ padding: 0 }} onClick={() => actions.onEndPause?.(p)} data-testid="seizure-pause-end">
                结束
              </Button>
            )}
            {!p.voided && actions.onVoidPause && (
              <Button size="small" type="link" danger style={{ padding: 0 }} onClick={() => actions.onVoidPause?.(p)} data-testid="seizure-pause-void">
                作废
              </Button>
            )}
          </Flex>
          {p.note && (
            <Typography.Text type="secondary" delete={!!p.voided} style={{ fontSize: 12 }}>
              {p.note}
            </Typography.Text>
          )}
          {p.voided && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                作废原因：{p.voided.reason}（{p.voided.byName} 于 {formatTime(p.voided.at)}）
              </Typography.Text>
            </div>
          )}
        </div>
      ))}
    </Flex>
  )
}
