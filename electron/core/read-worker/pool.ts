import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { AppError } from '../errors'
import type { ErrorCode } from '../../../shared/api/errors'
import type { ReadReply, ReadRequest } from './worker'
import type { ReadTaskInput, ReadTaskName, ReadTaskResult } from './tasks'

// Long reads (exports, 审计校验) run in one worker thread with its own read-only connection, so the window's
// other calls are answered meanwhile (they waited up to 16 s behind an export at 200,000 records). The built
// app has the worker as its own entry beside this bundle (electron.vite.config.ts: out/main/read-worker.js);
// run from the sources (tests), the same worker.ts is bundled on first use with rolldown, the bundler the build
// uses — a dev-only dependency that the built app never loads.

const here = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url)
const fromSources = here.endsWith('.ts')
// The app's bundle puts this module in out/main/ or in a shared chunk under out/main/chunks/; the bench's
// (tests/bench/vite.config.mts) in out/bench/ beside read-worker.mjs.
const builtWorker = (): string => {
  const dirs = [dirname(here), join(dirname(here), '..')]
  const found = dirs.flatMap((d) => [join(d, 'read-worker.js'), join(d, 'read-worker.mjs')]).find((f) => existsSync(f))
  if (!found) throw new AppError('INTERNAL', '程序文件不完整：缺少 read-worker.js，请重新安装')
  return found
}

let worker: Promise<Worker> | null = null
let nextId = 1
const waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>()

async function startWorker(): Promise<Worker> {
  let w: Worker
  if (!fromSources) w = new Worker(builtWorker())
  else {
    const { build } = await import('rolldown')
    const out = await build({ input: join(dirname(here), 'worker.ts'), platform: 'node', external: ['better-sqlite3', '@resvg/resvg-js', 'echarts', 'docx'], write: false, output: { format: 'cjs' } })
    w = new Worker(out.output[0].code, { eval: true })
  }
  w.unref()
  w.on('message', (m: ReadReply) => {
    const job = waiting.get(m.id)
    waiting.delete(m.id)
    if (waiting.size === 0) w.unref()
    if (!job) return
    if (m.ok) job.resolve(m.value)
    else job.reject(new AppError(m.error.code as ErrorCode, m.error.message, m.error.fields))
  })
  const fail = (err: Error) => {
    worker = null
    for (const job of waiting.values()) job.reject(new AppError('INTERNAL', `读取失败：${err.message}`))
    waiting.clear()
  }
  w.on('error', fail)
  w.on('exit', (code) => fail(new Error(`读取线程已停止（${code}）`)))
  return w
}

/** Runs a read task on the database file in the worker; a refusal comes back as the AppError it was. */
export async function runReadTask<T extends ReadTaskName>(dbFile: string, task: T, input: ReadTaskInput<T>): Promise<ReadTaskResult<T>> {
  worker ??= startWorker()
  const w = await worker.catch((err: unknown) => {
    worker = null
    throw err
  })
  return new Promise((resolve, reject) => {
    const id = nextId++
    waiting.set(id, { resolve: resolve as (v: unknown) => void, reject })
    w.ref()
    w.postMessage({ id, task, dbFile, input } satisfies ReadRequest)
  })
}
