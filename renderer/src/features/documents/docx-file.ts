import type { DocxFile } from '../../../../shared/api/documents'
import { downloadFile, MIME } from '../../api/download'

export { base64ToBytes } from '../../api/download'

/** Saves the .docx through the browser's download (Electron shows its save dialog). */
export const downloadDocx = (file: DocxFile): void => downloadFile(file, MIME.docx)

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
