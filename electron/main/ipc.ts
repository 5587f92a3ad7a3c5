import { ipcMain, type WebContents } from 'electron'
import type { Core, ClientContext } from '../core'
import { newClient } from '../core'
import { APP_ORIGIN } from './protocol'

// One client context (and so one session) per window; the session token never reaches the page.
const clients = new Map<number, ClientContext>()

export function registerIpc(core: Core, devUrl: string | undefined): void {
  const clientFor = (wc: WebContents): ClientContext => {
    let client = clients.get(wc.id)
    if (!client) {
      const created = newClient()
      clients.set(wc.id, created)
      // Closing the window ends its session.
      wc.once('destroyed', () => {
        clients.delete(wc.id)
        if (created.sessionToken) void core.invokeRaw('auth.logout', {}, created)
      })
      client = created
    }
    return client
  }

  ipcMain.handle('taizhang:invoke', async (event, op: unknown, input: unknown) => {
    const url = event.senderFrame?.url ?? ''
    const trusted = url.startsWith(`${APP_ORIGIN}/`) || (devUrl !== undefined && url.startsWith(devUrl))
    if (!trusted || event.senderFrame !== event.sender.mainFrame || typeof op !== 'string') {
      return { ok: false, error: { code: 'FORBIDDEN', message: '拒绝来自未知页面的调用' } }
    }
    return core.invokeRaw(op, input, clientFor(event.sender))
  })
}
