import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import react from '@vitejs/plugin-react'

/** The app's icon (resources/, made by resources/make-icons.mjs) beside the built renderer: favicon and window icon. */
const icons = (): Plugin => ({
  name: 'taizhang-icons',
  generateBundle() {
    for (const fileName of ['favicon.ico', 'icon.png']) this.emitFile({ type: 'asset', fileName, source: readFileSync(resolve(__dirname, 'resources', fileName)) })
  },
})

// One build produces the Electron main process, the preload script, the renderer, and the
// web host (a plain Node entry that shares core with main and serves the same renderer).
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          webhost: resolve(__dirname, 'electron/webhost/index.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: { input: { index: resolve(__dirname, 'electron/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react(), icons()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      minify: true,
      // antd and React make one ~0.9 MB shared chunk; every area beyond 工作台 is its own chunk.
      chunkSizeWarningLimit: 1200,
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
})
