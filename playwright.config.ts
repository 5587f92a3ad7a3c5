import { availableParallelism } from 'node:os'
import { defineConfig } from '@playwright/test'

// Debian's Chromium (never `playwright install`: its CDN is unreachable here). The background-networking
// flags stop Chromium from calling out at start.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export default defineConfig({
  globalSetup: './tests/e2e/global-setup.ts',
  outputDir: 'test-results/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  // One worker (a Chromium, its page and a web host) keeps about 1.5 cores busy. On a 2-core machine the whole
  // suite took 199 s with one worker and 190 s with two, each test twice as long: so one worker per two cores.
  workers: Math.max(1, Math.floor(availableParallelism() / 2)),
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1280, height: 800 },
    // A failed test keeps its trace (every action's DOM snapshot, the network, the console). The trace's
    // screencast is left out: recording it doubled every test's time on a 2-core machine.
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: true, sources: true },
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'web', testDir: './tests/e2e' },
    { name: 'electron', testDir: './tests/e2e-electron' },
  ],
})
