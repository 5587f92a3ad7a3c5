// Calls over HTTP, as a browser makes them: our web host (the real process, on the seeded data) beside a bare
// node:http server answering from the floor (http-floor.mjs).
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { race } from './measure.mjs'
import { BENCH_TODAY } from './seed.mjs'
import { BENCH_CLERK } from './seeds.mjs'
import { stopHost } from './start-figures.mjs'

export const HTTP_CASES = [
  ['HTTP: list first page', 'seizures.list', { pageSize: 50 }],
  ['HTTP: search 2 chars 茶叶', 'seizures.list', { pageSize: 50, query: '茶叶' }],
  ['HTTP: 文号 search (one row)', 'seizures.list', { pageSize: 50, query: '〔2026〕4711号' }],
]

export async function httpFigures({ url, token, dataDir, reps, withFloor, log }) {
  const post = (base, op, body, cookie) =>
    fetch(`${base}api/${op}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Taizhang-Token': token, ...(cookie ? { Cookie: cookie } : {}) }, body: JSON.stringify(body) })
  const signed = await post(url, 'auth.login', { login: BENCH_CLERK.login, password: BENCH_CLERK.password })
  const cookie = signed.headers.get('set-cookie').split(';')[0]
  let floor = null
  let floorUrl = null
  if (withFloor) {
    floor = spawn(process.execPath, [join(import.meta.dirname, 'http-floor.mjs'), join(dataDir, 'taizhang.sqlite'), BENCH_TODAY], { stdio: ['ignore', 'pipe', 'inherit'] })
    floorUrl = await new Promise((resolve) => floor.stdout.once('data', (c) => resolve(/ready (\S+)/.exec(String(c))[1])))
  }
  const rows = []
  try {
    for (const [name, op, body] of [['HTTP: app.info round trip', 'app.info', {}], ...HTTP_CASES]) {
      const r = await race({
        ours: async () => (await (await post(url, op, body, cookie)).json()).data,
        floor: floorUrl && (async () => (await (await post(floorUrl, op, body)).json()).data),
        reps,
        check: (a, b) => {
          if (op !== 'app.info' && !isDeepStrictEqual(a, b)) throw new Error(`HTTP floor of “${name}” returned other rows`)
        },
      })
      rows.push({ name, group: 'http', ...r })
      log(`  ${name}: ours p50 ${r.ours.p50}${r.floor ? `, floor ${r.floor.p50} (${r.ratio}×)` : ''}`)
    }
  } finally {
    if (floor) await stopHost(floor)
  }
  return rows
}
