import { useState } from 'react'
import { Alert, Button, Card, Descriptions, Flex, Form, Input, Spin, Table, Tag, Typography } from 'antd'
import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons'
import { useNavigate, useParams } from 'react-router'
import type { TypicalCollection, TypicalEntryRow } from '../../../../shared/api/typical-types'
import { TYPICAL_CHANNELS } from '../../../../shared/domain/typical-cases'
import { invoke } from '../../api/client'
import { useLoad } from '../../api/use-load'
import { DateField } from '../../components/DateField'
import { FormDialog } from '../../components/FormDialog'
import { dateRules } from '../../components/form-rules'
import { todayText } from '../../components/today'
import { useCan } from '../auth/can'
import { CollectionDialog } from './CollectionDialog'
import { CollectionDocuments } from './CollectionDocuments'
import { NominateDialog } from './NominateDialog'
import { PublishDialog } from './PublishDialog'
import { CollectionStatusTag, EntryStatusTag } from './typical-format'

// One collection: its cases in order with their state (a returned draft shows the approver's comment), 推选,
// 发布 once every case is finalised, and 撤回 with a reason — asked for, with the day, when a case's decision is
// revoked after publication.

function WithdrawDialog({ k, onDone, onClose }: { k: TypicalCollection; onDone(k: TypicalCollection): void; onClose(): void }) {
  const [form] = Form.useForm<{ date: string | null; reason: string }>()
  return (
    <FormDialog
      title={`撤回：${k.name}`}
      okText="撤回"
      danger
      form={form}
      initialValues={{ date: todayText(), reason: '' }}
      submit={(v) => invoke('typical.collections.withdraw', { id: k.id, version: k.version, date: v.date ?? '', reason: v.reason })}
      success="案例集已撤回"
      onDone={onDone}
      onClose={onClose}
      testId="withdraw-dialog"
      submitTestId="withdraw-submit"
    >
      <Form.Item name="date" label="撤回日期" rules={dateRules('撤回日期', { notFuture: true, notBefore: k.publishedOn ? [k.publishedOn, '发布日期'] : undefined })}>
        <DateField data-testid="withdraw-date" />
      </Form.Item>
      <Form.Item name="reason" label="撤回原因" rules={[{ required: true, whitespace: true, message: '请填写撤回原因' }]}>
        <Input.TextArea data-testid="withdraw-reason" autoSize={{ minRows: 2 }} maxLength={500} placeholder="如 案件的处罚决定被撤销" />
      </Form.Item>
    </FormDialog>
  )
}

