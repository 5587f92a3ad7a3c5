import type { DocxFile } from '../../../../shared/api/documents'

// A .docx crosses the transport as base64; these turn it back into bytes and hand it to the browser.

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/** Saves the file through the browser's download (Electron shows its save dialog). */
export function downloadDocx(file: DocxFile): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(file.base64)], { type: DOCX_MIME }))
  const a = document.createElement('a')
  a.href = url
  a.download = file.fileName
  a.style.display = 'none'
  document.body.appendChild(a)
  a.click()
  a.remove()
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err))

/** A chosen file's bytes as base64, for the transport. */
export function fileToBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''))
    reader.onerror = () => reject(new Error('无法读取所选文件'))
    reader.readAsDataURL(file)
  })
}
