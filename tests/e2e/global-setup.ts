import { execFileSync } from 'node:child_process'
import { join } from 'node:path'

// End-to-end tests drive the built app: build it once per run (about two seconds).
export default function globalSetup(): void {
  const root = join(__dirname, '..', '..')
  execFileSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
}
