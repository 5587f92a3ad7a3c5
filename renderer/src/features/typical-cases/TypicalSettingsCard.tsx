import { Alert, App as AntApp, Card, Checkbox, Flex, Spin, Typography } from 'antd'
import { invoke } from '../../api/client'
import { useLoad } from '../../api/use-load'
import { RecordHistoryButton } from '../audit/RecordHistory'
import { useCan } from '../auth/can'
import { useState } from 'react'

// 设置 → 典型案例: what the published texts mask. The legal rules are fixed (shown ticked and locked); the one
// choice is whether a natural person's own name becomes 张某某.

const ALWAYS = ['身份证件号码（保留前6位和后4位）', '手机号码、固定电话（隐去中间4位）', '银行账号（保留后4位）', '自然人住址（只到乡镇、街道）']

export function TypicalSettingsCard() {
  const can = useCan()
  const editable = can('typical.settings.update')
  const { message } = AntApp.useApp()
  const { data: s, error, setData } = useLoad(() => invoke('typical.settings.get', {}), [])
  const [saving, setSaving] = useState<string | null>(null)
  const toggle = async (maskOwnName: boolean) => {
    if (!s) return
    setSaving(null)
    try {
      setData(await invoke('typical.settings.update', { maskOwnName, version: s.version }))
      message.success('已保存')
    } catch (err) {
      setSaving(err instanceof Error ? err.message : String(err))
    }
  }
  return (
    <Card title="典型案例脱敏" data-testid="typical-settings" extra={<RecordHistoryButton recordType="typical_settings" recordId={null} title="典型案例设置" />} style={{ maxWidth: 760 }}>
      <Typography.Paragraph type="secondary">
        推选案例时的初稿和生成的案例集文书按以下规则处理；文本中写入的身份证件号码、电话、银行账号在提交前提示，生成文书时再次遮蔽。
      </Typography.Paragraph>
      {(error ?? saving) && <Alert type="error" showIcon title={error ?? saving} style={{ marginBottom: 16 }} />}
      {!s && !error ? (
        <Spin />
      ) : (
        <Flex vertical gap={8}>
          {ALWAYS.map((a) => (
            <Checkbox key={a} checked disabled>
              {a}
            </Checkbox>
          ))}
          <Checkbox checked={s?.maskOwnName ?? true} disabled={!editable || !s} onChange={(e) => void toggle(e.target.checked)} data-testid="typical-settings-own-name">
            自然人当事人的姓名显示为“张某某”
          </Checkbox>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            修改后，新推选的案例初稿和此后生成的文书按新设置处理；已保存的文本不变。{editable ? '' : '（只有管理员和法制员可以修改）'}
          </Typography.Text>
        </Flex>
      )}
    </Card>
  )
}
