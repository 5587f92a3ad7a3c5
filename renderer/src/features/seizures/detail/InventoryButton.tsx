import { useState } from 'react'
import { App as AntApp, Button } from 'antd'
import { PrinterOutlined } from '@ant-design/icons'
import { invoke } from '../../../api/client'
import { MIME, downloadFile } from '../../../api/download'
import { todayText } from './detail-format'

// 打印清单: core makes the 查封（扣押）物品清单 dated today, archives it in 文书 → 存档, and hands back the .docx,
// which is downloaded (Electron asks where to save) to be opened in WPS/Word and printed 一式二份.

export function InventoryButton({ seizureId }: { seizureId: string }) {
  const { message } = AntApp.useApp()
  const [busy, setBusy] = useState(false)

  const print = async () => {
    setBusy(true)
    try {
      const file = await invoke('seizures.inventory', { id: seizureId, date: todayText() })
      downloadFile(file, MIME.docx)
      message.success(`已生成并存档：${file.fileName}`)
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Button icon={<PrinterOutlined />} loading={busy} onClick={() => void print()} data-testid="seizure-inventory">
      打印清单
    </Button>
  )
}
