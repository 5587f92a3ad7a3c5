import { useState } from 'react'
import { Alert, Button, Flex, Space, Switch, Table, Tag, Tooltip, Typography } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import type { Account } from '../../../../shared/api/accounts'
import { ROLE_LABELS, type Role } from '../../../../shared/domain/roles'
import { invoke } from '../../api/client'
import { useLoad } from '../../api/use-load'
import { RecordHistoryButton } from '../audit/RecordHistory'
import { useSession } from '../auth/session'
import { AccountStatus, formatTime } from './AccountStatus'
import { CreateAccountDialog } from './CreateAccountDialog'
import { EditAccountDialog } from './EditAccountDialog'
import { ResetPasswordDialog } from './ResetPasswordDialog'
import { UnlockAccountDialog } from './UnlockAccountDialog'
import { VoidAccountDialog } from './VoidAccountDialog'

// 账号管理: who may log in, with which roles; new accounts, resets, unlocking and voiding.

type Dialog = { kind: 'create' } | { kind: 'edit' | 'reset' | 'unlock' | 'void'; account: Account }

export function AccountsPage() {
  const { user } = useSession()
  const [includeVoided, setIncludeVoided] = useState(false)
  const { data: rows, error, reload } = useLoad(() => invoke('accounts.list', { includeVoided }), [includeVoided])
  const [dialog, setDialog] = useState<Dialog | null>(null)

  // Closing reloads too: a dialog refused as 已被他人修改 is closed to see the newer copy.
  const close = () => {
    setDialog(null)
    reload()
  }

  const actions = (a: Account) => {
    if (a.voided) return <RecordHistoryButton recordType="user" recordId={a.id} title={a.name} />
    const self = a.id === user.id
    return (
      <Space size={4} wrap>
        <Button size="small" onClick={() => setDialog({ kind: 'edit', account: a })}>
          编辑
        </Button>
        <Tooltip title={self ? '本人的密码请用右上角的“修改密码”修改' : undefined}>
          <Button size="small" disabled={self} onClick={() => setDialog({ kind: 'reset', account: a })}>
            重置密码
          </Button>
        </Tooltip>
        {a.locked && (
          <Button size="small" onClick={() => setDialog({ kind: 'unlock', account: a })}>
            解除锁定
          </Button>
        )}
        <Tooltip title={self ? '不能作废自己正在使用的账号' : undefined}>
          <Button size="small" danger disabled={self} onClick={() => setDialog({ kind: 'void', account: a })}>
            作废
          </Button>
        </Tooltip>
        <RecordHistoryButton recordType="user" recordId={a.id} title={a.name} />
      </Space>
    )
  }

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center">
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
          新建账号
        </Button>
        <Space>
          <Typography.Text>显示已作废</Typography.Text>
          <Switch checked={includeVoided} onChange={setIncludeVoided} aria-label="显示已作废" />
        </Space>
      </Flex>
      {error && <Alert type="error" showIcon title={error} />}
      <Table<Account>
        data-testid="accounts-table"
        rowKey="id"
        size="small"
        loading={rows === null && !error}
        dataSource={rows ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: '没有账号' }}
        onRow={(a) => (a.voided ? { style: { color: 'rgba(0, 0, 0, 0.45)' } } : {})}
        columns={[
          { title: '登录名', dataIndex: 'login', width: 120 },
          {
            title: '姓名',
            dataIndex: 'name',
            width: 130,
            render: (name: string, a) => (
              <>
                {name}
                {a.id === user.id && (
                  <Tag color="blue" style={{ marginLeft: 6 }}>
                    本人
                  </Tag>
                )}
              </>
            ),
          },
          {
            title: '角色',
            dataIndex: 'roles',
            render: (roles: Role[]) => (
              <Flex wrap gap={4}>
                {roles.map((r) => (
                  <Tag key={r}>{ROLE_LABELS[r]}</Tag>
                ))}
              </Flex>
            ),
          },
          { title: '状态', key: 'status', render: (_: unknown, a) => <AccountStatus account={a} /> },
          { title: '最近登录', dataIndex: 'lastLoginAt', width: 140, render: (t: string | null) => (t ? formatTime(t) : '从未登录') },
          { title: '操作', key: 'actions', width: 370, render: (_: unknown, a) => actions(a) },
        ]}
      />
      {dialog?.kind === 'create' && <CreateAccountDialog onClose={close} />}
      {dialog?.kind === 'edit' && <EditAccountDialog account={dialog.account} self={dialog.account.id === user.id} onClose={close} />}
      {dialog?.kind === 'reset' && <ResetPasswordDialog account={dialog.account} onClose={close} />}
      {dialog?.kind === 'unlock' && <UnlockAccountDialog account={dialog.account} onClose={close} />}
      {dialog?.kind === 'void' && <VoidAccountDialog account={dialog.account} onClose={close} />}
    </Flex>
  )
}
