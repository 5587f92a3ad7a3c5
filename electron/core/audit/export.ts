import writeXlsxFile from 'write-excel-file/node'
import type { AuditEntryView } from '../../../shared/api/audit'
import { localTime } from './present'

const HEADER = ['序号', '时间', '用户', '登录名', '操作', '动作', '记录类型', '记录', '记录编号', '修改内容（原值 → 新值）', '说明', '哈希']
const WIDTHS = [8, 22, 10, 12, 36, 10, 12, 24, 38, 48, 28, 66]

/** The trail as an .xlsx sheet: one row per entry, changes one per line, the hash to check against. */
export async function auditWorkbook(entries: AuditEntryView[]): Promise<Buffer> {
  const header = HEADER.map((value) => ({ value, fontWeight: 'bold' as const }))
  const rows = entries.map((e) => [
    { value: e.seq, type: Number },
    { value: localTime(e.at) },
    { value: e.user?.name ?? '' },
    { value: e.user?.login ?? '' },
    { value: e.operationLabel },
    { value: e.actionLabel },
    { value: e.recordTypeLabel },
    { value: e.recordLabel ?? '' },
    { value: e.recordId ?? '' },
    { value: e.changes.map((c) => `${c.label}：${c.from} → ${c.to}`).join('\n'), wrap: true },
    { value: e.note ?? '' },
    { value: e.hash },
  ])
  return writeXlsxFile([header, ...rows], {
    sheet: '审计日志',
    columns: WIDTHS.map((width) => ({ width })),
    stickyRowsCount: 1,
  }).toBuffer()
}
