// `npm run bench`: figures, not tests. Prints them and writes bench-results/bench.json.
// Measures the web host's cold start (process spawn → ready line), an API round trip, a login, a long document,
// the audit trail at 100,000 entries, the seizure register at 100,000 records, and backing up and checking it.
import { execFileSync, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import BetterSqlite3 from 'better-sqlite3'
import { entryHash } from '../../electron/core/audit/chain.ts'
import { seedSeizures } from './seed-seizures.mjs'
import { seizureFigures } from './seizure-figures.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
execFileSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { cwd: root, stdio: 'ignore' })
const entry = join(root, 'out', 'main', 'webhost.js')

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const round = (x) => Math.round(x * 10) / 10

function startHost(dataDir) {
  const started = performance.now()
  const child = spawn(process.execPath, [entry, '--data-dir', dataDir, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] })
  return new Promise((resolve, reject) => {
    let out = ''
    child.stdout.on('data', (c) => {
      out += c
      const m = /已启动：(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)
      if (m) resolve({ child, url: m[1], ms: performance.now() - started })
    })
    child.once('exit', (code) => reject(new Error(`web host exited ${code}`)))
  })
}

/** Appends `n` chained entries (the same hash as core: electron/core/audit/chain.ts, loaded by Node's type stripping). */
function appendAuditEntries(dbFile, n) {
  const db = new BetterSqlite3(dbFile)
  try {
    const head = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get()
    const user = db.prepare('SELECT id FROM users LIMIT 1').pluck().get()
    const insert = db.prepare(
      'INSERT INTO audit_log (seq, at, user_id, operation, action, record_type, record_id, changes, note, prev_hash, hash) VALUES (@seq, @at, @user_id, @operation, @action, @record_type, @record_id, @changes, @note, @prev_hash, @hash)',
    )
    let prev = head.hash
    const start = Date.parse('2026-01-01T00:00:00Z')
    db.transaction(() => {
      for (let i = 1; i <= n; i++) {
        const e = { seq: head.seq + i, prev_hash: prev, at: new Date(start + i * 60_000).toISOString(), user_id: user, operation: 'settings.update', action: i % 10 ? 'login' : 'update', record_type: i % 10 ? 'user' : 'agency_profile', record_id: i % 10 ? user : null, changes: i % 10 ? '{}' : `{"phone":["0591-${i}","0591-${i + 1}"]}`, note: null }
        prev = entryHash(e)
        insert.run({ ...e, hash: prev })
      }
    })()
  } finally {
    db.close()
  }
}

const stop = (child) => new Promise((r) => (child.once('exit', r), child.kill('SIGTERM')))

