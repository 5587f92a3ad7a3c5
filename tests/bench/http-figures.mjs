// Calls over HTTP, as a browser makes them: our web host (the real process, on the seeded data) beside a bare
// node:http server answering from the floor (http-floor.mjs).
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { race, stats } from './measure.mjs'
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
    // The host runs on the real clock (not the bench's day): the floor counts days left from the office's today.
    const officeToday = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)
    floor = spawn(process.execPath, [join(import.meta.dirname, 'http-floor.mjs'), join(dataDir, 'taizhang.sqlite'), officeToday], { stdio: ['ignore', 'pipe', 'inherit'] })
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
    rows.push(await inventoryFigure(async (op, body) => (await (await post(url, op, body, cookie)).json()).data, log))
  } finally {
    if (floor) await stopHost(floor)
  }
  return rows
}

/**
 * The 物品清单 of a seizure at the contract's 500 lines (column widths from content, closing kept with the last
 * rows): issued, archived and returned over HTTP. A few runs: each archives a document.
 */
async function inventoryFigure(call, log) {
  const big = await call('seizures.create', {
    kind: 'detention',
    decisionNo: '基市监强制〔2026〕300000号',
    decisionDate: '2026-11-20',
    place: '城关镇人民路1号',
    source: 'inspection',
    unit: '执法大队',
    officers: [{ name: '张伟', certNo: '35010010001' }, { name: '李娜', certNo: '35010010002' }],
    party: { type: 'enterprise', name: '基准商行', idNo: '' },
    items: Array.from({ length: 500 }, (_v, i) => ({
      name: i % 9 === 4 ? `儿童益智拼装积木玩具套装（含说明书、收纳盒及多色零件包）第${i + 1}种` : `涉嫌侵权商品第${i + 1}种`,
      brand: ['NIKE', 'ADIDAS', '茅台', '五粮液'][i % 4],
      spec: `规格${(i % 5) + 1}`,
      category: 'other',
      qtyMilli: (i + 1) * 1500,
      unit: '件',
      note: i % 7 ? '' : '外包装破损',
    })),
  })
  if (!big?.id) throw new Error('the 500-line seizure for the 物品清单 figure was refused')
  const times = []
  let kib = 0
  for (let i = 0; i < 5; i++) {
    const started = performance.now()
    const issued = await call('seizures.inventory', { id: big.id, date: '2026-11-23' })
    times.push(performance.now() - started)
    kib = Math.round((issued.base64.length * 3) / 4 / 1024)
  }
  const ours = stats(times)
  log(`  HTTP: 物品清单, 500 lines: p50 ${ours.p50} ms (${kib} KiB)`)
  return { name: 'HTTP: 物品清单, 500 lines', group: 'document', ours, floor: null, ratio: null, docxKiB: kib }
}
