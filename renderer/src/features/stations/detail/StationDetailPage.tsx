import { useState } from 'react'
import { Alert, App as AntApp, Button, Card, Col, Descriptions, Flex, Row, Space, Spin, Table, Timeline, Typography } from 'antd'
import { ArrowLeftOutlined, EditOutlined, StopOutlined } from '@ant-design/icons'
import { useNavigate, useParams } from 'react-router'
import type { Station, StationReview } from '../../../../../shared/api/station-types'
import { STATION_CONDITIONS, STATION_FORMATS, STATION_STATUSES, STATION_TRANSITIONS, type StationStatus } from '../../../../../shared/domain/stations'
import { formatYuan } from '../../../../../shared/rules/decimal'
import { formatLocalTime } from '../../../../../shared/rules/local-time'
import { invoke } from '../../../api/client'
import { useLoad } from '../../../api/use-load'
import { ReasonDialog } from '../../../components/ReasonDialog'
import { RecordHistoryButton } from '../../audit/RecordHistory'
import { useCan } from '../../auth/can'
import { percent, ReviewResultTag, StationStatusTag } from '../station-format'
import { ReviewDialog } from './ReviewDialog'
import { StationStatusDialog } from './StationStatusDialog'
import { StationPhotos } from './StationPhotos'

// #/stations/<id>: one station — its facts, its state with every change, its yearly reviews; 修改, 状态变更,
// 年度考核 (a 不合格 result offers to put the station into 整改), 作废.

const ACTION_LABELS: Record<StationStatus, string> = { preparing: '', active: '列为在册', rectifying: '责令整改', revoked: '撤销' }
const yes = (b: boolean, since: string | null) => (b ? `是${since ? `（${since}起）` : ''}` : '否')

type Dialog = { kind: 'status'; to: StationStatus; reason?: string } | { kind: 'review'; review: StationReview | null } | { kind: 'void' }

