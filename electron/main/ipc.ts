import { ipcMain, type WebContents } from 'electron'
import type { Core, ClientContext } from '../core'
import { newClient } from '../core'
import { isAppUrl } from './protocol'

// One client context (and so one session) per window; the session token never reaches the page.
const clients = new Map<number, ClientContext>()
// Calls still being answered, a closing window's sign-out among them: quitting closes the database after them,
// or the sign-out (and its audit entry) would be cut off.
const inFlight = new Set<Promise<unknown>>()
const track = <T>(call: Promise<T>): Promise<T> => {
  inFlight.add(call)
  const done = () => void inFlight.delete(call)
  call.then(done, done)
  return call
}

/** Resolves once no call is being answered (calls started meanwhile are waited for too). */
export async function callsSettled(): Promise<void> {
  while (inFlight.size > 0) await Promise.allSettled([...inFlight])
}

export function registerIpc(core: Core, devUrl: string | undefined): void {
  const clientFor = (wc: WebContents): ClientContext => {
    let client = clients.get(wc.id)
    if (!client) {
      const created = newClient()
      clients.set(wc.id, created)
      // Closing the window ends its session.
      wc.once('destroyed', () => {
        clients.delete(wc.id)
        if (created.sessionToken) void track(core.invokeRaw('auth.logout', {}, created))
      })
      client = created
    }
    return client
  }

  ipcMain.handle('taizhang:invoke', async (event, op: unknown, input: unknown) => {
    if (!isAppUrl(event.senderFrame?.url ?? '', devUrl) || event.senderFrame !== event.sender.mainFrame || typeof op !== 'string') {
      return { ok: false, error: { code: 'FORBIDDEN', message: '拒绝来自未知页面的调用' } }
    }
    return track(core.invokeRaw(op, input, clientFor(event.sender)))
  })
}
