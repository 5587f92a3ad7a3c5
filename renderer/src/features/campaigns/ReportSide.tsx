import { Card, Empty, Timeline, Typography } from 'antd'
import type { UnitReport } from '../../../../shared/api/campaign-types'
import type { CampaignKind } from '../../../../shared/domain/campaigns'
import { formNotes } from '../../../../shared/domain/campaigns'
import { formatLocalTime } from '../../../../shared/rules/local-time'

// Beside a unit's form: how to fill it (the notes printed at the foot of the form) and the report's steps —
// saved, sent, returned with the lead office's comment, locked.

const STEP_TEXT = { save: '保存草稿', submit: '报送', return: '退回', lock: '锁定统计数字' } as const
const STEP_COLOR = { save: 'gray', submit: 'green', return: 'orange', lock: 'blue' } as const

export function ReportSide({ report, kind }: { report: UnitReport; kind: CampaignKind }) {
  const notes = formNotes(kind)
  return (
    <>
      <Card size="small" title="填报说明" style={{ marginBottom: 12 }}>
        <ol style={{ paddingLeft: 20, margin: 0 }}>
          <li>只填写整数；不填的数量项目报送时按0计。</li>
          <li>标有“台账自动”的项目由关联本活动的查扣记录、销毁批次和典型案例自动统计，不用填写。</li>
          <li>报送后不能再修改；如需更正，请牵头单位退回。</li>
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ol>
      </Card>
      <Card size="small" title="填报记录" data-testid="report-steps">
        {report.steps.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="还没有填报" />
        ) : (
          <Timeline
            items={report.steps.map((s, i) => ({
              key: i,
              color: STEP_COLOR[s.action],
              content: (
                <span>
                  {formatLocalTime(s.at)} {s.byName} {STEP_TEXT[s.action]}
                  {s.action !== 'lock' && s.text && s.text !== STEP_TEXT[s.action] ? <Typography.Text type="secondary">：{s.text}</Typography.Text> : null}
                </span>
              ),
            }))}
          />
        )}
      </Card>
    </>
  )
}
