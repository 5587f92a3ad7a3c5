import { useState } from 'react'
import { Alert, Button, Col, Flex, Modal, Row, Select, Spin, Typography } from 'antd'
import type { SectionDiff, TypicalEntry } from '../../../../shared/api/typical-types'
import { TYPICAL_SECTIONS } from '../../../../shared/domain/typical-cases'
import { formatLocalTime } from '../../../../shared/rules/local-time'
import { invoke } from '../../api/client'
import { useLoad } from '../../api/use-load'

// Two versions side by side, section by section: what the later one removed struck out in red on the left,
// what it added in green on the right.

const REMOVED = { background: '#ffd8d8', textDecoration: 'line-through' }
const ADDED = { background: '#d3f5d3' }

function Side({ parts, side }: { parts: SectionDiff['parts']; side: 'from' | 'to' }) {
  return (
    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} data-testid={`compare-${side}`}>
      {parts
        .filter((p) => p.change === 'same' || p.change === (side === 'from' ? 'removed' : 'added'))
        .map((p, i) => (
          <span key={i} style={p.change === 'removed' ? REMOVED : p.change === 'added' ? ADDED : undefined} data-change={p.change}>
            {p.text}
          </span>
        ))}
    </Typography.Paragraph>
  )
}

function CompareModal({ entryId, from, to, onClose }: { entryId: string; from: number; to: number; onClose(): void }) {
  const { data, error } = useLoad(() => invoke('typical.compare', { id: entryId, from, to }), [entryId, from, to])
  return (
    <Modal open title={`比较：第${from}版 → 第${to}版`} footer={null} onCancel={onClose} width={1000} destroyOnHidden>
      {error && <Alert type="error" showIcon title={error} />}
      {!data && !error && <Spin />}
      {data && (
        <div data-testid="compare-view">
          <Row gutter={16} style={{ marginBottom: 8 }}>
            <Col span={12}>
              <Typography.Text strong>第{from}版</Typography.Text>
            </Col>
            <Col span={12}>
              <Typography.Text strong>第{to}版</Typography.Text>
            </Col>
          </Row>
          {data.map((d) => (
            <div key={d.section} style={{ borderTop: '1px solid #f0f0f0', padding: '8px 0' }} data-testid={`compare-section-${d.section}`}>
              <Typography.Text type={d.changed ? 'warning' : 'secondary'}>
                {TYPICAL_SECTIONS[d.section]}
                {d.changed ? '（有修改）' : ''}
              </Typography.Text>
              <Row gutter={16}>
                <Col span={12}>
                  <Side parts={d.parts} side="from" />
                </Col>
                <Col span={12}>
                  <Side parts={d.parts} side="to" />
                </Col>
              </Row>
            </div>
          ))}
        </div>
      )}
    </Modal>
  )
}

/** The version list with two pickers and 比较. */
export function VersionCompare({ entry }: { entry: TypicalEntry }) {
  const last = entry.currentVersion
  const [from, setFrom] = useState(Math.max(1, last - 1))
  const [to, setTo] = useState(last)
  const [open, setOpen] = useState(false)
  const options = entry.versions.map((v) => ({ value: v.versionNo, label: `第${v.versionNo}版 · ${v.savedByName} · ${formatLocalTime(v.savedAt)}${v.versionNo === entry.finalVersion ? '（定稿）' : ''}` }))
  return (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary">共 {entry.versions.length} 个版本{entry.finalVersion ? `，第${entry.finalVersion}版为定稿` : ''}</Typography.Text>
      <Select value={from} onChange={setFrom} options={options} data-testid="compare-from-select" />
      <Select value={to} onChange={setTo} options={options} data-testid="compare-to-select" />
      <Button disabled={entry.versions.length < 2 || from === to} onClick={() => setOpen(true)} data-testid="compare-open">
        比较这两个版本
      </Button>
      {open && <CompareModal entryId={entry.id} from={from} to={to} onClose={() => setOpen(false)} />}
    </Flex>
  )
}
