// `npm test`: build (when the sources are newer than out/), then lint and both typechecks side by side, the
// unit/integration and fault tests (vitest), end-to-end (Playwright), and one line of totals over all suites.
// Every step runs even when an earlier one fails, so the totals are complete.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { buildIfStale, ROOT as root } from '../electron/webhost/build-if-stale.cjs'

const bin = (pkg, file) => join(root, 'node_modules', pkg, file)
const results = join(root, 'test-results')
rmSync(results, { recursive: true, force: true })
mkdirSync(results, { recursive: true })
const startedAll = Date.now()
const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1)

/** Runs a step with its output shown as it comes (inherit), or held and shown whole at the end (parallel steps). */
function run(label, args, { hold = false } = {}) {
  if (!hold) console.log(`\n=== ${label}`)
  const started = Date.now()
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: hold ? ['ignore', 'pipe', 'pipe'] : 'inherit' })
    let out = ''
    child.stdout?.on('data', (c) => (out += c))
    child.stderr?.on('data', (c) => (out += c))
    child.on('close', (status) => {
      if (hold) console.log(`\n=== ${label}\n${out.trimEnd()}`)
      console.log(`=== ${label}: ${status === 0 ? 'ok' : `failed (exit ${status})`} in ${seconds(started)}s`)
      resolve(status === 0)
    })
  })
}

const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null)

const suites = []
const check = (name, ok) => suites.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 })

// Built once here; the fault test and Playwright's global setup then find out/ current.
console.log('\n=== build')
let built = true
const buildStarted = Date.now()
try {
  console.log(buildIfStale({ quiet: true }) ? `=== build: ok in ${seconds(buildStarted)}s` : '=== build: up to date')
} catch {
  built = false
  console.log('=== build: failed')
}
check('build', built)

// Three single-threaded checks, side by side on the machine's cores.
const tsc = bin('typescript', 'bin/tsc')
const [lintOk, nodeTypesOk, webTypesOk] = await Promise.all([
  run('lint (eslint)', [bin('eslint', 'bin/eslint.js'), '.'], { hold: true }),
  run('typecheck (node)', [tsc, '-p', 'tsconfig.node.json', '--noEmit'], { hold: true }),
  run('typecheck (web)', [tsc, '-p', 'tsconfig.web.json', '--noEmit'], { hold: true }),
])
check('lint', lintOk)
check('typecheck', nodeTypesOk && webTypesOk)

const vitestOk = await run('unit, integration and fault tests (vitest)', [
  bin('vitest', 'vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${join(results, 'vitest.json')}`,
])
const v = readJson(join(results, 'vitest.json'))
suites.push(
  v
    ? { name: 'vitest', passed: v.numPassedTests, failed: v.numFailedTests + (vitestOk || v.numFailedTests ? 0 : 1), skipped: v.numPendingTests + v.numTodoTests }
    : { name: 'vitest', passed: 0, failed: 1, skipped: 0 },
)

const e2eOk = await run('end-to-end (playwright)', [bin('@playwright/test', 'cli.js'), 'test'])
const p = readJson(join(results, 'playwright.json'))
// A test that passed only on its retry is counted as failed: it is flaky, and the retry's trace says why.
suites.push(
  p
    ? { name: 'playwright', passed: p.stats.expected, failed: p.stats.unexpected + p.stats.flaky + (e2eOk || p.stats.unexpected || p.stats.flaky ? 0 : 1), skipped: p.stats.skipped }
    : { name: 'playwright', passed: 0, failed: 1, skipped: 0 },
)

console.log(`\nnpm test took ${seconds(startedAll)}s`)
for (const s of suites) console.log(`${s.name}: ${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped`)
const total = (k) => suites.reduce((n, s) => n + s[k], 0)
console.log(`${total('passed')} passed, ${total('failed')} failed, ${total('skipped')} skipped`)
process.exit(total('failed') === 0 ? 0 : 1)