export function CollectionPage() {
  const { id = '' } = useParams()
  const navigate = useNavigate()
  const can = useCan()
  const [dialog, setDialog] = useState<'nominate' | 'publish' | 'withdraw' | 'edit' | null>(null)
  const { data: k, error, reload, setData } = useLoad(() => invoke('typical.collections.get', { id }), [id])
  if (error) return <Alert type="error" showIcon title={error} style={{ margin: 24 }} />
  if (!k) return <Spin style={{ margin: 48 }} />
  const open = k.status === 'open'
  const allFinal = k.entries.length > 0 && k.entries.every((e) => e.status === 'final')
  const done = (next: TypicalCollection) => {
    setData(next)
    setDialog(null)
  }
  return (
    <Flex vertical gap={12} style={{ padding: '16px 24px' }} data-testid="typical-collection">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Flex align="center" gap={8}>
          <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate('/typical')} aria-label="返回" />
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="collection-title">
            {k.name}
          </Typography.Title>
          <CollectionStatusTag status={k.status} testId="collection-status" />
        </Flex>
        <Flex gap={8}>
          {open && can('typical.collections.update') && (
            <Button data-testid="collection-edit" onClick={() => setDialog('edit')}>
              修改名称和导语
            </Button>
          )}
          {open && can('typical.nominate') && (
            <Button icon={<PlusOutlined />} data-testid="collection-nominate" onClick={() => setDialog('nominate')}>
              推选案件
            </Button>
          )}
          {open && can('typical.collections.publish') && (
            <Button type="primary" disabled={!allFinal} title={allFinal ? undefined : '每个案例都定稿后才能发布'} data-testid="collection-publish" onClick={() => setDialog('publish')}>
              发布
            </Button>
          )}
          {k.status === 'published' && can('typical.collections.withdraw') && (
            <Button danger data-testid="collection-withdraw" onClick={() => setDialog('withdraw')}>
              撤回
            </Button>
          )}
        </Flex>
      </Flex>
      {k.withdrawal && (
        <Alert
          type="error"
          showIcon
          data-testid="collection-withdrawal"
          title={`案件 ${k.withdrawal.caseNos.join('、')} 的处罚决定已被变更或撤销：请于 ${k.withdrawal.due} 前撤回本案例集（${k.withdrawal.words}${k.withdrawal.provisional ? '，暂按周一至周五计算' : ''}）`}
          description="与案件的处罚信息公示一样，应在决定变更或撤销后3个工作日内撤下（《市场监督管理行政处罚信息公示规定》第十一条）。"
          action={
            can('typical.collections.withdraw') ? (
              <Button danger onClick={() => setDialog('withdraw')} data-testid="collection-withdrawal-withdraw">
                撤回
              </Button>
            ) : undefined
          }
        />
      )}
      {open && k.entries.some((e) => e.revokedOn) && (
        <Alert type="warning" showIcon data-testid="collection-revoked" title="有案件的处罚决定已被变更或撤销：请打开该案例“撤下”，否则案例集不能发布" />
      )}
      <Card size="small">
        <Descriptions
          size="small"
          column={3}
          items={[
            { key: 'year', label: '年度', children: `${k.year}年` },
            { key: 'pub', label: '发布', children: k.publishedOn ? `${k.publishedOn} · ${k.channel ? TYPICAL_CHANNELS[k.channel] : ''}` : '未发布' },
            ...(k.withdrawnOn ? [{ key: 'wd', label: '撤回', children: `${k.withdrawnOn}：${k.withdrawReason}` }] : []),
            { key: 'intro', label: '导语', span: 3, children: k.intro || <Typography.Text type="secondary">（无）</Typography.Text> },
          ]}
        />
      </Card>
      <Table<TypicalEntryRow>
        size="small"
        rowKey="id"
        data-testid="entry-table"
        dataSource={k.entries}
        pagination={false}
        onRow={(r) => ({ onClick: () => navigate(`/typical/entries/${r.id}`), style: { cursor: 'pointer' } })}
        columns={[
          { key: 'position', dataIndex: 'position', title: '序号', width: 60 },
          { key: 'title', dataIndex: 'title', title: '标题', render: (v: string) => <Typography.Text strong>{v}</Typography.Text> },
          { key: 'caseNo', dataIndex: 'caseNo', title: '案件编号', width: 110 },
          { key: 'decisionNo', dataIndex: 'decisionNo', title: '决定书文号', width: 180 },
          {
            key: 'status',
            title: '状态',
            width: 150,
            render: (_v, r) => (
              <>
                <EntryStatusTag status={r.status} testId="entry-row-status" />
                {r.revokedOn && (
                  <Tag color="red" data-testid="entry-row-revoked">
                    决定已撤销 {r.revokedOn}
                  </Tag>
                )}
              </>
            ),
          },
          { key: 'comment', title: '退回意见', width: 220, ellipsis: true, render: (_v, r) => (r.returnComment ? <Typography.Text type="warning">{r.returnComment}</Typography.Text> : null) },
        ]}
      />
      {k.entries.length > 0 && k.status !== 'withdrawn' && <CollectionDocuments collection={k} />}
      {dialog === 'nominate' && (
        <NominateDialog
          collectionId={k.id}
          taken={new Set(k.entries.map((e) => e.caseId))}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null)
            reload()
          }}
        />
      )}
      {dialog === 'publish' && <PublishDialog collection={k} onDone={done} onClose={() => setDialog(null)} />}
      {dialog === 'edit' && <CollectionDialog collection={k} onDone={(_id, next) => done(next)} onClose={() => setDialog(null)} />}
      {dialog === 'withdraw' && <WithdrawDialog k={k} onDone={done} onClose={() => setDialog(null)} />}
    </Flex>
  )
}
