import { invoke } from '../../../api/client'
import { base64ToBytes } from '../../../api/download'

// The original bytes of an attachment, held as a blob: URL (the CSP allows blob: images; a PDF opens in
// its own tab). Whoever loads one revokes its URL when done with it.

export interface Original {
  fileName: string
  mime: string
  url: string
}

type GetOriginal = (id: string) => Promise<{ fileName: string; mime: string; base64: string }>

/** `get` reads the bytes: a seizure's attachment unless another area's operation is given. */
export async function loadOriginal(id: string, get: GetOriginal = (attachmentId) => invoke('attachments.get', { id: attachmentId })): Promise<Original> {
  const file = await get(id)
  const url = URL.createObjectURL(new Blob([base64ToBytes(file.base64)], { type: file.mime }))
  return { fileName: file.fileName, mime: file.mime, url }
}

/** Saves the original through the browser's download (Electron shows its save dialog). */
export function saveOriginal(original: Original): void {
  const a = document.createElement('a')
  a.href = original.url
  a.download = original.fileName
  a.style.display = 'none'
  document.body.appendChild(a)
  a.click()
  a.remove()
}

/**
 * Opens a PDF in a new tab with the browser's own viewer. False when no tab opened: the desktop shell
 * allows no new windows, and a browser may block pop-ups.
 */
export function openInNewTab(original: Original): boolean {
  return window.open(original.url, '_blank') !== null
}
