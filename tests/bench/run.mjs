// `npm run bench [-- --scales 10000,200000] [--reps 30] [--only core,destruction,cases,stations,stats,long,start,http,browser]`:
// figures, not tests. Seeds (or reuses) ten years of a busy bureau at each scale, measures the operations the UI
// calls in-process and over HTTP, each beside its floor, interleaved, and prints one table per scale, the growth
// from the smallest to the largest scale, and whether each target of issues 14–16, 18 and 19 is met at the largest. Parts:
// core (seizure list, record, writes), destruction (销毁管理, issue 15), cases (处罚案件, issue 16: 20,000 cases
// seeded into the work copy), stations (服务站, issue 18: 2,000 imported), stats (统计 and the 工作台, issue 19, on the cases and
// stations of the two before: seeded and imported for it when those parts are not asked for), long (long work beside short
// calls), start (web host start), http, browser.
// Writes it all to bench-results/bench.json with the machine's load average (a busy machine's figures can be
// told apart).
import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { browserFigures } from './browser-figures.mjs'
import { caseFigures } from './case-figures.mjs'
import { seedCases } from './case-seed.mjs'
import { stationFigures } from './station-figures.mjs'
import { statFigures } from './stat-figures.mjs'
import { coreFigures } from './core-figures.mjs'
import { destructionFigures } from './destruction-figures.mjs'
import { httpFigures } from './http-figures.mjs'
import { longFigures } from './long-figures.mjs'
import { exponent, load, printTable } from './measure.mjs'
import { seededDir, workCopy } from './seeds.mjs'
import { startFigures, startHost, stopHost } from './start-figures.mjs'

const { values } = parseArgs({ options: { scales: { type: 'string', default: '10000,200000' }, reps: { type: 'string', default: '30' }, only: { type: 'string' } } })
const scales = values.scales.split(',').map(Number).sort((a, b) => a - b)
const reps = Math.max(30, Number(values.reps))
const only = values.only ? new Set(values.only.split(',')) : null
const wanted = (part) => !only || only.has(part)
const root = join(import.meta.dirname, '..', '..')
const log = (s) => console.log(s)

