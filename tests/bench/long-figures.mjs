// Long work (exports, 审计校验, backups and their check, big documents) beside other calls: while one runs, a second client
// calls auth.me every few milliseconds; the longest time between its answers is how long the long work blocked
// everyone else.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BENCH_NOW } from './seed.mjs'
import { BENCH_ADMIN } from './seeds.mjs'

export const LONG_WORK = [
  ['audit.export (2025 on)', 'audit.export', { filter: { from: '2025-01-01' } }],
  ['audit.verify (whole chain)', 'audit.verify', {}],
  ['seizures.export (茶叶)', 'seizures.export', { query: '茶叶' }],
  ['backup.create', 'backup.create', {}],
  ['backup.verify (every backup)', 'backup.verify', {}],
]

export async function longFigures({ h, dataDir, log }) {
  const core = h.createCore({ dataDir, now: () => BENCH_NOW, autoBackup: false })
  const admin = h.newClient()
  const other = h.newClient()
  const ok = async (op, input, client = admin) => {
    const r = await core.invoke(op, input, client)
    if (!r.ok) throw new Error(`${op}: ${r.error.message}`)
    return r.data
  }
  await ok('auth.login', { login: BENCH_ADMIN.login, password: BENCH_ADMIN.password })
  await ok('auth.login', { login: BENCH_ADMIN.login, password: BENCH_ADMIN.password }, other)
  const rows = []
  // Big documents (issue 14): the largest batch's 销毁物品清单 (5,000 lines, made by the destruction figures when
  // they ran), previewed and issued, built in the read worker between two short transactions.
  const big = core.sqlite.prepare(`SELECT batch_id AS id, count(*) AS n FROM destruction_lines GROUP BY batch_id ORDER BY n DESC LIMIT 1`).get()
  const documents = big && big.n >= 1000 ? [
    [`销毁物品清单 preview (${big.n} lines)`, 'destruction.document.preview', { id: big.id, kind: 'destruction_list', date: '2026-12-02' }],
    [`销毁物品清单 issue (${big.n} lines)`, 'destruction.document.issue', { id: big.id, kind: 'destruction_list', date: '2026-12-02' }],
  ] : []
  // The year's 工作总结 (统计's report read, then its charts and the document drawn in the read worker).
  documents.push(['工作总结 2026 preview', 'stats.document.preview', { kind: 'work_summary', period: { from: '2026-01-01', to: '2026-12-31', unit: '' }, date: '2026-12-02' }])
  // The second folder (a USB stick or share): the whole file copied there and hashed again (issue 21, item 6).
  const second = mkdtempSync(join(tmpdir(), 'taizhang-bench-second-'))
  const withSecond = ['backup.create (and its second folder)', 'backup.create', {}, async () => {
    const { settings } = await ok('backup.list', {})
    await ok('backup.settings.update', { secondFolder: second, keepDaily: settings.keepDaily, keepMonthly: settings.keepMonthly, version: settings.version })
  }]
  try {
    for (const [name, op, input, prepare] of [...LONG_WORK, withSecond, ...documents]) {
      await prepare?.()
      let running = true
      let longest = 0
      let calls = 0
      // The longest time between two answers to the other client (less its own 2 ms pause): a call waiting on
      // the event loop or on the connection shows here, and so does a loop too blocked to even send one.
      let last = performance.now()
      const gap = () => {
        const now = performance.now()
        longest = Math.max(longest, now - last)
        last = now
      }
      const pinger = (async () => {
        while (running) {
          await ok('auth.me', {}, other)
          calls++
          gap()
          await new Promise((r) => setTimeout(r, 2))
          last += 2
        }
      })()
      const t = performance.now()
      const data = await ok(op, input)
      const ms = performance.now() - t
      gap()
      running = false
      await pinger
      const size = data?.rows ?? data?.checked ?? data?.backups?.length ?? (data?.base64 ? `${Math.round((data.base64.length * 3) / 4 / 1024)} KiB` : null)
      rows.push({ name, group: 'long', took: Math.round(ms), blockedMax: Math.round(longest * 10) / 10, calls, size })
      log(`  ${name}: took ${Math.round(ms)} ms (${size ?? ''}), other calls waited at most ${Math.round(longest)} ms (${calls} calls meanwhile)`)
    }
  } finally {
    await core.close()
    rmSync(second, { recursive: true, force: true })
  }
  return rows
}
