import { Card, Descriptions, Typography } from 'antd'
import { useSession } from '../auth/session'

/** 关于: program and database versions, and where the data lives. */
export function AboutCard() {
  const { info } = useSession()
  return (
    <Card title="关于">
      <Descriptions column={1} size="small">
        <Descriptions.Item label="程序版本">{info.version}</Descriptions.Item>
        <Descriptions.Item label="数据库结构版本">{info.schemaVersion}</Descriptions.Item>
        <Descriptions.Item label="数据目录">
          <Typography.Text copyable>{info.dataDir}</Typography.Text>
        </Descriptions.Item>
      </Descriptions>
    </Card>
  )
}
