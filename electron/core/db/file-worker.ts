import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'

// Work that reads a whole file — SQLite's quick_check, a SHA-256, a backup copy — takes seconds at ten years of records and
// cannot be split: it runs in a worker thread, so every other call is answered meanwhile. The worker is plain
// CommonJS given as text (it needs no bundling and runs the same from the sources and from out/), with its own
// read-only connection; better-sqlite3 is loaded from where this module finds it.

const here = typeof __filename === 'string' ? __filename : import.meta.url
const ADDON = createRequire(here).resolve('better-sqlite3')

const SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const { createHash } = require('node:crypto')
const { openSync, readSync, closeSync, fsyncSync, copyFileSync } = require('node:fs')
const tasks = {
  snapshot(file, dest) {
    const Database = require(workerData.addon)
    const db = new Database(file, { readonly: true, fileMustExist: true })
    try { db.pragma('busy_timeout = 5000'); db.prepare('VACUUM INTO ?').run(dest) } finally { db.close() }
    const fd = openSync(dest, 'r+')
    try { fsyncSync(fd) } finally { closeSync(fd) }
    return 'ok'
  },
  quickCheck(file) {
    const Database = require(workerData.addon)
    const db = new Database(file, { readonly: true, fileMustExist: true })
    try { return String(db.pragma('quick_check', { simple: true })) } finally { db.close() }
  },
  copy(file, dest) {
    copyFileSync(file, dest)
    const fd = openSync(dest, 'r+')
    try { fsyncSync(fd) } finally { closeSync(fd) }
    return 'ok'
  },
  sha256(file) {
    const hash = createHash('sha256')
    const fd = openSync(file, 'r')
    const buf = Buffer.allocUnsafe(1 << 20)
    try { let n; while ((n = readSync(fd, buf, 0, buf.length, null)) > 0) hash.update(buf.subarray(0, n)) } finally { closeSync(fd) }
    return hash.digest('hex')
  },
}
parentPort.on('message', ({ id, task, file, arg }) => {
  try { parentPort.postMessage({ id, ok: true, value: tasks[task](file, arg) }) }
  catch (e) { parentPort.postMessage({ id, ok: false, message: String(e && e.message), code: e && e.code }) }
})
`

type Task = 'quickCheck' | 'sha256' | 'snapshot' | 'copy'
type Reply = { id: number; ok: true; value: string } | { id: number; ok: false; message: string; code?: string }
interface Waiting {
  resolve(value: string): void
  reject(err: Error): void
}

// One worker, started on first use and kept; it holds the process open only while a task is under way. Tasks
// run in turn.
let worker: Worker | null = null
let nextId = 1
const waiting = new Map<number, Waiting>()

function theWorker(): Worker {
  if (worker) return worker
  const w = new Worker(SOURCE, { eval: true, workerData: { addon: ADDON } })
  w.unref()
  w.on('message', (m: Reply) => {
    const job = waiting.get(m.id)
    waiting.delete(m.id)
    if (waiting.size === 0) w.unref()
    if (!job) return
    if (m.ok) job.resolve(m.value)
    else job.reject(Object.assign(new Error(m.message), { code: m.code }))
  })
  const fail = (err: Error) => {
    if (worker === w) worker = null
    for (const job of waiting.values()) job.reject(err)
    waiting.clear()
  }
  w.on('error', fail)
  w.on('exit', (code) => fail(new Error(`worker stopped (${code})`)))
  worker = w
  return w
}

function run(task: Task, file: string, arg?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const id = nextId++
    waiting.set(id, { resolve, reject })
    const w = theWorker()
    w.ref()
    w.postMessage({ id, task, file, arg })
  })
}

/** PRAGMA quick_check on its own read-only connection: 'ok', or what SQLite found. A file that cannot be read throws. */
export const quickCheckFile = (file: string): Promise<string> => run('quickCheck', file)

/**
 * A consistent copy of the database at `dest` (VACUUM INTO on a read-only connection: one read transaction, so
 * writes meanwhile neither restart nor enter it), synced to disk. Run in the thread, the copy and its final
 * sync of a file of hundreds of MB no longer hold up other calls (the online backup's last step did, ~0.8 s).
 */
export const snapshotDatabase = (file: string, dest: string): Promise<string> => run('snapshot', file, dest)

/** The file's SHA-256, hex. */
export const sha256FileAsync = (file: string): Promise<string> => run('sha256', file)

/** Copies a file and syncs the copy to disk, in the thread. */
export const copyFileSynced = (file: string, dest: string): Promise<string> => run('copy', file, dest)