log('building the app and the bench harness…')
const node = process.execPath
execFileSync(node, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
execFileSync(node, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '-c', 'tests/bench/vite.config.mts'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
const h = await import(join(root, 'out/bench/harness.mjs'))
const entry = join(root, 'out/main/webhost.js')

const results = { when: new Date().toISOString(), node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model, memGiB: Math.round(totalmem() / 2 ** 30), reps, loadAtStart: load(), scales: {} }
for (const scale of scales) {
  const seeded = await seededDir(root, scale, h, log)
  const dataDir = workCopy(seeded.dir)
  const largest = scale === scales.at(-1)
  const out = { seed: seeded.key, reusedSeed: seeded.reused, loadBefore: load(), rows: [] }
  results.scales[scale] = out
  log(`\n== ${scale} seizures (load ${out.loadBefore.join(' ')})`)
  try {
    if (wanted('core')) out.rows.push(...(await coreFigures({ h, dataDir, reps, log })))
    // 销毁管理 (issue 15) at the largest scale: it executes a 5,000-line batch, so it runs after the core figures.
    if (largest && wanted('destruction')) out.rows.push(...(await destructionFigures({ h, dataDir, reps, log })))
    // 处罚案件 (issue 16) at the largest scale, on 20,000 cases seeded into this work copy (gone after the scale).
    // 统计 needs them too: the cases are then seeded (and the stations below imported) without being asked for.
    if (largest && (wanted('cases') || wanted('stats'))) {
      await seedCases({ h, dataDir, log })
      if (wanted('cases')) out.rows.push(...(await caseFigures({ h, dataDir, reps, log })))
    }
    // 服务站 (issue 18) at the largest scale: 2,000 stations imported into this work copy, then listed and printed.
    if (largest && (wanted('stations') || wanted('stats'))) {
      const stationRows = await stationFigures({ h, dataDir, reps, log })
      if (wanted('stations')) out.rows.push(...stationRows)
    }
    // 统计 and the 工作台 (issue 19) at the largest scale, on the seizures, batches, cases and stations above.
    if (largest && wanted('stats')) out.rows.push(...(await statFigures({ h, dataDir, reps, log })))
    if (largest && wanted('long')) out.long = await longFigures({ h, dataDir, log })
    if (wanted('start')) out.start = await startFigures({ entry, dataDir, reps, log })
    if (largest && (wanted('http') || wanted('browser'))) {
      const host = await startHost(entry, dataDir)
      try {
        const { token } = JSON.parse(await (await import('node:fs/promises')).readFile(join(dataDir, 'webhost.json'), 'utf8'))
        if (wanted('http')) out.rows.push(...(await httpFigures({ url: host.url, token, dataDir, reps, withFloor: out.rows.some((r) => r.floor), log })))
        if (wanted('browser')) out.browser = await browserFigures({ url: host.url, token, reps, log })
      } finally {
        await stopHost(host.child)
      }
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
  out.loadAfter = load()
}

// Targets of issues 14–16, 18 and 19, judged at the largest scale.
const TARGETS = {
  list: { text: 'p95 ≤ 50, ≤ 1.5×', met: (r) => r.ours.p95 <= 50 && (r.ratio === null || r.ratio <= 1.5) },
  // Issue 16 sets only the 50 ms; a filter finding a dozen cases by index answers in a fraction of a millisecond,
  // where the ratio measures the call's fixed cost (session, calendar), shown but not judged.
  'case-list': { text: 'p95 ≤ 50', met: (r) => r.ours.p95 <= 50 },
  // Issue 18: import 2,000 rows ≤ 3 s, the list ≤ 30 ms p95 at 2,000 stations, the 2,000-station 名录 ≤ 3 s.
  'station-import': { text: '≤ 3000', met: (r) => r.ours.p95 <= 3000 },
  'station-list': { text: 'p95 ≤ 30', met: (r) => r.ours.p95 <= 30 },
  'station-directory': { text: 'p95 ≤ 3000', met: (r) => r.ours.p95 <= 3000 },
  // Issue 19: the year's report ≤ 500 ms p95, a figure's drill-down list ≤ 50 ms, the 工作总结 with its charts
  // ≤ 3 s (5 runs: the p95 is the slowest), the 工作台's calls together ≤ 200 ms.
  'stats-report': { text: 'p95 ≤ 500', met: (r) => r.ours.p95 <= 500 },
  'stats-drill': { text: 'p95 ≤ 50', met: (r) => r.ours.p95 <= 50 },
  'stats-summary': { text: '≤ 3000', met: (r) => r.ours.p95 <= 3000 },
  workbench: { text: 'p95 ≤ 200', met: (r) => r.ours.p95 <= 200 },
  read: { text: 'p95 ≤ 20', met: (r) => r.ours.p95 <= 20 },
  overhead: { text: 'p50 ≤ 0.5', met: (r) => r.ours.p50 <= 0.5 },
  write: { text: '≤ 2× raw', met: (r) => r.ratio <= 2 },
  http: { text: '', met: () => null },
}
const top = results.scales[scales.at(-1)]
for (const scale of scales) {
  const s = results.scales[scale]
  const rows = s.rows.filter((r) => r.ours).map((r) => ({ ...r, name: r.total !== undefined ? `${r.name} [${r.total}]` : r.name }))
  if (s.start) rows.push({ name: 'web host start', ...s.start, target: 'p50 ≤ 500', met: scale === scales.at(-1) ? s.start.ours.p50 <= 500 : undefined })
  for (const r of rows) {
    if (scale !== scales.at(-1) || r.met !== undefined) continue
    const t = TARGETS[r.group]
    if (t) Object.assign(r, { target: t.text, met: t.met(r) })
  }
  printTable(`${scale} seizures — ms (load ${s.loadBefore.join(' ')} → ${s.loadAfter.join(' ')})`, rows)
  for (const r of s.rows.filter((x) => x.skipped)) console.log(`${r.name}: skipped — ${r.skipped}`)
  for (const r of s.rows.filter((x) => x.memory)) console.log(`${r.name}: peak resident ${r.memory.peakMB} MB, the process at rest ${r.memory.restMB} MB (target ${r.target}: ${r.met ? 'yes' : 'NO'})`)
  for (const r of s.rows.filter((x) => x.rate)) console.log(`${r.name}: ours ${r.rate.ours}/s, raw transaction ${r.rate.floor}/s (target ≥ 400/s: ${r.rate.ours >= 400 ? 'yes' : 'NO'})`)
}
if (top.long) {
  console.log('\nlong work at the largest scale (other calls must not wait more than ~100 ms)')
  for (const l of top.long) console.log(`  ${l.name}: took ${l.took} ms${l.size !== null ? ` (${l.size})` : ''}; others waited at most ${l.blockedMax} ms — ${l.blockedMax <= 100 ? 'yes' : 'NO'}`)
}
if (top.browser) {
  const b = top.browser
  console.log(`\nChromium, fresh load: login screen p50 ${b.login.p50} p95 ${b.login.p95} ms (first paint ${b.loginFirstPaint.p50}; bare page ${b.floor.p50}) — target ≤ 1000: ${b.login.p50 <= 1000 ? 'yes' : 'NO'}`)
  console.log(`Chromium, fresh load: first 查扣登记 row p50 ${b.firstRow.p50} p95 ${b.firstRow.p95} ms — target ≤ 1200: ${b.firstRow.p50 <= 1200 ? 'yes' : 'NO'}`)
}
if (scales.length > 1) {
  const [a, b] = [scales[0], scales.at(-1)]
  const small = new Map(results.scales[a].rows.filter((r) => r.ours).map((r) => [r.name, r]))
  console.log(`\ngrowth ${a} → ${b} (time ∝ scale^k, from p50; 1 is linear, 0 flat)`)
  results.growth = {}
  for (const r of results.scales[b].rows.filter((x) => x.ours)) {
    const s = small.get(r.name)
    if (!s) continue
    const k = exponent(s.ours.p50, a, r.ours.p50, b)
    const kf = r.floor && s.floor ? exponent(s.floor.p50, a, r.floor.p50, b) : null
    results.growth[r.name] = { ours: k, floor: kf }
    console.log(`  ${r.name}: ${s.ours.p50} → ${r.ours.p50} ms, k = ${k}${kf !== null ? ` (floor k = ${kf})` : ''}`)
  }
  if (results.scales[a].start && results.scales[b].start) {
    const k = exponent(results.scales[a].start.ours.p50, a, results.scales[b].start.ours.p50, b)
    results.growth['web host start'] = { ours: k }
    console.log(`  web host start: ${results.scales[a].start.ours.p50} → ${results.scales[b].start.ours.p50} ms, k = ${k}`)
  }
}
results.loadAtEnd = load()
mkdirSync(join(root, 'bench-results'), { recursive: true })
writeFileSync(join(root, 'bench-results', 'bench.json'), JSON.stringify(results, null, 2))
console.log(`\nload average ${results.loadAtStart.join(' ')} at start, ${results.loadAtEnd.join(' ')} at end; written: bench-results/bench.json`)
