// Timing for the bench: every figure is taken beside its floor in the same run, the two interleaved (ours,
// floor, floor, ours, …) so a busy moment of the machine falls on both; a few warm-up rounds are dropped.
import { loadavg } from 'node:os'

export const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]
const r2 = (x) => (x === null || x === undefined ? null : Math.round(x * 100) / 100)

export function stats(ms) {
  const s = [...ms].sort((a, b) => a - b)
  return { p50: r2(quantile(s, 0.5)), p95: r2(quantile(s, 0.95)), min: r2(s[0]), max: r2(s.at(-1)), n: s.length }
}

/**
 * Times `ours` and `floor` (each an async or sync function) `reps` times, interleaved. `check(oursResult,
 * floorResult)` runs once on the first results: a floor that returns other rows is no floor.
 */
export async function race({ ours, floor, reps, warmup = 3, check }) {
  const a = []
  const b = []
  const first = new Map()
  for (let i = 0; i < warmup + reps; i++) {
    const order = i % 2 === 0 ? [[ours, a], [floor, b]] : [[floor, b], [ours, a]]
    for (const [fn, into] of order) {
      if (!fn) continue
      const t = performance.now()
      const result = await fn()
      const ms = performance.now() - t
      if (i === 0) first.set(fn, result)
      if (i >= warmup) into.push(ms)
    }
    if (i === 0 && check && floor) check(first.get(ours), first.get(floor))
  }
  const o = stats(a)
  const f = floor ? stats(b) : null
  return { ours: o, floor: f, ratio: f ? r2(o.p50 / f.p50) : null }
}

/** Growth exponent k in time ∝ scale^k, from the p50 at two scales. */
export const exponent = (t1, s1, t2, s2) => (t1 > 0 && t2 > 0 ? r2(Math.log(t2 / t1) / Math.log(s2 / s1)) : null)

export const load = () => loadavg().map((x) => Math.round(x * 100) / 100)

const fmt = (x) => (x === null || x === undefined ? '—' : x >= 100 ? String(Math.round(x)) : x >= 10 ? x.toFixed(1) : x.toFixed(2))

/** One table: a row per figure, ours and floor p50/p95 in ms, the ratio, a target and whether it is met. */
export function printTable(title, rows) {
  const head = ['figure', 'ours p50', 'ours p95', 'floor p50', 'floor p95', 'ratio', 'target', 'met']
  const lines = rows.map((r) => [
    r.name,
    fmt(r.ours?.p50),
    fmt(r.ours?.p95),
    fmt(r.floor?.p50),
    fmt(r.floor?.p95),
    r.ratio === null || r.ratio === undefined ? '—' : `${r.ratio.toFixed(2)}×`,
    r.target ?? '',
    r.met === undefined || r.met === null ? '' : r.met ? 'yes' : 'NO',
  ])
  const widths = head.map((h, i) => Math.max(width(h), ...lines.map((l) => width(l[i]))))
  console.log(`\n${title}`)
  console.log(head.map((h, i) => pad(h, widths[i], i)).join('  '))
  for (const l of lines) console.log(l.map((c, i) => pad(c, widths[i], i)).join('  '))
}

// CJK characters take two columns in a terminal.
const width = (s) => [...String(s)].reduce((n, c) => n + (/[\u1100-\uffff]/.test(c) ? 2 : 1), 0)
const pad = (s, w, i) => (i === 0 ? String(s) + ' '.repeat(w - width(s)) : ' '.repeat(w - width(s)) + String(s))