export function StationDetailPage() {
  const { id = '' } = useParams()
  const navigate = useNavigate()
  const can = useCan()
  const { modal } = AntApp.useApp()
  const loaded = useLoad(() => invoke('stations.get', { id }), [id])
  const [dialog, setDialog] = useState<Dialog | null>(null)
  const s = loaded.data?.id === id ? loaded.data : null
  if (!s) return <div style={{ padding: 24 }}>{loaded.error ? <Alert type="error" showIcon title={loaded.error} /> : <Spin />}</div>
  const live = !s.voided
  const done = (next: Station) => {
    loaded.setData(next)
    setDialog(null)
  }
  const reviewed = (r: StationReview) => {
    setDialog(null)
    loaded.reload()
    if (r.result === 'fail' && s.status === 'active' && can('stations.status'))
      modal.confirm({
        title: `${r.year}年度考核不合格`,
        content: '是否责令该服务站整改（写明原因和期限）？',
        okText: '责令整改',
        cancelText: '暂不',
        onOk: () => setDialog({ kind: 'status', to: 'rectifying', reason: `${r.year}年度考核不合格` }),
      })
  }

  return (
    <div style={{ padding: 24 }} data-testid="station-detail">
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
        <Space align="center" size={12}>
          <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate('/stations')} aria-label="返回" />
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="station-title">
            {s.name}
          </Typography.Title>
          <StationStatusTag status={s.status} overdue={s.rectifyOverdue} voided={!live} />
          <Typography.Text type="secondary">{s.stationNo}</Typography.Text>
        </Space>
        <Space wrap>
          {live &&
            can('stations.status') &&
            STATION_TRANSITIONS[s.status].map((to) => (
              <Button key={to} danger={to === 'revoked'} onClick={() => setDialog({ kind: 'status', to })} data-testid={`station-to-${to}`}>
                {ACTION_LABELS[to]}
              </Button>
            ))}
          {live && can('stations.update') && (
            <Button icon={<EditOutlined />} onClick={() => navigate(`/stations/${s.id}/edit`)} data-testid="station-edit">
              修改
            </Button>
          )}
          <RecordHistoryButton recordType="station" recordId={s.id} title={s.name} size="middle" />
          {live && can('stations.void') && (
            <Button danger icon={<StopOutlined />} onClick={() => setDialog({ kind: 'void' })} data-testid="station-void">
              作废
            </Button>
          )}
        </Space>
      </Flex>
      {s.voided && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={`本记录已作废：${s.voided.reason}`} description={`${s.voided.byName} 于 ${formatLocalTime(s.voided.at)} 作废。`} />}
      {s.status === 'rectifying' && (
        <Alert
          type={s.rectifyOverdue ? 'error' : 'warning'}
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="station-rectify"
          title={`整改中，期限 ${s.rectifyDue}${s.rectifyOverdue ? '（已逾期）' : ''}`}
          description={s.rectifyReason}
        />
      )}
      <Row gutter={16}>
        <Col span={15}>
          <Card size="small" title="基本信息">
            <Descriptions
              size="small"
              column={2}
              items={[
                { key: 'host', label: '依托经营者', children: s.hostName || '—' },
                { key: 'code', label: '统一社会信用代码', children: `${s.hostCreditCode || '—'}${s.hostCodeUnverified ? '（校验位不符，已确认）' : ''}` },
                { key: 'format', label: '业态', children: STATION_FORMATS[s.format] },
                { key: 'unit', label: '监管所', children: s.unit },
                { key: 'address', label: '地址', span: 2, children: s.address || '—' },
                { key: 'head', label: '站长', children: s.head || '—' },
                { key: 'phone', label: '联系电话', children: s.phone || '—' },
                { key: 'staff', label: '人员', children: `专职 ${s.staffFull} 人，兼职 ${s.staffPart} 人` },
                { key: 'dates', label: '设立 / 授牌', children: `${s.setUpOn ?? '—'} / ${s.plaqueOn ?? '—'}` },
                { key: 'odr', label: 'ODR企业', children: yes(s.odr, s.odrSince) },
                { key: 'returns', label: '线下无理由退货承诺', children: yes(s.noReasonReturns, s.returnsSince) },
                { key: 'cond', label: '具备的条件', span: 2, children: s.conditions.map((c) => STATION_CONDITIONS[c]).join('、') || '—' },
                ...(s.notes ? [{ key: 'notes', label: '备注', span: 2, children: s.notes }] : []),
              ]}
            />
          </Card>
          <Card
            size="small"
            title="年度考核"
            style={{ marginTop: 16 }}
            extra={
              live &&
              can('stations.review.save') && (
                <Button size="small" type="primary" onClick={() => setDialog({ kind: 'review', review: null })} data-testid="station-review-new">
                  登记考核结果
                </Button>
              )
            }
          >
            <Table<StationReview>
              size="small"
              rowKey="id"
              data-testid="station-reviews"
              dataSource={s.reviews}
              pagination={false}
              locale={{ emptyText: '尚无考核记录' }}
              columns={[
                { key: 'year', dataIndex: 'year', title: '年度', width: 70 },
                { key: 'received', dataIndex: 'received', title: '受理', width: 60 },
                { key: 'handled', dataIndex: 'handled', title: '办结', width: 60 },
                { key: 'mediated', dataIndex: 'mediated', title: '调解成功', width: 80 },
                { key: 'rate', title: '成功率', width: 80, render: (_v, r) => percent(r.successRate) },
                { key: 'money', title: '挽回损失（元）', width: 120, align: 'right', render: (_v, r) => formatYuan(r.recoveredFen) },
                { key: 'result', title: '结果', width: 80, render: (_v, r) => <ReviewResultTag result={r.result} /> },
                { key: 'by', dataIndex: 'reviewer', title: '考核人', width: 90 },
                {
                  key: 'edit',
                  title: '',
                  width: 60,
                  render: (_v, r) => live && can('stations.review.save') && <Button size="small" type="link" onClick={() => setDialog({ kind: 'review', review: r })}>更正</Button>,
                },
              ]}
            />
          </Card>
        </Col>
        <Col span={9}>
          <StationPhotos stationId={s.id} readOnly={!live} />
          <Card size="small" title="状态变更" style={{ marginTop: 16 }} data-testid="station-history">
            <Timeline
              items={s.history.map((h) => ({
                color: h.to === 'revoked' ? 'red' : h.to === 'rectifying' ? 'orange' : 'green',
                content: (
                  <span>
                    {h.date} {STATION_STATUSES[h.to]}
                    {h.dueDate ? `（期限 ${h.dueDate}）` : ''}
                    {h.reason ? `：${h.reason}` : ''}
                    <Typography.Text type="secondary"> · {h.byName}</Typography.Text>
                  </span>
                ),
              }))}
            />
          </Card>
        </Col>
      </Row>
      {dialog?.kind === 'status' && <StationStatusDialog station={s} to={dialog.to} presetReason={dialog.reason} onDone={done} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'review' && <ReviewDialog station={s} review={dialog.review} onDone={reviewed} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'void' && (
        <ReasonDialog
          title={`作废服务站记录：${s.name}`}
          intro={<Alert type="warning" showIcon style={{ marginBottom: 16 }} title="作废用于错录的记录；服务站不再运行请“撤销”。作废的记录不会被删除。" />}
          label="作废原因"
          oneLine
          okText="确认作废"
          danger
          placeholder="如：重复登记"
          success="已作废"
          submit={(reason) => invoke('stations.void', { id: s.id, version: s.version, reason })}
          onDone={done}
          onClose={() => setDialog(null)}
          testId="station-void-dialog"
        />
      )}
    </div>
  )
}
