// Starting the web host on the seeded data (process spawned → its ready line), beside a bare Node start of an
// http server on the same machine. The first start of a day takes the daily backup; it is let finish first,
// so the starts measured are the everyday ones.
import { spawn } from 'node:child_process'
import { stats } from './measure.mjs'

export function startHost(entry, dataDir, env = {}) {
  const started = performance.now()
  const child = spawn(process.execPath, [entry, '--data-dir', dataDir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } })
  return new Promise((resolve, reject) => {
    let out = ''
    const onData = (c) => {
      out += c
      const m = /已启动：(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)
      if (m) resolve({ child, url: m[1], ms: performance.now() - started })
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', (c) => (out += c))
    child.once('exit', (code) => reject(new Error(`web host exited ${code}: ${out}`)))
  })
}

export const stopHost = (child) => new Promise((r) => (child.exitCode !== null ? r() : (child.once('exit', r), child.kill('SIGTERM'))))

const BARE = `require('node:http').createServer((q, s) => s.end('{}')).listen(0, '127.0.0.1', function () { console.log('ready ' + this.address().port) })`

function startBare() {
  const started = performance.now()
  const child = spawn(process.execPath, ['-e', BARE], { stdio: ['ignore', 'pipe', 'inherit'] })
  return new Promise((resolve) => child.stdout.once('data', () => resolve({ child, ms: performance.now() - started })))
}

export async function startFigures({ entry, dataDir, reps, log }) {
  // The day's first start: its backup runs to the end (stopping waits for it).
  const first = await startHost(entry, dataDir)
  await stopHost(first.child)
  const starts = []
  const bare = []
  // Interleaved, as every figure: ours, bare, bare, ours, …
  for (let i = 0; i < reps; i++) {
    const pair = [
      async () => {
        const host = await startHost(entry, dataDir)
        starts.push(host.ms)
        await stopHost(host.child)
      },
      async () => {
        const b = await startBare()
        bare.push(b.ms)
        await stopHost(b.child)
      },
    ]
    for (const step of i % 2 ? pair.reverse() : pair) await step()
  }
  const ours = stats(starts)
  const floor = stats(bare)
  log(`  web host start: ours p50 ${ours.p50} p95 ${ours.p95}, bare node p50 ${floor.p50}`)
  return { ours, floor, ratio: Math.round((ours.p50 / floor.p50) * 100) / 100 }
}
