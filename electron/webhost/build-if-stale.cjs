// Builds out/ (electron-vite) when it is missing or older than the sources. One rule for `npm run start:web`,
// `npm test` (which builds once before its suites) and the suites that drive the built app.
// CommonJS, so that plain Node (launch.mjs), vitest and Playwright's loader can all require it.
const { execFileSync } = require('node:child_process')
const { existsSync, readdirSync, statSync } = require('node:fs')
const { join } = require('node:path')

const ROOT = join(__dirname, '..', '..')
const WEBHOST_ENTRY = join(ROOT, 'out', 'main', 'webhost.js')
const BUILT_INDEX = join(ROOT, 'out', 'renderer', 'index.html')
const SOURCES = ['electron', 'shared', 'renderer', 'package.json', 'electron.vite.config.ts']

function newestMtime(path) {
  const st = statSync(path)
  if (!st.isDirectory()) return st.mtimeMs
  let newest = st.mtimeMs
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)))
  return newest
}

function buildIsStale() {
  const built = existsSync(WEBHOST_ENTRY) && existsSync(BUILT_INDEX) ? Math.min(statSync(WEBHOST_ENTRY).mtimeMs, statSync(BUILT_INDEX).mtimeMs) : 0
  return built < Math.max(...SOURCES.map((p) => newestMtime(join(ROOT, p))))
}

/** Returns true when it built. `quiet` keeps electron-vite's progress off the console (errors still show). */
function buildIfStale({ quiet = false } = {}) {
  if (!buildIsStale()) return false
  if (!quiet) console.log('正在构建…')
  const bin = join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
  execFileSync(process.execPath, [bin, 'build'], { cwd: ROOT, stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit' })
  return true
}

module.exports = { ROOT, WEBHOST_ENTRY, buildIsStale, buildIfStale }
