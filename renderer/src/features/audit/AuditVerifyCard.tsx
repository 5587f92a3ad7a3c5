import { useState } from 'react'
import { Alert, Button, Card, Flex, Typography } from 'antd'
import { SafetyCertificateOutlined } from '@ant-design/icons'
import type { AuditVerifyResult } from '../../../../shared/api/audit'
import { invoke } from '../../api/client'
import { formatLocalTime } from '../../../../shared/rules/local-time'

// 审计校验: walks the hash chain and names the first entry that no longer fits. A removed tail leaves a
// shorter but intact chain, so the newest entry's number and hash are shown to be written down.

export function AuditVerifyCard() {
  const [result, setResult] = useState<AuditVerifyResult | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const verify = async () => {
    setBusy(true)
    setError(null)
    try {
      setResult(await invoke('audit.verify', {}))
    } catch (err) {
      setResult(null)
      setError(err instanceof Error ? err.message : String(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Card size="small" title="审计校验">
      <Flex vertical gap={12}>
        <Flex gap={16} align="center" wrap>
          <Button icon={<SafetyCertificateOutlined />} onClick={() => void verify()} loading={busy}>
            审计校验
          </Button>
          <Typography.Text type="secondary">逐条核对审计日志的哈希链和每条记录的签封，查出在程序之外被改动、新增或删除的内容。</Typography.Text>
        </Flex>
        {error && <Alert type="error" showIcon title={error} />}
        {result && <VerifyResult result={result} />}
      </Flex>
    </Card>
  )
}

/** What the seals found, one line each (at most 200 come). */
function Findings({ result: r }: { result: AuditVerifyResult }) {
  if (r.findingsTotal === 0) return null
  return (
    <div data-testid="audit-findings">
      <div>
        签封核对发现 {r.findingsTotal} 处不符{r.findingsTotal > r.findings.length ? `（列出前 ${r.findings.length} 处）` : ''}：
      </div>
      <ul style={{ margin: '4px 0', paddingInlineStart: 20 }}>
        {r.findings.map((f, i) => (
          <li key={i}>
            {f.where}：{f.reason}
          </li>
        ))}
      </ul>
    </div>
  )
}

function VerifyResult({ result: r }: { result: AuditVerifyResult }) {
  if (!r.ok && (r.broken || r.findingsTotal > 0)) {
    const title = r.broken ? `审计日志被改动：第 ${r.broken.seq} 条 — ${r.broken.reason}` : '数据或审计日志在程序之外被改动'
    return (
      <Alert
        data-testid="audit-verify-result"
        type="error"
        showIcon
        title={title}
        description={
          <>
            {r.broken?.at && <div>该条记录的时间：{formatLocalTime(r.broken.at, { seconds: true })}</div>}
            <Findings result={r} />
            <div>请保留本机数据目录（不要再改动），并报告单位负责人核查。</div>
          </>
        }
      />
    )
  }
  return (
    <Alert
      data-testid="audit-verify-result"
      type={r.ok ? 'success' : 'error'}
      showIcon
      title={r.ok ? `审计日志完整：已核对 ${r.checked} 条记录` : '审计日志被改动'}
      description={
        r.head ? (
          <>
            <div>
              最新一条：序号 <Typography.Text strong data-testid="audit-head-seq">{r.head.seq}</Typography.Text>，哈希{' '}
              <Typography.Text code copyable={{ text: r.head.hash, tooltips: ['复制哈希', '已复制'] }} data-testid="audit-head-hash">
                {r.head.hash}
              </Typography.Text>
            </div>
            <div>
              请定期（例如每月）把最新一条的序号和哈希抄录存档；以后校验时若序号变小或该条哈希对不上，说明末尾的记录被删除了。
            </div>
          </>
        ) : (
          '还没有审计记录。'
        )
      }
    />
  )
}
