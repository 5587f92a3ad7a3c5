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
      // Pure-JS libraries are bundled into the build instead of resolved and compiled file by file at start
      // (zod alone is ~100 files): module loading at start took about half as long (issue 14). Native
      // better-sqlite3, Electron and docx (large, loaded whole either way) stay external.
      externalizeDeps: { exclude: ['zod', 'kysely', 'uuid', 'pinyin-pro', 'docxtemplater', 'pizzip', 'fflate', 'write-excel-file', 'read-excel-file', 'papaparse'] },
      rollupOptions: {
        // The read worker is bundled on the fly only when core runs from the sources (tests); never in the app.
        external: ['rolldown'],
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          webhost: resolve(__dirname, 'electron/webhost/index.ts'),
          // The read worker's thread (electron/core/read-worker/pool.ts loads it from beside the bundle).
          'read-worker': resolve(__dirname, 'electron/core/read-worker/worker.ts'),
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
