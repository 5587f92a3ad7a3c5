// `npm start`: builds when the build is missing or older than the sources, then opens the desktop app. Electron
// fetches its binary on the first start; where it cannot (no connection to its download site), say so in Chinese
// and name the way that works without it.
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { buildIfStale, ROOT } from '../webhost/build-if-stale.cjs'

buildIfStale()
const require = createRequire(import.meta.url)
let electronPath
try {
  electronPath = require('electron')
} catch {
  console.error(
    [
      '',
      '无法启动桌面程序：第一次启动需要联网下载 Electron 程序，这台电脑连不上它的下载站点。',
      '- 不用 Electron 也能使用：运行 npm run start:web，在浏览器中打开它显示的地址。',
      '- 能联网时，运行 npx install-electron --no 下载后再 npm start；需要代理或镜像时，先设置环境变量 ELECTRON_MIRROR。',
    ].join('\n'),
  )
  process.exit(1)
}
const child = spawn(electronPath, [ROOT, ...process.argv.slice(2)], { stdio: 'inherit', windowsHide: false })
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
