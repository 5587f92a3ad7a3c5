import { useState } from 'react'
import { Alert, App as AntApp, Button, Card, Space, Table, Tag, Typography } from 'antd'
import type { HolidayYear } from '../../../../shared/api/holidays'
import { invoke } from '../../api/client'
import { useLoad } from '../../api/use-load'
import { useCan } from '../auth/can'
import { RecordHistoryButton } from '../audit/RecordHistory'
import { formatDateList } from './date-list'
import { HolidayYearDialog } from './HolidayYearDialog'

// 设置 → 节假日: the years the working-day deadlines count on. A year missing here is counted Monday–Friday and
// its deadlines are marked 暂按周一至周五计算 until it is entered.

export function HolidaysPage() {
  const can = useCan()
  const { message } = AntApp.useApp()
  const { data, error, setData, reload } = useLoad(() => invoke('holidays.list', {}), [])
  const [editing, setEditing] = useState<HolidayYear | 'new' | null>(null)
  const nextYear = new Date().getFullYear() + 1
  const missingNext = data !== null && !data.some((y) => y.year === nextYear)

  return (
    <Card
      title="节假日安排"
      extra={
        can('holidays.save') && (
          <Button type="primary" onClick={() => setEditing('new')} data-testid="holiday-new">
            录入新年份
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">
        工作日 = 周一至周五，减去法定放假日，加上调休上班日。公示、撤下等按工作日计算的期限都按这里的安排计算。
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      {missingNext && <Alert type="warning" showIcon title={`尚未录入${nextYear}年的节假日安排：落在${nextYear}年的期限暂按周一至周五计算。国务院办公厅通知发布后请及时录入。`} style={{ marginBottom: 16 }} />}
      <Table<HolidayYear>
        rowKey="year"
        loading={!data && !error}
        dataSource={data ?? []}
        pagination={false}
        size="middle"
        columns={[
          { title: '年份', dataIndex: 'year', width: 80 },
          { title: '放假', render: (_v, y) => `${y.off.length}天`, width: 70 },
          { title: '调休上班', render: (_v, y) => `${y.work.length}天`, width: 90 },
          {
            title: '日期',
            render: (_v, y) => (
              <Typography.Text style={{ whiteSpace: 'pre-line', fontSize: 12 }}>
                放假：{formatDateList(y.off).split('\n').join('，')}
                {y.work.length > 0 && `\n上班：${y.work.join('，')}`}
              </Typography.Text>
            ),
          },
          {
            title: '来源',
            render: (_v, y) => (
              <Space direction="vertical" size={0}>
                {y.origin === 'built_in' ? <Tag>随程序提供</Tag> : <Tag color="blue">已录入</Tag>}
                <Typography.Text type="secondary" style={{ fontSize: 12, wordBreak: 'break-all' }}>
                  {y.source}
                </Typography.Text>
                {y.updatedByName && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{`${y.updatedByName} ${y.updatedAt?.slice(0, 10) ?? ''}`}</Typography.Text>}
              </Space>
            ),
            width: 260,
          },
          {
            title: '',
            width: 150,
            render: (_v, y) => (
              <Space>
                {can('holidays.save') && (
                  <Button size="small" onClick={() => setEditing(y)}>
                    更正
                  </Button>
                )}
                <RecordHistoryButton recordType="holiday_year" recordId={String(y.year)} title={`${y.year}年节假日安排`} />
              </Space>
            ),
          },
        ]}
      />
      {editing && (
        <HolidayYearDialog
          year={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onDone={(saved) => {
            setEditing(null)
            message.success(`${saved.year}年节假日安排已保存${saved.recomputed > 0 ? `，重新计算了 ${saved.recomputed} 条记录的期限` : ''}`)
            if (data) setData([...data.filter((y) => y.year !== saved.year), saved].sort((a, b) => a.year - b.year))
            else reload()
          }}
        />
      )}
    </Card>
  )
}
