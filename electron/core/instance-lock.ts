import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { AppError } from './errors'
import { formatLocalTime } from '../../shared/rules/local-time'

/** When the other program started, as people read times; a garbled lock file says so instead of failing. */
const startedText = (iso: string): string => {
  try {
    return formatLocalTime(iso, { seconds: true })
  } catch {
    return '时间不明'
  }
}

// One program per data folder: the desktop app and the web host (or two copies of either) writing the same
// files would each believe its view is the whole truth. A lock file names the owning process; one left by a
// process that is gone (power cut, crash) is taken over.

export const LOCK_FILE = 'taizhang.lock'

interface LockInfo {
  pid: number
  startedAt: string
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as { code?: string }).code === 'EPERM'
  }
}

export interface InstanceLock {
  release(): void
}

export function acquireInstanceLock(dataDir: string): InstanceLock {
  const file = join(dataDir, LOCK_FILE)
  const mine: LockInfo = { pid: process.pid, startedAt: new Date().toISOString() }
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, JSON.stringify(mine), { flag: 'wx' })
      return { release: () => rmSync(file, { force: true }) }
    } catch (err) {
      if ((err as { code?: string }).code !== 'EEXIST') {
        throw new AppError('STORAGE', `无法在数据目录中建立锁文件（${dataDir}）：${(err as Error).message}。请检查该文件夹是否可写。`)
      }
    }
    let other: LockInfo | null
    try {
      other = JSON.parse(readFileSync(file, 'utf8')) as LockInfo
    } catch {
      other = null // half-written by a process that died while starting
    }
    // Our own pid: this process already has the folder open (a second window or core).
    if (other && (other.pid === process.pid || alive(other.pid))) {
      throw new AppError('STORAGE', `台账程序已在使用这个数据目录（进程 ${other.pid}，${startedText(other.startedAt)} 启动）。同一份数据只能由一个程序打开，请先关闭另一个窗口或网页版。`)
    }
    rmSync(file, { force: true }) // stale: its process is gone
  }
  throw new AppError('STORAGE', '无法取得数据目录的使用权，请稍后重试')
}
