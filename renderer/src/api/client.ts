import type { OpInput, OpName, OpResult } from '../../../shared/api'
import type { AppErrorData, Envelope } from '../../../shared/api/errors'

// One way to call core from the page: Electron's preload bridge when present, otherwise the web host.

declare global {
  interface Window {
    taizhang?: { invoke(op: string, input: unknown): Promise<unknown> }
  }
}

/** A refused call, carrying the Chinese message and per-field messages for forms. */
export class ApiError extends Error {
  readonly code: AppErrorData['code']
  readonly fields: Record<string, string>
  constructor(data: AppErrorData) {
    super(data.message)
    this.code = data.code
    this.fields = data.fields ?? {}
  }
}

const webToken = (): string => document.querySelector<HTMLMetaElement>('meta[name="taizhang-token"]')?.content ?? ''

async function viaHttp(op: string, input: unknown): Promise<Envelope<unknown>> {
  let res: Response
  try {
    res = await fetch(`/api/${encodeURIComponent(op)}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-Taizhang-Token': webToken() },
      body: JSON.stringify(input ?? {}),
    })
  } catch {
    return { ok: false, error: { code: 'STORAGE', message: '无法连接台账服务，请确认网页版仍在运行' } }
  }
  return (await res.json()) as Envelope<unknown>
}

export async function invokeEnvelope<N extends OpName>(op: N, input: OpInput<N>): Promise<Envelope<OpResult<N>>> {
  const bridge = window.taizhang
  const result = bridge ? await bridge.invoke(op, input) : await viaHttp(op, input)
  return result as Envelope<OpResult<N>>
}

type SessionListener = (message: string) => void
const sessionLostListeners = new Set<SessionListener>()
const returnToLoginListeners = new Set<SessionListener>()

/**
 * Called when core answers that the window's session is gone (idle time passed in core, account disabled,
 * password reset elsewhere): the window asks the user to sign in again over the page, keeping what is typed.
 * Returns the unsubscribe.
 */
export function onSessionLost(listener: SessionListener): () => void {
  sessionLostListeners.add(listener)
  return () => sessionLostListeners.delete(listener)
}

/** Called by returnToLogin. Returns the unsubscribe. */
export function onReturnToLogin(listener: SessionListener): () => void {
  returnToLoginListeners.add(listener)
  return () => returnToLoginListeners.delete(listener)
}

/**
 * Leaves the pages for the login screen: used after a restore or an import, which ended every session in core
 * because the data underneath was replaced, so nothing on screen may be kept.
 */
export function returnToLogin(message: string): void {
  dataReplaced = false
  for (const l of returnToLoginListeners) l(message)
}

// A restore or an import replaced the data and ended every session, and the window is on its way to the login
// screen (returnToLogin, after the clerk reads what happened). Calls still in flight or made meanwhile (the
// idle touch, a list refreshing) are refused as signed out: that is not a lost session to sign back into, so
// the sign-in dialog must not open over the "数据已恢复" message with a second 重新登录 button.
const DATA_REPLACING_OPS: ReadonlySet<string> = new Set(['backup.restore', 'backup.import'])
let dataReplaced = false

// Refusals of these are answers about credentials, not about a lost session.
const SIGN_IN_OPS: ReadonlySet<string> = new Set(['auth.login', 'auth.setup', 'auth.me', 'auth.changePassword'])

/** Calls an operation; resolves with its data or throws ApiError. */
export async function invoke<N extends OpName>(op: N, input: OpInput<N>): Promise<OpResult<N>> {
  const r = await invokeEnvelope(op, input)
  if (!r.ok) {
    if (r.error.code === 'UNAUTHENTICATED' && !SIGN_IN_OPS.has(op) && !dataReplaced) for (const l of sessionLostListeners) l(r.error.message)
    throw new ApiError(r.error)
  }
  if (DATA_REPLACING_OPS.has(op)) dataReplaced = true
  return r.data
}
