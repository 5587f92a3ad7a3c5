// `npm run start:web -- --data-dir DIR [--port N]`: builds when the build is missing or older than the
// sources, then runs the web host in this process.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const entry = join(root, 'out', 'main', 'webhost.js')
const builtIndex = join(root, 'out', 'renderer', 'index.html')

function newestMtime(path) {
  const st = statSync(path)
  if (!st.isDirectory()) return st.mtimeMs
  let newest = st.mtimeMs
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)))
  return newest
}

const sources = ['electron', 'shared', 'renderer', 'package.json', 'electron.vite.config.ts'].map((p) => join(root, p))
const built = existsSync(entry) && existsSync(builtIndex) ? Math.min(statSync(entry).mtimeMs, statSync(builtIndex).mtimeMs) : 0
if (built < Math.max(...sources.map(newestMtime))) {
  console.log('正在构建…')
  const bin = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
  execFileSync(process.execPath, [bin, 'build'], { cwd: root, stdio: 'inherit' })
}
await import(pathToFileURL(entry).href)
