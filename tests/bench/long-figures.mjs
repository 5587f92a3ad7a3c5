// Long work (exports, 审计校验, backups and their check) beside other calls: while one runs, a second client
// calls auth.me every few milliseconds; the longest wait of those calls is how long the long work blocked
// everyone else.
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
  try {
    for (const [name, op, input] of LONG_WORK) {
      let running = true
      let longest = 0
      let calls = 0
      const pinger = (async () => {
        while (running) {
          const t = performance.now()
          await ok('auth.me', {}, other)
          longest = Math.max(longest, performance.now() - t)
          calls++
          await new Promise((r) => setTimeout(r, 2))
        }
      })()
      const t = performance.now()
      const data = await ok(op, input)
      const ms = performance.now() - t
      running = false
      await pinger
      const size = data?.rows ?? data?.checked ?? data?.backups?.length ?? null
      rows.push({ name, group: 'long', took: Math.round(ms), blockedMax: Math.round(longest * 10) / 10, calls, size })
      log(`  ${name}: took ${Math.round(ms)} ms (${size ?? ''}), other calls waited at most ${Math.round(longest)} ms (${calls} calls meanwhile)`)
    }
  } finally {
    await core.close()
  }
  return rows
}
