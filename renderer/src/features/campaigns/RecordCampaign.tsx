import { FlagOutlined } from '@ant-design/icons'
import { Typography } from 'antd'
import { Link } from 'react-router'
import { invoke } from '../../api/client'
import { useLoad } from '../../api/use-load'

// On a seizure's or a destruction batch's page: the campaign it is linked to, opening the campaign. Nothing
// when it is linked to none.

export function RecordCampaign({ recordType, recordId }: { recordType: 'seizure' | 'destruction_batch'; recordId: string }) {
  const { data } = useLoad(() => invoke('campaigns.forRecord', { recordType, recordId }), [recordType, recordId])
  if (!data) return null
  return (
    <Typography.Paragraph style={{ margin: '-8px 0 12px' }} data-testid="record-campaign">
      <FlagOutlined style={{ marginRight: 6, color: '#1677ff' }} />
      <Link to={`/campaigns/${data.campaignId}`}>
        专项行动：{data.name}（{data.campaignNo}）
      </Link>
    </Typography.Paragraph>
  )
}
