import { useState } from 'react'
import { Button, Flex, Form, List, Select, Typography } from 'antd'
import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons'
import type { TypicalCollection } from '../../../../shared/api/typical-types'
import { TYPICAL_CHANNELS, type TypicalChannel } from '../../../../shared/domain/typical-cases'
import { invoke } from '../../api/client'
import { DateField } from '../../components/DateField'
import { FormDialog } from '../../components/FormDialog'
import { dateRules } from '../../components/form-rules'
import { todayText } from '../../components/today'

// 发布: the date, the channel and the order the collection prints its cases in; every case must be finalised.

interface Values {
  publishedOn: string | null
  channel: TypicalChannel | undefined
}

export function PublishDialog({ collection, onDone, onClose }: { collection: TypicalCollection; onDone(k: TypicalCollection): void; onClose(): void }) {
  const [form] = Form.useForm<Values>()
  const [order, setOrder] = useState(collection.entries)
  const move = (i: number, by: number) =>
    setOrder((o) => {
      const next = [...o]
      const [e] = next.splice(i, 1)
      next.splice(i + by, 0, e!)
      return next
    })
  return (
    <FormDialog<Values, TypicalCollection>
      title={`发布：${collection.name}`}
      okText="发布"
      width={640}
      form={form}
      initialValues={{ publishedOn: todayText(), channel: undefined }}
      submit={(v) => invoke('typical.collections.publish', { id: collection.id, version: collection.version, publishedOn: v.publishedOn ?? '', channel: v.channel as TypicalChannel, order: order.map((e) => e.id) })}
      success="案例集已发布"
      onDone={onDone}
      onClose={onClose}
      testId="publish-dialog"
      submitTestId="publish-submit"
    >
      <Flex gap={16}>
        <Form.Item name="publishedOn" label="发布日期" rules={dateRules('发布日期', { notFuture: true })} style={{ flex: 1 }}>
          <DateField data-testid="publish-date" disabledDate={(d) => d > todayText()} />
        </Form.Item>
        <Form.Item name="channel" label="发布渠道" rules={[{ required: true, message: '请选择发布渠道' }]} style={{ flex: 1 }}>
          <Select data-testid="publish-channel" options={(Object.keys(TYPICAL_CHANNELS) as TypicalChannel[]).map((k) => ({ value: k, label: TYPICAL_CHANNELS[k] }))} />
        </Form.Item>
      </Flex>
      <Form.Item label="案例顺序" help="发布后案例集按此顺序排列">
        <List
          size="small"
          bordered
          data-testid="publish-order"
          dataSource={order}
          renderItem={(e, i) => (
            <List.Item
              actions={[
                <Button key="up" size="small" icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => move(i, -1)} aria-label="上移" data-testid={`publish-up-${i}`} />,
                <Button key="down" size="small" icon={<ArrowDownOutlined />} disabled={i === order.length - 1} onClick={() => move(i, 1)} aria-label="下移" />,
              ]}
            >
              <Typography.Text>
                {i + 1}. {e.title}
              </Typography.Text>
            </List.Item>
          )}
        />
      </Form.Item>
    </FormDialog>
  )
}
