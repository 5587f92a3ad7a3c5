import { Flex, Tag, Typography } from 'antd'
import type { Account } from '../../../../shared/api/accounts'
import { formatLocalTime } from '../../../../shared/rules/local-time'

export const formatTime = (t: string): string => formatLocalTime(t)

/** 状态: 启用/停用/已作废, and whether the account is locked or must change its password. */
export function AccountStatus({ account: a }: { account: Account }) {
  if (a.voided) {
    return (
      <Flex vertical gap={2} align="start">
        <Tag color="red">已作废</Tag>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          原因：{a.voided.reason}
          <br />
          {a.voided.byName} 于 {formatTime(a.voided.at)} 作废
        </Typography.Text>
      </Flex>
    )
  }
  return (
    <Flex wrap gap={4}>
      {a.active ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>}
      {a.locked && a.lockedUntil && <Tag color="orange">已锁定至 {formatTime(a.lockedUntil)}</Tag>}
      {a.mustChangePassword && <Tag color="gold">须改密码</Tag>}
    </Flex>
  )
}
