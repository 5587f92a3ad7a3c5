import { Alert, Descriptions } from 'antd'
import { Link } from 'react-router'
import { formatLocalTime } from '../../../../shared/rules/local-time'
import { invoke } from '../../api/client'
import { useLoad } from '../../api/use-load'

// 今日待办 for admins · 备份: the newest backup's age and the last 校验全部备份, warned when too old or wrong.
export function BackupHealth() {
  const { data, error } = useLoad(() => invoke('backup.health', {}), [])
  if (error) return <Alert type="error" showIcon title={error} />
  if (!data) return null
  const ago = (days: number | null, at: string | null) => (at === null ? '无' : `${formatLocalTime(at)}（${days === 0 ? '今天' : `${days}天前`}）`)
  return (
    <div data-testid="workbench-backup">
      {data.warnings.map((w) => (
        <Alert key={w} type="warning" showIcon title={w} style={{ marginBottom: 8 }} action={<Link to="/settings/backup">备份与恢复</Link>} />
      ))}
      <Descriptions
        size="small"
        column={2}
        items={[
          { key: 'b', label: '最近一次备份', children: ago(data.lastBackupDays, data.lastBackupAt) },
          { key: 'v', label: '最近一次校验全部备份', children: ago(data.verifiedDays, data.verifiedAt) },
        ]}
      />
    </div>
  )
}
