import { useState } from 'react'
import { Flex, Modal, Select, Typography } from 'antd'
import type { StationDocumentKind } from '../../../../../shared/domain/documents'
import { invoke } from '../../../api/client'
import { RecordDocuments } from '../../documents/RecordDocuments'

// 服务站文书: the 名录 of the stations in the register (在册 and 整改中) for the county or one 所; the 授牌公告 of the
// stations ticked in the list; the 考核结果通报 of a year — each previewed, or issued and archived.

const thisYear = new Date().getFullYear()

export function StationDocumentsDialog({ units, picked, onClose }: { units: string[]; picked: string[]; onClose(): void }) {
  const [unit, setUnit] = useState('')
  const [year, setYear] = useState(thisYear)
  const kinds: { kind: StationDocumentKind; hint: string }[] = [
    { kind: 'station_directory', hint: `${unit || '全部监管所'}在册和整改中的服务站，按监管所分组，各所小计和合计` },
    { kind: 'station_plaque', hint: picked.length > 0 ? `列表中勾选的 ${picked.length} 个服务站，附依托经营者、地址和授牌日期` : '请先在列表中勾选要授牌的服务站' },
    { kind: 'station_review_report', hint: `${year}年度：考核结果统计、优秀名单、不合格名单及整改要求` },
  ]
  const input = (kind: StationDocumentKind, date: string) => ({ kind, date, unit, stationIds: picked, year })
  return (
    <Modal open title="服务站文书" width={860} footer={null} onCancel={onClose} destroyOnHidden>
      <Flex gap={8} align="center" style={{ marginBottom: 12 }}>
        <Typography.Text>名录范围</Typography.Text>
        <Select style={{ width: 220 }} value={unit} onChange={setUnit} data-testid="station-doc-unit" options={[{ value: '', label: '全部监管所' }, ...units.map((u) => ({ value: u, label: u }))]} />
        <Typography.Text style={{ marginLeft: 16 }}>考核年度</Typography.Text>
        <Select style={{ width: 100 }} value={year} onChange={setYear} data-testid="station-doc-year" options={Array.from({ length: 8 }, (_, i) => ({ value: thisYear - i, label: `${thisYear - i}年` }))} />
      </Flex>
      <RecordDocuments
        title="文书"
        prefix="station"
        kinds={kinds}
        preview={(kind, date) => invoke('stations.document.preview', input(kind, date))}
        issue={(kind, date) => invoke('stations.document.issue', input(kind, date))}
      />
    </Modal>
  )
}
