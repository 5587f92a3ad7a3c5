import { Alert } from 'antd'
import type { Account } from '../../../../shared/api/accounts'
import { invoke } from '../../api/client'
import { ReasonDialog } from '../../components/ReasonDialog'

/** 作废账号: kept with its history, but it can no longer log in and its login name is not reused. */
export function VoidAccountDialog({ account, onClose }: { account: Account; onClose(): void }) {
  return (
    <ReasonDialog
      title={`作废账号：${account.name}（${account.login}）`}
      intro={
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="作废后不能恢复"
          description={`账号和它的修改记录仍然保留，但不能再登录；登录名“${account.login}”以后也不能再用于新账号。只是暂时不用的账号，请改用“编辑”停用。`}
        />
      }
      label="作废原因"
      placeholder="例如：调离本单位"
      okText="确认作废"
      danger
      submit={(reason) => invoke('accounts.void', { id: account.id, version: account.version, reason })}
      success={`已作废${account.name}的账号`}
      onClose={onClose}
    />
  )
}
