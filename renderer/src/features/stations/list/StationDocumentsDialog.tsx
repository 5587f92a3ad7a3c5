import { useState } from 'react'
import { Flex, Modal, Select, Typography } from 'antd'
import type { StationDocumentKind } from '../../../../../shared/domain/documents'
import { invoke } from '../../../api/client'
import { RecordDocuments } from '../../documents/RecordDocuments'

// 生成名录: the 消费维权服务站名录 of the stations in the register (在册 and 整改中), for the whole county or one 所,
// previewed or issued and archived.

export function StationDocumentsDialog({ units, onClose }: { units: string[]; onClose(): void }) {
  const [unit, setUnit] = useState('')
  const kinds: { kind: StationDocumentKind; hint: string }[] = [
    { kind: 'station_directory', hint: '按监管所分组的表格：名称、依托经营者、地址、负责人、电话、业态、ODR企业、无理由退货，各所小计和合计' },
  ]
  return (
    <Modal open title="服务站文书" width={820} footer={null} onCancel={onClose} destroyOnHidden>
      <Flex gap={8} align="center" style={{ marginBottom: 12 }}>
        <Typography.Text>范围</Typography.Text>
        <Select style={{ width: 240 }} value={unit} onChange={setUnit} data-testid="station-doc-unit" options={[{ value: '', label: '全部监管所' }, ...units.map((u) => ({ value: u, label: u }))]} />
      </Flex>
      <RecordDocuments
        title="名录"
        prefix="station"
        kinds={kinds}
        preview={(kind, date) => invoke('stations.document.preview', { kind, date, unit })}
        issue={(kind, date) => invoke('stations.document.issue', { kind, date, unit })}
      />
    </Modal>
  )
}
