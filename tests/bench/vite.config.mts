import { resolve } from 'node:path'
import { defineConfig } from 'vite'

// Bundles tests/bench/harness.ts for `npm run bench` (Node runs the bundle; its dependencies stay external).
export default defineConfig({
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir: resolve(import.meta.dirname, '../../out/bench'),
    emptyOutDir: true,
    target: 'node22',
    minify: false,
    // The read worker's thread beside the harness, where core's read-worker/pool.ts looks for it.
    rollupOptions: {
      input: { harness: resolve(import.meta.dirname, 'harness.ts'), 'read-worker': resolve(import.meta.dirname, '../../electron/core/read-worker/worker.ts') },
      output: { entryFileNames: '[name].mjs', format: 'es' },
    },
  },
})
