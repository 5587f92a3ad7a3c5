import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'

// Work that reads a whole file — SQLite's quick_check, a SHA-256 — takes seconds at ten years of records and
// cannot be split: it runs in a worker thread, so every other call is answered meanwhile. The worker is plain
// CommonJS given as text (it needs no bundling and runs the same from the sources and from out/), with its own
// read-only connection; better-sqlite3 is loaded from where this module finds it.

const here = typeof __filename === 'string' ? __filename : import.meta.url
const ADDON = createRequire(here).resolve('better-sqlite3')

const SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const { createHash } = require('node:crypto')
const { openSync, readSync, closeSync } = require('node:fs')
const tasks = {
  quickCheck(file) {
    const Database = require(workerData.addon)
    const db = new Database(file, { readonly: true, fileMustExist: true })
    try { return String(db.pragma('quick_check', { simple: true })) } finally { db.close() }
  },
  sha256(file) {
    const hash = createHash('sha256')
    const fd = openSync(file, 'r')
    const buf = Buffer.allocUnsafe(1 << 20)
    try { let n; while ((n = readSync(fd, buf, 0, buf.length, null)) > 0) hash.update(buf.subarray(0, n)) } finally { closeSync(fd) }
    return hash.digest('hex')
  },
}
try { parentPort.postMessage({ ok: true, value: tasks[workerData.task](workerData.file) }) }
catch (e) { parentPort.postMessage({ ok: false, message: String(e && e.message), code: e && e.code }) }
`

type Task = 'quickCheck' | 'sha256'

function run(task: Task, file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(SOURCE, { eval: true, workerData: { task, file, addon: ADDON } })
    let settled = false
    worker.once('message', (m: { ok: true; value: string } | { ok: false; message: string; code?: string }) => {
      settled = true
      if (m.ok) resolve(m.value)
      else reject(Object.assign(new Error(m.message), { code: m.code }))
    })
    worker.once('error', (err) => ((settled = true), reject(err)))
    worker.once('exit', (code) => settled || reject(new Error(`worker stopped (${code})`)))
  })
}

/** PRAGMA quick_check on its own read-only connection: 'ok', or what SQLite found. A file that cannot be read throws. */
export const quickCheckFile = (file: string): Promise<string> => run('quickCheck', file)

/** The file's SHA-256, hex. */
export const sha256FileAsync = (file: string): Promise<string> => run('sha256', file)
