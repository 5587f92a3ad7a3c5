import { contextBridge, ipcRenderer } from 'electron'

// The renderer gets exactly one function. Never raw ipcRenderer: the page must not pick channels.
contextBridge.exposeInMainWorld('taizhang', {
  invoke: (op: string, input: unknown): Promise<unknown> => ipcRenderer.invoke('taizhang:invoke', op, input),
})
