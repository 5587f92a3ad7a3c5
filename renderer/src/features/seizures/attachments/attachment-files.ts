import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES } from '../../../../../shared/api/attachments'
export { blobToBase64 } from '../../../api/file-read'

// What the window checks before sending a chosen file. Core checks again, by the bytes themselves; these
// are for a quick message without sending 15 MB first.

export const ACCEPT = Object.keys(ATTACHMENT_TYPES).join(',')

export const isPdf = (mime: string): boolean => mime === 'application/pdf'

/** Why a chosen file cannot be added, in Chinese; null when it may be sent. */
export function chosenFileProblem(file: File): string | null {
  if (file.size === 0) return '文件是空的'
  if (file.size > MAX_ATTACHMENT_BYTES) return `文件过大（${formatSize(file.size)}）：最大 15 MB`
  if (!(file.type in ATTACHMENT_TYPES)) return '只能添加照片（JPEG、PNG、WebP）或 PDF 扫描件'
  return null
}

/** 1.2 MB / 350 KB / 800 字节. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`
  return `${bytes} 字节`
}
