// Peak memory of a big document (issue 14: the 5,000-line 清单 ≤ 300 MB): a process of its own opens core on the
// bench's data, previews the document once to warm up, notes its resident size, then previews it again and
// reports the peak resident size of the whole process (the read worker that builds it is a thread of it).
// Run as a child by destruction-figures.mjs: node document-memory.mjs HARNESS DATADIR BATCH_ID LOGIN PASSWORD.
import { spawn } from 'node:child_process'

if (process.argv[2] === '--child') {
  const [, , , harness, dataDir, id, login, password] = process.argv
  const h = await import(harness)
  const core = h.createCore({ dataDir, autoBackup: false })
  const client = h.newClient()
  const call = async (op, input) => {
    const r = await core.invoke(op, input, client)
    if (!r.ok) throw new Error(`${op}: ${r.error.message}`)
    return r.data
  }
  await call('auth.login', { login, password })
  const input = { id, kind: 'destruction_list', date: '2026-12-02' }
  await call('destruction.document.preview', input)
  const mb = (kb) => Math.round(kb / 1024)
  const before = mb(process.memoryUsage().rss / 1024)
  const bytes = (await call('destruction.document.preview', input)).base64.length
  console.log(JSON.stringify({ restMB: before, peakMB: mb(process.resourceUsage().maxRSS), kib: Math.round((bytes * 3) / 4 / 1024) }))
  await core.close()
  process.exit(0)
}

/** { restMB, peakMB, kib } of the batch's 销毁物品清单, from a fresh process. */
export function documentMemory({ harness, dataDir, id, login, password }) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [import.meta.filename, '--child', harness, dataDir, id, login, password], { stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (c) => (out += c))
    child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1))) : reject(new Error(`document-memory exited ${code}: ${out}`))))
  })
}
