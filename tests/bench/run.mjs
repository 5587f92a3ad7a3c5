// `npm run bench`: figures, not tests. Prints them and writes bench-results/bench.json.
// Measures the web host's cold start (process spawn → ready line), an API round trip, and a login.
import { execFileSync, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

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
} finally {
  // Never leave a web host running, whatever failed.
  if (host && host.child.exitCode === null) await stop(host.child)
  rmSync(dataDir, { recursive: true, force: true })
}

for (const [name, f] of Object.entries(results.figures)) console.log(`${name}: ${JSON.stringify(f)}`)
mkdirSync(join(root, 'bench-results'), { recursive: true })
writeFileSync(join(root, 'bench-results', 'bench.json'), JSON.stringify(results, null, 2))
console.log('written: bench-results/bench.json')