const results = { node: process.version, when: new Date().toISOString(), figures: {} }
const dataDir = mkdtempSync(join(tmpdir(), 'taizhang-bench-'))
let host
try {
  const starts = []
  for (let i = 0; i < 5; i++) {
    host = await startHost(dataDir)
    starts.push(host.ms)
    if (i < 4) await stop(host.child)
  }
  results.figures.webhostStartMs = { median: round(median(starts)), runs: starts.map(round) }

  const { token } = JSON.parse(readFileSync(join(dataDir, 'webhost.json'), 'utf8'))
  const call = (op, body, cookie) =>
    fetch(`${host.url}api/${op}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Taizhang-Token': token, ...(cookie ? { Cookie: cookie } : {}) },
      body: JSON.stringify(body),
    })
  await call('auth.setup', {
    agency: { fullName: '基准测试县市场监督管理局', shortName: '基市监' },
    admin: { login: 'bench', name: '基准', password: 'bench-password' },
  })

  const rtt = []
  for (let i = 0; i < 300; i++) {
    const t = performance.now()
    await (await call('app.info', {})).json()
    rtt.push(performance.now() - t)
  }
  results.figures.appInfoRoundTripMs = { median: round(median(rtt)), p95: round([...rtt].sort((a, b) => a - b)[Math.floor(rtt.length * 0.95)]), n: rtt.length }

  const logins = []
  for (let i = 0; i < 10; i++) {
    const t = performance.now()
    await (await call('auth.login', { login: 'bench', password: 'bench-password' })).json()
    logins.push(performance.now() - t)
  }
  results.figures.loginMs = { median: round(median(logins)), n: logins.length }

  // A long document: a 公告 of 1,000 paragraphs, generated, archived and returned over HTTP.
  const login = await call('auth.login', { login: 'bench', password: 'bench-password' })
  const cookie = login.headers.get('set-cookie').split(';')[0]
  const body = Array.from({ length: 1000 }, (_v, i) => `第${i + 1}段：本局依法对涉嫌侵权的商品实施扣押，并在法定期限内作出处理决定。`).join('\n')
  const gens = []
  let size = 0
  for (let i = 0; i < 5; i++) {
    const t = performance.now()
    const r = await (await call('documents.generate', { kind: 'notice', values: { 事项: '基准测试', 正文: body }, date: '2026-11-23' }, cookie)).json()
    gens.push(performance.now() - t)
    if (!r.ok) throw new Error(JSON.stringify(r.error))
    size = Math.round((r.data.base64.length * 3) / 4 / 1024)
  }
  results.figures.generate1000ParagraphsMs = { median: round(median(gens)), n: gens.length, docxKiB: size }

  // The audit trail at 100,000 entries: append (a profile edit), 审计校验, one filtered page, export.
  await stop(host.child)
  appendAuditEntries(join(dataDir, 'taizhang.sqlite'), 100_000)
  host = await startHost(dataDir)
  const fresh = JSON.parse(readFileSync(join(dataDir, 'webhost.json'), 'utf8')).token
  const call2 = (op, body, c) =>
    fetch(`${host.url}api/${op}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Taizhang-Token': fresh, ...(c ? { Cookie: c } : {}) }, body: JSON.stringify(body) }).then((r) => r.json())
  const signed = await fetch(`${host.url}api/auth.login`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Taizhang-Token': fresh }, body: JSON.stringify({ login: 'bench', password: 'bench-password' }) })
  const c2 = signed.headers.get('set-cookie').split(';')[0]
  const timed = async (fn) => {
    const t = performance.now()
    const r = await fn()
    if (!r.ok) throw new Error(JSON.stringify(r.error))
    return { ms: performance.now() - t, data: r.data }
  }
  const edits = []
  let version = (await call2('settings.get', {}, c2)).data.version
  for (let i = 0; i < 50; i++) {
    const r = await timed(() => call2('settings.update', { fullName: '基准测试县市场监督管理局', shortName: '基市监', phone: `0591-${1000000 + i}`, version }, c2))
    version = r.data.version
    edits.push(r.ms)
  }
  results.figures.auditedEditAt100kEntriesMs = { median: round(median(edits)), n: edits.length }
  const verify = await timed(() => call2('audit.verify', {}, c2))
  if (!verify.data.ok) throw new Error('bench chain did not verify: ' + JSON.stringify(verify.data.broken))
  results.figures.auditVerifyMs = { ms: round(verify.ms), entries: verify.data.checked }
  const page = await timed(() => call2('audit.list', { filter: { action: 'update' }, page: 1, pageSize: 50 }, c2))
  results.figures.auditFilteredPageMs = { ms: round(page.ms), total: page.data.total }
  const exported = await timed(() => call2('audit.export', {}, c2))
  results.figures.auditExportMs = { ms: round(exported.ms), rows: exported.data.rows, xlsxKiB: Math.round((exported.data.base64.length * 3) / 4 / 1024) }

  // The seizure register at 100,000 records.
  await stop(host.child)
  seedSeizures(join(dataDir, 'taizhang.sqlite'), 100_000)
  host = await startHost(dataDir)
  const t3 = JSON.parse(readFileSync(join(dataDir, 'webhost.json'), 'utf8')).token
  const admin3 = await fetch(`${host.url}api/auth.login`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Taizhang-Token': t3 }, body: JSON.stringify({ login: 'bench', password: 'bench-password' }) })
  const c3 = admin3.headers.get('set-cookie').split(';')[0]
  Object.assign(results.figures, await seizureFigures(host.url, t3, c3))

  // Backups of that database: one taken now, then 校验全部备份 over every copy in the folder.
  const call3 = (op) =>
    fetch(`${host.url}api/${op}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Taizhang-Token': t3, Cookie: c3 }, body: '{}' }).then((r) => r.json())
  const backup = await timed(() => call3('backup.create'))
  results.figures.backupCreateMs = { ms: round(backup.ms), dbMiB: round(backup.data.sizeBytes / 1024 / 1024) }
  const checked = await timed(() => call3('backup.verify'))
  const problems = checked.data.backups.filter((b) => b.problems.length > 0).length
  if (problems > 0) throw new Error('bench backups did not verify: ' + JSON.stringify(checked.data.backups))
  results.figures.backupVerifyAllMs = { ms: round(checked.ms), backups: checked.data.backups.length }
} finally {
  // Never leave a web host running, whatever failed.
  if (host && host.child.exitCode === null) await stop(host.child)
  rmSync(dataDir, { recursive: true, force: true })
}

for (const [name, f] of Object.entries(results.figures)) console.log(`${name}: ${JSON.stringify(f)}`)
mkdirSync(join(root, 'bench-results'), { recursive: true })
writeFileSync(join(root, 'bench-results', 'bench.json'), JSON.stringify(results, null, 2))
console.log('written: bench-results/bench.json')
