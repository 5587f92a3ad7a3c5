import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/faults/**/*.test.ts', 'tests/shell/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // One fork per core: vitest's default leaves one core idle, and on a 2-core machine the unit tests took
    // 159 s in one fork, 95 s in two and 99 s in three.
    maxWorkers: availableParallelism(),
    testTimeout: 20_000,
  },
})
