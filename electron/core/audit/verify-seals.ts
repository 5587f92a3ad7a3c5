import type BetterSqlite3 from 'better-sqlite3'
import type { AuditFinding } from '../../../shared/api/audit'
import { allRows, sealedTables } from '../db/row-seals'
import { headMac, rowMac } from './seals'

// 审计校验's second half: the seals (seals.ts) against the file as it is now. Reads only.

/** At most this many findings are listed; the count is always whole. */
const LISTED = 200

const TABLE_LABELS: Readonly<Record<string, string>> = {
  users: '账号',
  user_roles: '账号角色',
  seizures: '查扣记录',
  seizure_items: '查扣物品',
  seizure_outcomes: '物品处理结果',
  penalty_cases: '处罚案件',
  destruction_batches: '销毁批次',
  destruction_lines: '销毁物品',
  stations: '服务站',
  campaigns: '专项行动',
  campaign_figures: '专项行动填报数据',
  typical_entries: '典型案例',
  security_settings: '安全设置',
  agency_profile: '机关信息',
  document_archive: '文书存档',
  document_templates: '文书模板',
}
/** The column that names a row for a person, first found wins. */
const NAMING = ['register_no', 'case_no', 'batch_no', 'campaign_no', 'login', 'name', 'user_id', 'id']

export function verifySeals(sqlite: BetterSqlite3.Database, key: Buffer, head: { seq: number; hash: string } | null): { findings: AuditFinding[]; total: number } {
  const findings: AuditFinding[] = []
  let total = 0
  const add = (where: string, reason: string) => {
    total++
    if (findings.length < LISTED) findings.push({ where, reason })
  }
  checkHead(sqlite, key, head, add)
  let rows = 0
  let mismatched = 0
  const loginOf = sqlite.prepare('SELECT login FROM users WHERE id = ?').pluck()
  for (const tbl of sealedTables(sqlite)) {
    const seals = new Map((sqlite.prepare('SELECT row_id, mac FROM record_seals WHERE tbl = ?').raw().all(tbl) as [number, Buffer][]).map(([r, m]) => [r, m]))
    const columns = (sqlite.prepare(`SELECT name FROM pragma_table_info(?)`).raw().all(tbl) as [string][]).map(([n]) => n)
    const label = TABLE_LABELS[tbl] ?? `数据表 ${tbl}`
    const naming = NAMING.find((c) => columns.includes(c))
    const where = (rid: number, values?: unknown[]) => {
      if (tbl === 'agency_profile') return label
      if (tbl === 'user_roles' && values) {
        const userId = values[columns.indexOf('user_id')] as string
        return `${label}（${(loginOf.get(userId) as string | undefined) ?? userId}，角色 ${values[columns.indexOf('role')] as string}）`
      }
      return `${label}（${naming && values ? String(values[columns.indexOf(naming)]) : `第 ${rid} 行`}）`
    }
    for (const [rid, values] of allRows(sqlite, tbl)) {
      rows++
      const sealed = seals.get(rid)
      seals.delete(rid)
      if (sealed === undefined) add(where(rid, values), '没有签封：不是本程序写入的（在程序之外新增）')
      else if (!sealed.equals(rowMac(key, tbl, rid, values))) {
        mismatched++
        add(where(rid, values), '内容与签封不符：在程序之外被改动')
      }
    }
    for (const rid of seals.keys()) add(where(rid), '有签封而记录不见了：在程序之外被删除')
  }
  // Nearly every seal wrong is not an edit but another key: said first, since it changes what the rest means.
  if (rows > 10 && mismatched >= rows * 0.9) {
    findings.unshift({ where: '签封', reason: '几乎所有记录都与本机的审计密钥不符：数据可能来自另一台电脑，或 audit-key 文件被换过；请放回原来的 audit-key 文件后再校验' })
    total++
  }
  return { findings, total }
}

function checkHead(sqlite: BetterSqlite3.Database, key: Buffer, head: { seq: number; hash: string } | null, add: (where: string, reason: string) => void): void {
  const seal = sqlite.prepare('SELECT seq, hash, mac FROM audit_seal WHERE id = 1').get() as { seq: number; hash: string; mac: string } | undefined
  if (!seal) {
    if (head) add('审计日志', '缺少末条签封：日志不是本程序写入的，或签封被删除')
    return
  }
  if (seal.mac !== headMac(key, seal.seq, seal.hash)) {
    add('审计日志', '末条签封与本机的审计密钥不符：签封被改写，或数据来自另一台电脑（请放回原来的 audit-key 文件）')
    return
  }
  if (!head || head.seq < seal.seq) {
    add('审计日志', `末尾第 ${(head?.seq ?? 0) + 1}–${seal.seq} 条记录被删除（签封记到第 ${seal.seq} 条）`)
    return
  }
  const at = sqlite.prepare('SELECT hash FROM audit_log WHERE seq = ?').get(seal.seq) as { hash: string } | undefined
  if (at?.hash !== seal.hash) add('审计日志', `第 ${seal.seq} 条及以前的记录被改写后重新计算了哈希（与签封不符）`)
  else if (head.seq > seal.seq) add('审计日志', `第 ${seal.seq + 1}–${head.seq} 条记录不是本程序写入的（签封只记到第 ${seal.seq} 条）`)
}
