import { Card, Descriptions, Typography } from 'antd'
import type { CaseRecord } from '../../../../../shared/api/case-types'
import { EARLY_STOP_CONDITIONS, PUBLICATION_CHANNELS } from '../../../../../shared/domain/cases'
import { PublicationTag } from '../case-format'

// 公示: whether the decision must be published, and what was recorded about it.

export function PublicationCard({ record: c }: { record: CaseRecord }) {
  const p = c.publication
  const due = c.deadlines.find((d) => d.kind === 'publication')
  return (
    <Card size="small" title="行政处罚信息公示" extra={<span data-testid="case-publication-tag"><PublicationTag state={c.publicationState} overdue={due !== undefined && !due.met && (due.left ?? 0) < 0} /></span>} data-testid="case-publication">
      {!p ? (
        <Typography.Text type="secondary">
          {c.mustPublish ? (c.decisionDate ? '尚未登记公示：作出决定之日起20个工作日内公示。' : '作出处罚决定后20个工作日内公示。') : '简易程序或仅给予警告的处罚决定无需公示。'}
        </Typography.Text>
      ) : (
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'on', label: '公示日期', children: p.publishedOn },
            { key: 'channel', label: '公示渠道', children: PUBLICATION_CHANNELS[p.channel] },
            { key: 'by', label: '公示人', children: p.publishedBy },
            ...(p.withdrawnOn ? [{ key: 'withdrawn', label: '撤下', children: `${p.withdrawnOn}：${p.withdrawReason}` }] : []),
            ...(p.earlyStopOn ? [{ key: 'early', label: '提前停止', children: <>{p.earlyStopOn}<br />{p.earlyStopConditions.map((k) => EARLY_STOP_CONDITIONS[k]).join('；')}</> }] : []),
          ]}
        />
      )}
    </Card>
  )
}
