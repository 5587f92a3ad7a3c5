import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

// The window's client and the two ways a session ends: lost (sign in again over the page) and ended by a
// restore or an import (back to the login screen). Seen in the browser suite: after a restore, a refused
// background call also opened the sign-in dialog, so two 重新登录 buttons stood over the page.

type Answer = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } }
const signedOut: Answer = { ok: false, error: { code: 'UNAUTHENTICATED', message: '登录已失效，请重新登录' } }

let answers: Record<string, Answer>
beforeEach(() => {
  answers = {}
  vi.stubGlobal('window', { taizhang: { invoke: async (op: string) => answers[op] ?? { ok: true, data: {} } } })
  vi.resetModules()
})
afterEach(() => vi.unstubAllGlobals())

async function client() {
  return import('../../../renderer/src/api/client')
}

describe('a refused call when the session is gone', () => {
  it('asks to sign in again over the page', async () => {
    const c = await client()
    const lost = vi.fn()
    c.onSessionLost(lost)
    answers['seizures.list'] = signedOut
    await expect(c.invoke('seizures.list', {})).rejects.toThrow('登录已失效')
    expect(lost).toHaveBeenCalledExactlyOnceWith('登录已失效，请重新登录')
  })

  it('does not, after a restore, while the window goes back to the login screen; and does again after it', async () => {
    const c = await client()
    const lost = vi.fn()
    const back = vi.fn()
    c.onSessionLost(lost)
    c.onReturnToLogin(back)
    answers['backup.restore'] = { ok: true, data: { safetyCopy: 'x.sqlite' } }
    await c.invoke('backup.restore', { fileName: 'a.sqlite', confirm: '确认恢复' } as never)
    answers['auth.touch'] = signedOut
    await expect(c.invoke('auth.touch', {})).rejects.toThrow('登录已失效')
    expect(lost).not.toHaveBeenCalled()

    c.returnToLogin('数据已恢复，请重新登录。')
    expect(back).toHaveBeenCalledExactlyOnceWith('数据已恢复，请重新登录。')
    await expect(c.invoke('auth.touch', {})).rejects.toThrow()
    expect(lost).toHaveBeenCalledOnce()
  })

  it('does not after an import either, and a failed restore changes nothing', async () => {
    const c = await client()
    const lost = vi.fn()
    c.onSessionLost(lost)
    answers['backup.restore'] = { ok: false, error: { code: 'VALIDATION', message: '确认文字不符' } }
    await expect(c.invoke('backup.restore', { fileName: 'a.sqlite', confirm: '确认恢复' } as never)).rejects.toThrow('确认文字不符')
    answers['seizures.list'] = signedOut
    await expect(c.invoke('seizures.list', {})).rejects.toThrow()
    expect(lost).toHaveBeenCalledOnce()

    answers['backup.import'] = { ok: true, data: { safetyCopy: 'y.sqlite' } }
    await c.invoke('backup.import', {} as never)
    await expect(c.invoke('seizures.list', {})).rejects.toThrow()
    expect(lost).toHaveBeenCalledOnce()
  })
})
