import { useState } from 'react'
import { Alert, App as AntApp, Button, Card, Input, List, Select, Space, Spin, Typography } from 'antd'
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons'
import { invoke } from '../../../api/client'
import { useLoad } from '../../../api/use-load'
import { RecordHistoryButton } from '../../audit/RecordHistory'
import { useCan } from '../../auth/can'

// 设置 → 服务站: the supervising 市场监督管理所 a station may name, in the order the 名录 groups them. A 所
// taken off the list stays on the stations that name it; the import refuses it for new rows. And the month from
// which the 工作台 lists the stations without this year's review.

export function StationSettingsCard() {
  const can = useCan()
  const editable = can('stations.settings.update')
  const { message } = AntApp.useApp()
  const { data: s, error, setData } = useLoad(() => invoke('stations.settings.get', {}), [])
  const [name, setName] = useState('')
  const [failure, setFailure] = useState<string | null>(null)
  const save = async (units: string[], reviewMonth?: number) => {
    if (!s) return
    setFailure(null)
    try {
      setData(await invoke('stations.settings.update', { units, reviewMonth, version: s.version }))
      message.success('已保存')
      return true
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err))
      return false
    }
  }
  const units = s?.units ?? []
  const move = (i: number, by: number) => {
    const next = [...units]
    const [u] = next.splice(i, 1)
    next.splice(i + by, 0, u!)
    void save(next)
  }
  return (
    <Card title="监管所" data-testid="station-settings" extra={<RecordHistoryButton recordType="station_settings" recordId={null} title="服务站设置" />} style={{ maxWidth: 760 }}>
      <Typography.Paragraph type="secondary">服务站登记和表格导入时从这里选择监管所；服务站名录按这里的顺序分组。{editable ? '' : '（只有管理员可以修改）'}</Typography.Paragraph>
      {(error ?? failure) && <Alert type="error" showIcon title={error ?? failure} style={{ marginBottom: 12 }} />}
      {!s && !error ? (
        <Spin />
      ) : (
        <>
          <List
            size="small"
            bordered
            data-testid="station-units"
            dataSource={units}
            locale={{ emptyText: '尚未添加监管所' }}
            renderItem={(u, i) => (
              <List.Item
                actions={
                  editable
                    ? [
                        <Button key="up" size="small" type="text" icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => move(i, -1)} aria-label="上移" />,
                        <Button key="down" size="small" type="text" icon={<ArrowDownOutlined />} disabled={i === units.length - 1} onClick={() => move(i, 1)} aria-label="下移" />,
                        <Button key="del" size="small" type="text" danger icon={<DeleteOutlined />} onClick={() => void save(units.filter((x) => x !== u))} aria-label={`移除${u}`} />,
                      ]
                    : []
                }
              >
                {u}
              </List.Item>
            )}
          />
          <Space style={{ marginTop: 16, display: 'flex' }}>
            <Typography.Text>年度考核提醒：每年</Typography.Text>
            <Select
              style={{ width: 90 }}
              value={s?.reviewMonth}
              disabled={!editable}
              data-testid="station-review-month"
              onChange={(m: number) => void save(units, m)}
              options={Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: `${i + 1}月` }))}
            />
            <Typography.Text type="secondary">起，工作台列出尚未登记当年考核结果的服务站</Typography.Text>
          </Space>
          {editable && (
            <Space.Compact style={{ marginTop: 12, width: 420 }}>
              <Input data-testid="station-unit-name" value={name} maxLength={50} placeholder="如 城关市场监督管理所" onChange={(e) => setName(e.target.value)} onPressEnter={() => name.trim() && void save([...units, name.trim()]).then((ok) => ok && setName(''))} />
              <Button type="primary" disabled={!name.trim()} data-testid="station-unit-add" onClick={() => void save([...units, name.trim()]).then((ok) => ok && setName(''))}>
                添加
              </Button>
            </Space.Compact>
          )}
        </>
      )}
    </Card>
  )
}
