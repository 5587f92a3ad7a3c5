import { resolve } from 'node:path'
import { defineConfig } from 'vite'

// Bundles tests/bench/harness.ts for `npm run bench` (Node runs the bundle; its dependencies stay external).
export default defineConfig({
  logLevel: 'warn',
  build: {
    ssr: resolve(import.meta.dirname, 'harness.ts'),
    outDir: resolve(import.meta.dirname, '../../out/bench'),
    emptyOutDir: true,
    target: 'node22',
    minify: false,
    rollupOptions: { output: { entryFileNames: 'harness.mjs', format: 'es' } },
  },
})
