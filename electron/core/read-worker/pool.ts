import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { AppError } from '../errors'
import type { ErrorCode } from '../../../shared/api/errors'
import type { ReadReply, ReadRequest } from './worker'
import type { ReadTaskInput, ReadTaskName, ReadTaskResult } from './tasks'

// Long reads (exports, 审计校验, 统计's periods, documents made from records) run in worker threads, each with
// its own read-only connection, so the window's other calls are answered meanwhile (they waited up to 16 s
// behind an export at 200,000 records). The built app has the worker as its own entry beside this bundle
// (electron.vite.config.ts: out/main/read-worker.js); run from the sources (tests), the same worker.ts is
// bundled on first use with rolldown, the bundler the build uses — a dev-only dependency that the built app
// never loads.

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

// Two workers, each started on first use and kept: the 统计 report reads its period and the year before side by
// side, and an export does not queue a document behind it. A task goes to the one with fewer tasks waiting. Each
// holds the process open only while a task is under way.
const SIZE = 2
type Job = { resolve(v: unknown): void; reject(e: Error): void }
interface Slot {
  worker: Promise<Worker> | null
  waiting: Map<number, Job>
  /** Tasks given to it and not answered, counted from the moment it is chosen (before its worker may start). */
  load: number
}
const slots: Slot[] = Array.from({ length: SIZE }, () => ({ worker: null, waiting: new Map(), load: 0 }))
let nextId = 1
// The sources bundled once per process, not once per worker.
let bundled: Promise<string> | null = null

async function workerSource(): Promise<string> {
  const { build } = await import('rolldown')
  const out = await build({ input: join(dirname(here), 'worker.ts'), platform: 'node', external: ['better-sqlite3', '@resvg/resvg-js', 'echarts', 'docx'], write: false, output: { format: 'cjs' } })
  return out.output[0].code
}

async function startWorker(slot: Slot): Promise<Worker> {
  let w: Worker
  if (!fromSources) w = new Worker(builtWorker())
  else {
    bundled ??= workerSource().catch((err: unknown) => {
      bundled = null
      throw err
    })
    w = new Worker(await bundled, { eval: true })
  }
  const { waiting } = slot
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
    slot.worker = null
    for (const job of waiting.values()) job.reject(new AppError('INTERNAL', `读取失败：${err.message}`))
    waiting.clear()
  }
  w.on('error', fail)
  w.on('exit', (code) => fail(new Error(`读取线程已停止（${code}）`)))
  return w
}

/** Runs a read task on the database file in a worker; a refusal comes back as the AppError it was. */
export async function runReadTask<T extends ReadTaskName>(dbFile: string, task: T, input: ReadTaskInput<T>): Promise<ReadTaskResult<T>> {
  const slot = slots.reduce((a, b) => (b.load < a.load ? b : a))
  slot.load++
  try {
    slot.worker ??= startWorker(slot)
    const w = await slot.worker.catch((err: unknown) => {
      slot.worker = null
      throw err
    })
    return await new Promise<ReadTaskResult<T>>((resolve, reject) => {
      const id = nextId++
      slot.waiting.set(id, { resolve: resolve as (v: unknown) => void, reject })
      w.ref()
      w.postMessage({ id, task, dbFile, input } satisfies ReadRequest)
    })
  } finally {
    slot.load--
  }
}
