import { useState } from 'react'
import { Alert, App as AntApp, Button, Card, Flex, Form, Input, Select, Table, Tag, Typography } from 'antd'
import { LinkOutlined } from '@ant-design/icons'
import type { ColumnsType } from 'antd/es/table'
import { Link } from 'react-router'
import type { Campaign, CampaignLink } from '../../../../shared/api/campaign-types'
import { formatLocalTime } from '../../../../shared/rules/local-time'
import { invoke } from '../../api/client'
import { useFormSubmit } from '../../api/use-form-submit'
import { ReasonDialog } from '../../components/ReasonDialog'
import { todayText } from '../../components/today'
import { useCan } from '../auth/can'

// 关联记录: the seizures (案件来源 专项行动) and destruction batches of this campaign, found by 登记号 or 批次号. Their
// figures (件数, 货值, 销毁重量) fill the report items marked 台账自动, per 承办单位. A removed link keeps its reason.

type RecordType = CampaignLink['recordType']
const TYPES: Record<RecordType, string> = { seizure: '查扣记录', destruction_batch: '销毁批次' }
const TYPE_OPTIONS = (Object.keys(TYPES) as RecordType[]).map((k) => ({ value: k, label: TYPES[k] }))
const YEAR = todayText().slice(0, 4)
const pathOf = (l: CampaignLink) => (l.recordType === 'seizure' ? `/seizures/${l.recordId}` : `/destructions/batches/${l.recordId}`)

interface Values {
  recordType: RecordType
  number: string
}

export function LinksTab({ campaign: c, live, onChanged }: { campaign: Campaign; live: boolean; onChanged(c: Campaign): void }) {
  const can = useCan()
  const { message } = AntApp.useApp()
  const [form] = Form.useForm<Values>()
  const { busy, banner, setBanner, run, formProps } = useFormSubmit(form)
  const [removing, setRemoving] = useState<CampaignLink | null>(null)
  const recordType = Form.useWatch('recordType', form) ?? 'seizure'
  const mayAdd = live && can('campaigns.links.add')

  const add = (v: Values) =>
    void run(async () => {
      onChanged(await invoke('campaigns.links.add', { campaignId: c.id, recordType: v.recordType, number: v.number.trim() }))
      message.success(`已关联${TYPES[v.recordType]} ${v.number.trim()}`)
      form.setFieldsValue({ number: '' })
    })

  const columns: ColumnsType<CampaignLink> = [
    { title: '类型', dataIndex: 'recordType', width: 90, render: (t: RecordType) => TYPES[t] },
    {
      title: '登记号/批次号',
      key: 'number',
      width: 140,
      render: (_v, l) => (
        <>
          <Link to={pathOf(l)}>{l.number}</Link>
          {l.recordVoided && <Tag style={{ marginLeft: 6 }}>已作废</Tag>}
        </>
      ),
    },
    { title: '当事人/地点', dataIndex: 'description', minWidth: 180 },
    { title: '承办单位', dataIndex: 'unit', width: 150 },
    { title: '状态', dataIndex: 'state', width: 100 },
    { title: '关联时间', dataIndex: 'linkedAt', width: 170, render: (at: string) => formatLocalTime(at) },
    { title: '关联人', dataIndex: 'linkedByName', width: 90 },
    ...(live && can('campaigns.links.remove')
      ? [
          {
            title: '操作',
            key: 'ops',
            width: 90,
            render: (_v: unknown, l: CampaignLink) => (
              <Button size="small" type="link" danger onClick={() => setRemoving(l)} data-testid={`link-remove-${l.number}`}>
                取消关联
              </Button>
            ),
          },
        ]
      : []),
  ]

  return (
    <Flex vertical gap={12}>
      {mayAdd && (
        <Card size="small" title="关联记录">
          <Form<Values> form={form} layout="inline" initialValues={{ recordType: 'seizure', number: '' }} onFinish={add} disabled={busy} {...formProps} data-testid="link-form">
            <Form.Item name="recordType" label="记录类型">
              <Select options={TYPE_OPTIONS} style={{ width: 130 }} data-testid="link-type" />
            </Form.Item>
            <Form.Item name="number" label={recordType === 'seizure' ? '登记号' : '批次号'} rules={[{ required: true, whitespace: true, message: recordType === 'seizure' ? '请填写登记号' : '请填写批次号' }]}>
              <Input data-testid="link-number" maxLength={30} style={{ width: 200 }} placeholder={recordType === 'seizure' ? `如 ${YEAR}-0012` : `如 ${YEAR}-XH-001`} />
            </Form.Item>
            <Button type="primary" htmlType="submit" icon={<LinkOutlined />} loading={busy} data-testid="link-add">
              关联
            </Button>
          </Form>
          {banner && <Alert type="error" showIcon closable={{ onClose: () => setBanner(null) }} title={banner} style={{ marginTop: 12 }} data-testid="link-error" />}
          <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
            只有案件来源为“专项行动”的查扣记录可以关联；一条记录只能关联一个专项行动。关联记录的件数、货值和销毁重量按承办单位计入各单位的“台账自动”项目。
          </Typography.Text>
        </Card>
      )}
      <Table<CampaignLink>
        data-testid="link-table"
        rowKey="id"
        size="small"
        bordered
        pagination={false}
        dataSource={c.links}
        columns={columns}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: '还没有关联的查扣记录或销毁批次' }}
      />
      {removing && (
        <ReasonDialog<Campaign>
          title={`取消关联：${TYPES[removing.recordType]} ${removing.number}`}
          intro={<Typography.Paragraph>取消后该记录不再计入本活动的统计数字（已报送的数字不变）；关联和取消的经过仍记录在两边的修改记录中。</Typography.Paragraph>}
          label="取消原因"
          placeholder="例如：登记号填错，应为 2027-0013"
          oneLine
          okText="取消关联"
          danger
          success="已取消关联"
          submit={(reason) => invoke('campaigns.links.remove', { campaignId: c.id, linkId: removing.id, reason })}
          testId="link-remove-dialog"
          onDone={(next) => {
            onChanged(next)
            setRemoving(null)
          }}
          onClose={() => setRemoving(null)}
        />
      )}
    </Flex>
  )
}
