// Seeded data folders, kept between runs: seeding 200,000 seizures takes a minute or two, so a folder is
// seeded once per scale and reused while its key matches — a hash of the seed script and of every source the
// seeded rows depend on (the migrations, the term rules and holidays, the search text and sort key rules).
// Each run works on a copy, so the kept folder never changes.
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BENCH_NOW, seed } from './seed.mjs'

export const BENCH_ADMIN = { login: 'bench', name: '基准', password: 'bench-password' }
export const BENCH_CLERK = { login: 'clerk', name: '录入', password: 'clerk-password-2' }

const DEPENDS_ON = [
  'tests/bench/seed.mjs',
  'tests/bench/seeds.mjs',
  'tests/support/seeded-random.ts',
  'electron/core/db/migrations',
  'shared/rules/seizure-term.ts',
  'shared/rules/working-days.ts',
  'shared/data/cn-holidays.json',
  'electron/core/seizures/search.ts',
  'electron/core/seizures/party-sort.ts',
  'electron/core/audit/chain.ts',
]

function hashSources(root) {
  const h = createHash('sha256')
  const add = (rel) => {
    const p = join(root, rel)
    if (!existsSync(p)) return
    if (statSync(p).isDirectory()) for (const name of readdirSync(p).sort()) add(join(rel, name))
    else h.update(rel).update(readFileSync(p))
  }
  DEPENDS_ON.forEach(add)
  return h.digest('hex').slice(0, 12)
}

/** Sets up an office through core (the accounts the bench signs in with), then seeds it. */
async function seedInto(dir, scale, h) {
  const core = h.createCore({ dataDir: dir, now: () => BENCH_NOW, autoBackup: false })
  try {
    const admin = h.newClient()
    const ok = async (op, input, client) => {
      const r = await core.invoke(op, input, client)
      if (!r.ok) throw new Error(`${op}: ${r.error.message}`)
      return r.data
    }
    await ok('auth.setup', { agency: { fullName: '基准测试县市场监督管理局', shortName: '基市监' }, admin: BENCH_ADMIN }, admin)
    await ok('accounts.create', { login: BENCH_CLERK.login, name: BENCH_CLERK.name, roles: ['clerk'], password: 'temp-password-1' }, admin)
    const clerk = h.newClient()
    await ok('auth.login', { login: BENCH_CLERK.login, password: 'temp-password-1' }, clerk)
    await ok('auth.changePassword', { current: 'temp-password-1', next: BENCH_CLERK.password }, clerk)
  } finally {
    await core.close()
  }
  seed(join(dir, 'taizhang.sqlite'), scale, h)
}

/** The kept, seeded folder for `scale`, seeding it first when missing or out of date. */
export async function seededDir(root, scale, h, log = console.log) {
  const key = `${scale}-${hashSources(root)}`
  const base = join(root, 'bench-results', 'seeds')
  const dir = join(base, key)
  if (existsSync(join(dir, 'seeded.json'))) return { dir, key, reused: true }
  mkdirSync(base, { recursive: true })
  // Older seeds of this scale are of no further use.
  for (const name of readdirSync(base)) if (name.startsWith(`${scale}-`)) rmSync(join(base, name), { recursive: true, force: true })
  const partial = `${dir}.part`
  rmSync(partial, { recursive: true, force: true })
  mkdirSync(partial, { recursive: true })
  const started = performance.now()
  log(`seeding ${scale} seizures (kept in bench-results/seeds/${key} for later runs)…`)
  await seedInto(partial, scale, h)
  const ms = Math.round(performance.now() - started)
  writeFileSync(join(partial, 'seeded.json'), JSON.stringify({ scale, key, ms, at: new Date().toISOString() }))
  renameSync(partial, dir)
  log(`seeded ${scale} in ${(ms / 1000).toFixed(0)} s`)
  return { dir, key, reused: false, seedMs: ms }
}

/** A throwaway copy of a seeded folder for one run to write in. */
export function workCopy(seeded) {
  const dir = mkdtempSync(join(tmpdir(), 'taizhang-bench-'))
  for (const name of readdirSync(seeded)) {
    if (name.startsWith('taizhang.sqlite')) copyFileSync(join(seeded, name), join(dir, name))
  }
  return dir
}
