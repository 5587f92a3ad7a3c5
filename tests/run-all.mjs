// `npm test`: lint, typecheck, unit/integration and the crash fault test (vitest; tests/faults builds out/ itself
// when it is stale), end-to-end (Playwright), then one line of totals
// over all suites. Every step runs even when an earlier one fails, so the totals are complete.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const bin = (pkg, file) => join(root, 'node_modules', pkg, file)
const results = join(root, 'test-results')
rmSync(results, { recursive: true, force: true })
mkdirSync(results, { recursive: true })

const run = (label, args) => {
  console.log(`\n=== ${label}`)
  const started = Date.now()
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  console.log(`=== ${label}: ${r.status === 0 ? 'ok' : `failed (exit ${r.status})`} in ${seconds}s`)
  return r.status === 0
}

const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null)

const suites = []
const check = (name, ok) => suites.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 })

check('lint', run('lint (eslint)', [bin('eslint', 'bin/eslint.js'), '.']))
const tsc = bin('typescript', 'bin/tsc')
const nodeTypesOk = run('typecheck (node)', [tsc, '-p', 'tsconfig.node.json', '--noEmit'])
const webTypesOk = run('typecheck (web)', [tsc, '-p', 'tsconfig.web.json', '--noEmit'])
check('typecheck', nodeTypesOk && webTypesOk)

const vitestOk = run('unit, integration and fault tests (vitest)', [
  bin('vitest', 'vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${join(results, 'vitest.json')}`,
])
const v = readJson(join(results, 'vitest.json'))
suites.push(
  v
    ? { name: 'vitest', passed: v.numPassedTests, failed: v.numFailedTests + (vitestOk || v.numFailedTests ? 0 : 1), skipped: v.numPendingTests + v.numTodoTests }
    : { name: 'vitest', passed: 0, failed: 1, skipped: 0 },
)

const e2eOk = run('end-to-end (playwright)', [bin('@playwright/test', 'cli.js'), 'test'])
const p = readJson(join(results, 'playwright.json'))
suites.push(
  p
    ? { name: 'playwright', passed: p.stats.expected + p.stats.flaky, failed: p.stats.unexpected + (e2eOk || p.stats.unexpected ? 0 : 1), skipped: p.stats.skipped }
    : { name: 'playwright', passed: 0, failed: 1, skipped: 0 },
)

console.log('')
for (const s of suites) console.log(`${s.name}: ${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped`)
const total = (k) => suites.reduce((n, s) => n + s[k], 0)
console.log(`${total('passed')} passed, ${total('failed')} failed, ${total('skipped')} skipped`)
process.exit(total('failed') === 0 ? 0 : 1)
